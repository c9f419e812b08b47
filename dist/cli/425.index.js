export const id = 425;
export const ids = [425];
export const modules = {

/***/ 3806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Target: () => (/* reexport */ Target),
  runProbe: () => (/* binding */ runProbe)
});

// EXTERNAL MODULE: ./src/http/redact.ts
var redact = __webpack_require__(6715);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(6518);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(432);
;// CONCATENATED MODULE: ./src/probes/probe.ts


/** Attempts for idempotent probe requests: a transient reset or a 503 gets two more tries. */
const ATTEMPTS = 3;
/** The outcome of a request that produced no response, as a finding naming the URL. */
function failedRequest(url, failure, rule = failure.tls ? 'tls-error' : 'probe-error') {
    const message = `${(0,redact/* redactUrl */.B)(url)}: ${failure.message}`;
    return {
        status: 'fail',
        summary: failure.message,
        findings: [{ rule, severity: 'high', message }],
    };
}
/** Pass when there are no findings, fail when one reaches the probe's `fail-on`, else warn. */
function outcomeOf(findings, failOn, summary, metrics = {}) {
    return { status: (0,severity/* statusOf */.c2)(findings, { failOn }), summary, findings, metrics };
}

// EXTERNAL MODULE: ./src/http/client.ts
var http_client = __webpack_require__(3329);
// EXTERNAL MODULE: ./src/analyzers/security-headers/assessment.ts
var assessment = __webpack_require__(3591);
;// CONCATENATED MODULE: ./src/analyzers/security-headers/cookies.ts


/** MDN Observatory (algorithm 6) cookie results; the worst problem found is the result. */
const RESULTS = {
    'cookies-secure-with-httponly-sessions-and-samesite': 5,
    'cookies-not-found': 0,
    'cookies-secure-with-httponly-sessions': 0,
    'cookies-without-secure-flag-but-protected-by-hsts': -5,
    'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
    'cookies-without-secure-flag': -20,
    'cookies-samesite-flag-invalid': -20,
    'cookies-anticsrf-without-samesite-flag': -20,
    'cookies-session-without-httponly-flag': -30,
    'cookies-session-without-secure-flag': -40,
};
/** Names a session cookie usually has (Django sessionid, Express connect.sid, next-auth, PHP, Java…). */
const SESSION_NAME = /sess|^sid$|\.sid$|auth|login|jwt|token/i;
const CSRF_NAME = /csrf|xsrf/i;
/** Parses a Set-Cookie value (RFC 6265 §5.2); attributes without a value map to "". */
function parseSetCookie(text) {
    const [pair, ...attributes] = text.split(';');
    const name = pair?.split('=')[0]?.trim();
    if (!name)
        return undefined;
    return {
        name,
        attributes: new Map(attributes.map((attribute) => {
            const [key = '', ...rest] = attribute.split('=');
            return [key.trim().toLowerCase(), rest.join('=').trim()];
        })),
    };
}
/**
 * Cookie flags. Session cookies need Secure and HttpOnly; every cookie needs Secure; CSRF
 * cookies need SameSite but not HttpOnly: Django's CSRF_COOKIE_HTTPONLY docs note it brings
 * no protection and front ends read the token from the cookie (OWASP double-submit pattern).
 */
function analyseCookies(response, options = {}) {
    const cookies = (0,http_client/* headerValues */.UE)(response, 'set-cookie')
        .map(parseSetCookie)
        .filter((cookie) => cookie !== undefined);
    if (cookies.length === 0) {
        return { test: 'cookies', result: 'cookies-not-found', modifier: 0, findings: [] };
    }
    const hsts = (0,http_client/* header */.wx)(response, 'strict-transport-security') !== undefined;
    const isSession = (name) => options.sessionNames
        ? options.sessionNames.includes(name)
        : SESSION_NAME.test(name) && !CSRF_NAME.test(name);
    const problems = [];
    const flag = (result, message, hint) => problems.push({ result, finding: { message, hint } });
    for (const { name, attributes } of cookies) {
        const session = isSession(name);
        const sameSite = attributes.get('samesite')?.toLowerCase();
        if (!attributes.has('secure')) {
            const result = session
                ? hsts
                    ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
                    : 'cookies-session-without-secure-flag'
                : hsts
                    ? 'cookies-without-secure-flag-but-protected-by-hsts'
                    : 'cookies-without-secure-flag';
            flag(result, `Cookie ${name} is sent without Secure${session ? ' (a session cookie)' : ''}.`, `Add Secure${session ? ' (Django: SESSION_COOKIE_SECURE = True)' : CSRF_NAME.test(name) ? ' (Django: CSRF_COOKIE_SECURE = True)' : ''}.`);
        }
        if (session && !attributes.has('httponly')) {
            flag('cookies-session-without-httponly-flag', `Session cookie ${name} is readable by scripts (no HttpOnly).`, 'Add HttpOnly (Django: SESSION_COOKIE_HTTPONLY = True, the default).');
        }
        if (sameSite !== undefined && !['strict', 'lax', 'none'].includes(sameSite)) {
            flag('cookies-samesite-flag-invalid', `Cookie ${name} has SameSite=${sameSite}, which browsers ignore.`, 'Use SameSite=Lax or Strict.');
        }
        if (sameSite === undefined && CSRF_NAME.test(name)) {
            flag('cookies-anticsrf-without-samesite-flag', `CSRF cookie ${name} has no SameSite.`, "Add SameSite=Lax or Strict (Django: CSRF_COOKIE_SAMESITE = 'Lax').");
        }
    }
    const findings = problems.map(({ result, finding }) => ({
        rule: result,
        severity: (0,assessment/* severityFor */.v1)(RESULTS[result]),
        ...finding,
    }));
    const worst = problems.map((p) => p.result).sort((a, b) => RESULTS[a] - RESULTS[b])[0];
    const allSameSite = cookies.every((cookie) => cookie.attributes.has('samesite'));
    const result = worst ??
        (allSameSite
            ? 'cookies-secure-with-httponly-sessions-and-samesite'
            : 'cookies-secure-with-httponly-sessions');
    return { test: 'cookies', result, modifier: RESULTS[result], findings };
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/probes/cookies.ts




/**
 * Cookie flags on the path's own response (redirects are not followed: a login page sets its
 * cookies on the 302). Session cookie problems fail; others warn.
 */
const cookiesProbe = async ({ probe, url, client, context }) => {
    const sent = await client.send(url, {
        redirect: 'manual',
        attempts: ATTEMPTS,
        signal: context.signal,
    });
    if (!sent.ok)
        return failedRequest(url, sent.error);
    const count = (0,http_client/* headerValues */.UE)(sent.response, 'set-cookie').length;
    const { findings } = analyseCookies(sent.response, probe.names ? { sessionNames: probe.names } : {});
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ?? `${(0,util_text/* plural */.LS)(count, 'cookie')} set, flags in order`);
};

;// CONCATENATED MODULE: ./src/analyzers/security-headers/cors.ts


/** The foreign Origin the headers probe sends, as the Observatory does with its own. */
const PROBE_ORIGIN = 'https://shipgate-probe.invalid';
const cors_RESULTS = {
    'cross-origin-resource-sharing-not-implemented': 0,
    'cross-origin-resource-sharing-implemented-with-public-access': 0,
    'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
    'cross-origin-resource-sharing-implemented-with-universal-access': -50,
};
/** CORS on a request from PROBE_ORIGIN: echoing any origin together with credentials lets any site read the user's data. */
const corsTest = (response) => {
    const test = 'cross-origin-resource-sharing';
    const allowOrigin = (0,http_client/* header */.wx)(response, 'access-control-allow-origin')?.trim();
    if (allowOrigin === undefined)
        return (0,assessment/* assess */.no)(test, cors_RESULTS, 'cross-origin-resource-sharing-not-implemented');
    if (allowOrigin === '*')
        return (0,assessment/* assess */.no)(test, cors_RESULTS, 'cross-origin-resource-sharing-implemented-with-public-access');
    const credentials = (0,http_client/* header */.wx)(response, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
    if (allowOrigin === PROBE_ORIGIN && credentials) {
        return (0,assessment/* assess */.no)(test, cors_RESULTS, 'cross-origin-resource-sharing-implemented-with-universal-access', {
            message: 'Any origin is reflected in Access-Control-Allow-Origin together with Allow-Credentials: true.',
            hint: 'Allow only your front end origins (django-cors-headers: CORS_ALLOWED_ORIGINS, never CORS_ALLOW_ALL_ORIGINS with credentials).',
        });
    }
    return (0,assessment/* assess */.no)(test, cors_RESULTS, 'cross-origin-resource-sharing-implemented-with-restricted-access');
};

;// CONCATENATED MODULE: ./src/probes/cors.ts



/** Methods a preflight never has to list (Fetch standard: CORS-safelisted methods). */
const SAFELISTED = new Set(['GET', 'HEAD', 'POST']);
const list = (value) => (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
const preflight = (client, url, origin, method, headers, signal) => client.send(url, {
    method: 'OPTIONS',
    headers: {
        origin,
        'access-control-request-method': method,
        ...(headers.length ? { 'access-control-request-headers': headers.join(', ') } : {}),
    },
    signal,
});
/**
 * CORS for the front end: a preflight from `origin` is allowed with the methods and headers
 * it needs (and credentials when asked); a foreign origin is not reflected; never `*` with
 * credentials.
 */
const corsProbe = async ({ probe, url, client, context }) => {
    const origin = new URL(probe.origin).origin;
    const findings = [];
    const problem = (message, hint) => findings.push({ rule: 'cors-misconfigured', severity: 'high', message, hint });
    const corsHint = `Allow ${origin} (django-cors-headers: CORS_ALLOWED_ORIGINS, CORS_ALLOW_METHODS, CORS_ALLOW_HEADERS).`;
    for (const method of probe.methods) {
        const sent = await preflight(client, url, origin, method, probe.headers, context.signal);
        if (!sent.ok)
            return failedRequest(url, sent.error);
        const r = sent.response;
        const allowOrigin = (0,http_client/* header */.wx)(r, 'access-control-allow-origin')?.trim();
        const credentials = (0,http_client/* header */.wx)(r, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
        const methods = list((0,http_client/* header */.wx)(r, 'access-control-allow-methods'));
        const allowed = list((0,http_client/* header */.wx)(r, 'access-control-allow-headers'));
        const wildcard = (values) => !probe.credentials && values.includes('*');
        if (r.status < 200 || r.status >= 300) {
            problem(`preflight ${method} from ${origin} answered ${r.status}`, corsHint);
            continue;
        }
        if (allowOrigin !== origin && !(allowOrigin === '*' && !probe.credentials)) {
            problem(`preflight ${method} from ${origin}: Access-Control-Allow-Origin is ${allowOrigin ?? 'missing'}`, corsHint);
        }
        if (!SAFELISTED.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods)) {
            problem(`preflight: ${method} is not in Access-Control-Allow-Methods (${methods.join(', ') || 'missing'})`, corsHint);
        }
        const missing = probe.headers.filter((h) => !allowed.includes(h.toLowerCase()) && !wildcard(allowed));
        if (missing.length) {
            problem(`preflight: ${missing.join(', ')} not in Access-Control-Allow-Headers (${allowed.join(', ') || 'missing'})`, corsHint);
        }
        if (probe.credentials && !credentials) {
            problem('preflight: Access-Control-Allow-Credentials is not true, so the browser will not send cookies', 'Set CORS_ALLOW_CREDENTIALS = True.');
        }
        if (allowOrigin === '*' && credentials) {
            problem('Access-Control-Allow-Origin * with Allow-Credentials: true', 'Name the allowed origins instead of *.');
        }
    }
    const method = probe.methods[0] ?? 'GET';
    const foreign = await preflight(client, url, PROBE_ORIGIN, method, probe.headers, context.signal);
    if (!foreign.ok)
        return failedRequest(url, foreign.error);
    if ((0,http_client/* header */.wx)(foreign.response, 'access-control-allow-origin')?.trim() === PROBE_ORIGIN) {
        problem(`a foreign origin (${PROBE_ORIGIN}) is reflected in Access-Control-Allow-Origin`, 'Allow a fixed list of origins, never echo the request Origin.');
    }
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ??
        `${origin} allowed for ${probe.methods.join(', ')}; foreign origins refused`);
};

;// CONCATENATED MODULE: ./src/analyzers/security-headers/grade.ts
/** MDN HTTP Observatory grade chart: the lowest score of each grade, best first. */
const GRADE_CHART = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [0, 'F'],
];
/** Bonuses are extra credit: they count only when the penalty-only score reaches this (an A). */
const BONUS_THRESHOLD = 90;
/**
 * Observatory scoring: start at 100, add the penalties, add the bonuses only when that
 * reaches 90, floor to a multiple of 5, keep within 0–100 (RELIABILITY.md §2.1).
 */
function scoreOf(assessments) {
    const modifiers = assessments.map((a) => a.modifier);
    const penalised = 100 + modifiers.filter((m) => m < 0).reduce((sum, m) => sum + m, 0);
    const bonus = penalised >= BONUS_THRESHOLD
        ? modifiers.filter((m) => m > 0).reduce((sum, m) => sum + m, 0)
        : 0;
    const score = Math.min(100, Math.max(0, Math.floor((penalised + bonus) / 5) * 5));
    return { score, grade: gradeOf(score) };
}
function gradeOf(score) {
    return GRADE_CHART.find(([floor]) => score >= floor)?.[1] ?? 'F';
}
/** Position in the chart, best first: for "at least min-grade" comparisons. */
const gradeRank = (grade) => GRADE_CHART.findIndex(([, g]) => g === grade);

;// CONCATENATED MODULE: ./src/analyzers/security-headers/cross-origin.ts


/**
 * CORP, COOP and COEP share one rule in Observatory algorithm 6 (RELIABILITY.md §2.1):
 * a strict value earns +10, an unknown value costs 5, absence is neutral.
 */
const POLICIES = {
    'cross-origin-resource-policy': {
        strict: ['same-origin', 'same-site'],
        valid: ['same-origin', 'same-site', 'cross-origin'],
        owasp: 'same-origin',
    },
    'cross-origin-opener-policy': {
        strict: ['same-origin'],
        valid: ['same-origin', 'same-origin-allow-popups', 'unsafe-none', 'noopener-allow-popups'],
        owasp: 'same-origin',
    },
    'cross-origin-embedder-policy': {
        strict: ['require-corp', 'credentialless'],
        valid: ['require-corp', 'credentialless', 'unsafe-none'],
        owasp: 'require-corp',
    },
};
const cross_origin_RESULTS = { strict: 10, lax: 0, missing: 0, invalid: -5 };
const crossOriginTest = (name) => (response) => {
    const { strict, valid, owasp } = POLICIES[name];
    // Policies may carry parameters (report-to=…); only the token counts.
    const raw = (0,http_client/* header */.wx)(response, name);
    const token = raw?.split(';')[0]?.trim().toLowerCase();
    const result = token === undefined
        ? 'missing'
        : strict.includes(token)
            ? 'strict'
            : valid.includes(token)
                ? 'lax'
                : 'invalid';
    const assessed = (0,assessment/* assess */.no)(name, cross_origin_RESULTS, result, result === 'invalid'
        ? {
            message: `${name} "${raw}" is not a value browsers know.`,
            hint: `Set ${name}: ${owasp}.`,
        }
        : undefined);
    return { ...assessed, result: `${name}-${result}` };
};
const corpTest = crossOriginTest('cross-origin-resource-policy');
const coopTest = crossOriginTest('cross-origin-opener-policy');
const coepTest = crossOriginTest('cross-origin-embedder-policy');

// EXTERNAL MODULE: ./src/analyzers/security-headers/csp.ts
var csp = __webpack_require__(639);
;// CONCATENATED MODULE: ./src/analyzers/security-headers/disclosure.ts


/** Headers that announce software and often its version (OWASP headers_remove.json). */
const LEAKY = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator'];
/**
 * Not scored by the Observatory: OWASP advice on what a response gives away (versions) and
 * what it should also send (Permissions-Policy; X-XSS-Protection only as 0).
 */
const disclosureTest = (response) => {
    const findings = [];
    for (const name of LEAKY) {
        const value = (0,http_client/* header */.wx)(response, name);
        // A bare product name ("nginx", "Vercel") says little; a version helps an attacker pick an exploit.
        if (value !== undefined && (/\d/.test(value) || name !== 'server')) {
            findings.push((0,assessment/* advice */.v9)('header-discloses-software', 'low', `${name}: "${value}" discloses the software${/\d/.test(value) ? ' and its version' : ''}.`, `Remove the ${name} header (or strip its version).`));
        }
    }
    if ((0,http_client/* header */.wx)(response, 'permissions-policy') === undefined) {
        findings.push((0,assessment/* advice */.v9)('permissions-policy-not-implemented', 'info', 'Permissions-Policy is missing.', 'Set Permissions-Policy denying unused features, e.g. camera=(), microphone=(), geolocation=(), payment=().'));
    }
    const xss = (0,http_client/* header */.wx)(response, 'x-xss-protection');
    if (xss !== undefined && xss.trim() !== '0') {
        findings.push((0,assessment/* advice */.v9)('x-xss-protection-enabled', 'low', `X-XSS-Protection "${xss}" enables a filter that itself leaks data; it is deprecated.`, 'Set X-XSS-Protection: 0, or drop it and rely on CSP.'));
    }
    return { test: 'disclosure', result: 'disclosure', modifier: 0, findings };
};

// EXTERNAL MODULE: ./src/analyzers/security-headers/hsts.ts
var hsts = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/analyzers/security-headers/referrer-policy.ts
var referrer_policy = __webpack_require__(481);
// EXTERNAL MODULE: ./src/analyzers/security-headers/x-content-type-options.ts
var x_content_type_options = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/analyzers/security-headers/x-frame-options.ts
var x_frame_options = __webpack_require__(4522);
;// CONCATENATED MODULE: ./src/analyzers/security-headers/index.ts









/**
 * Every test that can be judged from one response. The Observatory's redirection test has
 * its own probe (`redirect`) and SRI needs HTML parsing, so neither is scored here.
 */
const ALL_TESTS = [
    csp/* cspTest */.h,
    (response) => analyseCookies(response),
    corsTest,
    hsts/* hstsTest */.H,
    referrer_policy/* referrerPolicyTest */.s,
    x_content_type_options/* xContentTypeOptionsTest */.q,
    x_frame_options/* xFrameOptionsTest */.s,
    corpTest,
    coopTest,
    coepTest,
    disclosureTest,
];
/** Runs every test on one recorded response. */
const analyseHeaders = (response) => ALL_TESTS.map((test) => test(response));

;// CONCATENATED MODULE: ./src/probes/headers.ts





/** Statuses the Observatory grades; anything else (an error page) says nothing about the site's headers. */
const GRADABLE = (status) => (status >= 200 && status < 400) || status === 401 || status === 403;
/**
 * Security headers graded as MDN HTTP Observatory does for the tests one response can
 * answer; fails below `min-grade`. Sent with a foreign Origin so that a CORS policy that
 * reflects any origin shows itself.
 */
const headersProbe = async ({ probe, url, client, context }) => {
    const sent = await client.send(url, {
        redirect: 'follow',
        attempts: ATTEMPTS,
        headers: { origin: PROBE_ORIGIN },
        signal: context.signal,
    });
    if (!sent.ok)
        return failedRequest(url, sent.error);
    const { response } = sent;
    if (!GRADABLE(response.status)) {
        return {
            status: 'fail',
            summary: `cannot grade: status ${response.status}`,
            findings: [
                {
                    rule: 'unexpected-status',
                    severity: 'high',
                    message: `status ${response.status}: the Observatory grades only 2xx, 3xx, 401 and 403 answers`,
                },
            ],
        };
    }
    const assessments = analyseHeaders(response);
    const { score, grade } = scoreOf(assessments);
    const findings = assessments.flatMap((a) => a.findings);
    const below = gradeRank(grade) > gradeRank(probe['min-grade']);
    return {
        // Below the grade fails; a serious finding above it only warns: the grade is the bar.
        status: below ? 'fail' : (0,severity/* statusOf */.c2)(findings, { warnFrom: probe['warn-on'] }),
        summary: `grade ${grade} (score ${score})${below ? `, below min-grade ${probe['min-grade']}` : ''}`,
        findings,
        metrics: { score },
    };
};

// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
;// CONCATENATED MODULE: ./src/probes/expectations.ts
/** "200" / "200 or 302" for messages. */
const statusList = (statuses) => statuses.join(' or ');
/** A finding when the status is not one of `expected`, with the time it took (fault 29). */
function statusFinding(response, expected) {
    if (expected.includes(response.status))
        return undefined;
    return {
        rule: 'unexpected-status',
        severity: 'high',
        message: `${response.status} after ${Math.round(response.timeMs)} ms, expected ${statusList(expected)}`,
    };
}
/** The value at a dot path ("build.sha", "items.0.id"), or undefined. */
function valueAt(value, dotPath) {
    let current = value;
    for (const key of dotPath.split('.')) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
/**
 * Where `actual` differs from the `expected` subset: every key of an expected object must be
 * present with a matching value (recursively); arrays and scalars must be equal.
 */
function subsetMismatches(expected, actual, at = '$') {
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
            return [`${at}: expected an object, got ${JSON.stringify(actual) ?? 'nothing'}`];
        }
        return Object.entries(expected).flatMap(([key, value]) => subsetMismatches(value, actual[key], `${at}.${key}`));
    }
    return JSON.stringify(expected) === JSON.stringify(actual)
        ? []
        : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`];
}
/** Directive → value of a Cache-Control header (flags map to ""). */
function cacheControl(value) {
    return new Map((value ?? '')
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean)
        .map((part) => {
        const [name = '', arg = ''] = part.split('=');
        return [name.trim(), arg.trim().replace(/^"|"$/g, '')];
    }));
}

;// CONCATENATED MODULE: ./src/probes/health.ts




/** The health endpoint answers with the expected status, JSON subset and body pattern. */
const healthProbe = async ({ probe, url, client, context }) => {
    const sent = await client.send(url, {
        redirect: 'follow',
        attempts: ATTEMPTS,
        signal: context.signal,
    });
    if (!sent.ok)
        return failedRequest(url, sent.error);
    const { response } = sent;
    const findings = [];
    const wrongStatus = statusFinding(response, probe.expect.status);
    if (wrongStatus)
        findings.push(wrongStatus);
    if (probe.expect.json) {
        const parsed = (0,result/* parseJson */.q)(response.body);
        const problems = parsed.ok ? subsetMismatches(probe.expect.json, parsed.value) : [parsed.error];
        for (const problem of problems) {
            findings.push({
                rule: 'unexpected-body',
                severity: 'high',
                message: `JSON body: ${problem}`,
            });
        }
    }
    if (probe.expect.body !== undefined && !new RegExp(probe.expect.body).test(response.body)) {
        findings.push({
            rule: 'unexpected-body',
            severity: 'high',
            message: `body does not match /${probe.expect.body}/`,
        });
    }
    const time = (0,duration/* formatDuration */.a3)(response.timeMs);
    const retried = sent.attempts > 1 ? ` (after ${sent.attempts} attempts)` : '';
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ?? `${response.status} in ${time}${retried}`, {
        status: response.status,
        latencyMs: Math.round(response.timeMs),
        attempts: sent.attempts,
    });
};

;// CONCATENATED MODULE: ./src/probes/latency.ts


/** Nearest-rank percentile of ascending `sorted` (k6 and most monitors report these). */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return NaN;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
/**
 * What each figure's finding weighs: over its threshold fails (at the default `fail-on`),
 * over `warn-at` only warns, and the failed requests behind the error rate are details the
 * error-rate threshold has already judged.
 */
const EXCEEDED = 'high';
const DEGRADED = 'low';
const DETAIL = 'info';
const PERCENTILES = [
    ['p50', 0.5, 'p50Ms'],
    ['p95', 0.95, 'p95Ms'],
    ['p99', 0.99, 'p99Ms'],
];
/**
 * `requests` GETs at `concurrency` over one keep-alive pool. An error is a status outside
 * 200–399 or a network failure (k6's http_req_failed); percentiles are of the successful
 * requests. Thresholds fail like k6's; `warn-at` warns on the way there (Checkly's
 * "degraded"). No retries: every sample counts.
 */
const latencyProbe = async ({ probe, url, client, context }) => {
    const times = [];
    const errors = new Map();
    let next = 0;
    const worker = async () => {
        while (next < probe.requests && !context.signal.aborted) {
            next++;
            const sent = await client.send(url, { readBody: false, signal: context.signal });
            const error = !sent.ok
                ? sent.error.message
                : sent.response.status >= 400 || sent.response.status < 200
                    ? `status ${sent.response.status}`
                    : undefined;
            if (error === undefined && sent.ok)
                times.push(sent.response.timeMs);
            else if (error !== undefined)
                errors.set(error, (errors.get(error) ?? 0) + 1);
        }
    };
    await Promise.all(Array.from({ length: Math.min(probe.concurrency, probe.requests) }, worker));
    const sent = times.length + [...errors.values()].reduce((a, b) => a + b, 0);
    const errorRate = sent === 0 ? 1 : (sent - times.length) / sent;
    const sorted = times.sort((a, b) => a - b);
    const metrics = { requests: sent, samples: times.length, errorRate };
    for (const [, p, metric] of PERCENTILES)
        if (sorted.length)
            metrics[metric] = Math.round(percentile(sorted, p) * 10) / 10;
    const findings = [];
    const warnAt = probe['warn-at'];
    const judge = (rule, what, value, limit, show) => {
        if (value > limit)
            findings.push({
                rule,
                severity: EXCEEDED,
                message: `${what} ${show(value)} exceeds ${show(limit)}`,
            });
        else if (warnAt !== undefined && value > limit * warnAt) {
            findings.push({
                rule: `${rule}-degraded`,
                severity: DEGRADED,
                message: `${what} ${show(value)} is above ${Math.round(warnAt * 100)}% of its limit ${show(limit)}`,
            });
        }
    };
    const percent = (n) => `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;
    judge('error-rate', 'error rate', errorRate, probe['error-rate'], percent);
    if (times.length < probe['min-samples']) {
        findings.push({
            rule: 'too-few-samples',
            severity: EXCEEDED,
            message: `${times.length} successful samples, fewer than min-samples ${probe['min-samples']}`,
        });
    }
    else {
        for (const [name, p] of PERCENTILES) {
            const limit = probe[name];
            if (limit !== undefined)
                judge(`latency-${name}`, name, percentile(sorted, p), limit, duration/* formatDuration */.a3);
        }
    }
    for (const [message, count] of errors) {
        findings.push({
            rule: 'request-failed',
            severity: DETAIL,
            message: `${count}/${sent} requests: ${message}`,
        });
    }
    const figures = sorted.length
        ? `p50 ${(0,duration/* formatDuration */.a3)(metrics.p50Ms)}, p95 ${(0,duration/* formatDuration */.a3)(metrics.p95Ms)}, p99 ${(0,duration/* formatDuration */.a3)(metrics.p99Ms)}`
        : 'no successful sample';
    const summary = `${figures}, ${percent(errorRate)} errors over ${sent} requests`;
    const status = (0,severity/* statusOf */.c2)(findings, { failOn: probe['fail-on'], warnFrom: DEGRADED });
    return { status, summary, findings, metrics };
};

;// CONCATENATED MODULE: ./src/probes/page.ts




/**
 * A page or static asset: status (a 3xx in the expected list means "do not follow", e.g. an
 * admin login redirect), text in the body, media type and cache headers.
 */
const pageProbe = async ({ probe, url, client, context }) => {
    const { expect } = probe;
    const redirect = expect.status.some((s) => s >= 300 && s < 400) ? 'manual' : 'follow';
    const sent = await client.send(url, { redirect, attempts: ATTEMPTS, signal: context.signal });
    if (!sent.ok)
        return failedRequest(url, sent.error);
    const { response } = sent;
    const findings = [];
    const wrongStatus = statusFinding(response, expect.status);
    if (wrongStatus)
        findings.push(wrongStatus);
    if (expect.text !== undefined && !response.body.includes(expect.text)) {
        findings.push({
            rule: 'unexpected-body',
            severity: 'high',
            message: `the body does not contain ${JSON.stringify(expect.text)}`,
        });
    }
    const type = (0,http_client/* header */.wx)(response, 'content-type');
    if (expect['content-type'] !== undefined) {
        const media = type?.split(';')[0]?.trim().toLowerCase();
        if (media !== expect['content-type'].toLowerCase()) {
            findings.push({
                rule: 'unexpected-content-type',
                severity: 'high',
                message: `Content-Type is ${type ?? 'missing'}, expected ${expect['content-type']}`,
            });
        }
    }
    const cache = cacheControl((0,http_client/* header */.wx)(response, 'cache-control'));
    if (expect['max-age'] !== undefined) {
        const maxAge = Number(cache.get('max-age') ?? NaN) * 1000;
        if (!(maxAge >= expect['max-age'])) {
            findings.push({
                rule: 'cache-too-short',
                severity: 'medium',
                message: `Cache-Control max-age is ${Number.isNaN(maxAge) ? 'not set' : (0,duration/* formatDuration */.a3)(maxAge)}, expected at least ${(0,duration/* formatDuration */.a3)(expect['max-age'])}`,
                hint: 'Serve hashed static files with Cache-Control: public, max-age=31536000, immutable.',
            });
        }
    }
    if (expect.immutable && !cache.has('immutable')) {
        findings.push({
            rule: 'cache-not-immutable',
            severity: 'medium',
            message: 'Cache-Control does not say immutable',
            hint: 'Add immutable for content-hashed files.',
        });
    }
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ?? `${response.status} in ${(0,duration/* formatDuration */.a3)(response.timeMs)}`, {
        status: response.status,
        latencyMs: Math.round(response.timeMs),
    });
};

;// CONCATENATED MODULE: ./src/probes/redirect.ts



/** Permanent redirects: browsers and caches remember them, and 308 keeps the method. */
const PERMANENT = new Set([301, 308]);
/** The http:// twin of a target URL: same host and path, default port. */
function plainHttpUrl(url) {
    const plain = new URL(url);
    plain.protocol = 'http:';
    plain.port = '';
    return plain;
}
/** `http://` answers with one permanent redirect straight to `https://` on the same host. */
const redirectProbe = async ({ probe, url, client, context }) => {
    const from = probe.from ? new URL(probe.from) : plainHttpUrl(url);
    const sent = await client.send(from, {
        redirect: 'manual',
        readBody: false,
        signal: context.signal,
    });
    if (!sent.ok) {
        // Not listening on port 80 at all is safe: nothing is ever served over plain HTTP.
        if (sent.error.code === 'ECONNREFUSED') {
            return {
                status: 'pass',
                summary: `${(0,redact/* redactUrl */.B)(from)} refuses connections (no plain HTTP served)`,
            };
        }
        return failedRequest(from, sent.error);
    }
    const { response } = sent;
    const location = (0,http_client/* header */.wx)(response, 'location');
    const findings = [];
    const to = location === undefined ? undefined : URL.parse(location, from.href);
    if (response.status < 300 || response.status >= 400 || to === undefined || to === null) {
        findings.push({
            rule: 'redirection-missing',
            severity: 'high',
            message: `${(0,redact/* redactUrl */.B)(from)} answered ${response.status} without redirecting to HTTPS`,
            hint: 'Redirect all HTTP to HTTPS with 301 (Django: SECURE_SSL_REDIRECT = True; behind a proxy also SECURE_PROXY_SSL_HEADER).',
        });
    }
    else {
        if (to.protocol !== 'https:') {
            findings.push({
                rule: 'redirection-not-to-https',
                severity: 'high',
                message: `first redirect goes to ${(0,redact/* redactUrl */.B)(to)}, not to https://`,
                hint: 'Redirect straight to the https:// URL.',
            });
        }
        else if (to.hostname !== from.hostname) {
            findings.push({
                rule: 'redirection-off-host-from-http',
                severity: 'low',
                message: `redirects to another host (${to.hostname}), so HSTS for ${from.hostname} is never set`,
                hint: 'Redirect to https:// on the same host first.',
            });
        }
        if (!PERMANENT.has(response.status)) {
            findings.push({
                rule: 'redirection-not-permanent',
                severity: 'medium',
                message: `redirect is ${response.status}, not permanent (301/308)`,
                hint: 'Use 301 or 308.',
            });
        }
    }
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ?? `${response.status} → ${(0,redact/* redactUrl */.B)(to ?? '')}`);
};

// EXTERNAL MODULE: ./src/http/backoff.ts
var backoff = __webpack_require__(1012);
;// CONCATENATED MODULE: ./src/probes/revision.ts






/** At least 7 hex digits either way round: a short SHA matches the full one it abbreviates. */
function sameRevision(deployed, expected) {
    const a = deployed.trim().toLowerCase();
    const b = expected.trim().toLowerCase();
    if (a.length < 7 || b.length < 7 || !/^[0-9a-f]+$/.test(a) || !/^[0-9a-f]+$/.test(b))
        return a === b;
    return a.startsWith(b) || b.startsWith(a);
}
function deployedRevision(response, source) {
    if (source.header !== undefined)
        return (0,http_client/* header */.wx)(response, source.header);
    const parsed = (0,result/* parseJson */.q)(response.body);
    const value = parsed.ok ? valueAt(parsed.value, source.json) : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/**
 * The deployment serves the commit under review. A deployment that is still rolling out
 * serves the previous commit for a while, so the probe polls until the target's wait
 * budget is spent before calling it stale.
 */
const revisionProbe = async ({ probe, url, client, context, target, expectedRevision, }) => {
    const expected = expectedRevision;
    const source = probe.header !== undefined ? `header ${probe.header}` : `JSON field ${probe.json}`;
    const budget = Math.min(probe.timeout, target.remainingWaitMs());
    const started = performance.now();
    for (let attempt = 0;; attempt++) {
        const sent = await client.send(url, {
            redirect: 'follow',
            attempts: ATTEMPTS,
            signal: context.signal,
        });
        if (!sent.ok)
            return failedRequest(url, sent.error);
        const deployed = deployedRevision(sent.response, probe);
        if (deployed !== undefined && sameRevision(deployed, expected)) {
            return {
                status: 'pass',
                summary: `serving ${expected.slice(0, 12)}`,
                metrics: { attempts: attempt + 1 },
            };
        }
        const elapsed = performance.now() - started;
        const delay = (0,backoff/* backoffDelay */.EY)(attempt, 500, 15_000);
        if (elapsed + delay > budget) {
            const message = deployed === undefined
                ? `no revision in the ${source} of ${sent.response.status} response`
                : `stale deployment: serving ${deployed}, expected ${expected} (waited ${(0,duration/* formatDuration */.a3)(elapsed)})`;
            return {
                status: 'fail',
                summary: message,
                findings: [
                    {
                        rule: deployed === undefined ? 'revision-missing' : 'stale-deployment',
                        severity: 'high',
                        message,
                    },
                ],
                metrics: { attempts: attempt + 1 },
            };
        }
        await (0,backoff/* sleep */.yy)(delay, context.signal);
    }
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/http/address.ts
var address = __webpack_require__(8071);
// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/probes/tls.ts






const DAY_MS = 86_400_000;
/** TLS 1.0/1.1 are deprecated (RFC 8996). */
const MODERN = new Set(['TLSv1.2', 'TLSv1.3']);
function handshake(options) {
    return new Promise((resolve, reject) => {
        const socket = external_node_tls_default().connect({
            host: options.host,
            port: options.port,
            ...(external_node_net_default().isIP(options.host) ? {} : { servername: options.host }),
            ...(options.ca ? { ca: options.ca } : {}),
            lookup: (0,address/* connectLookup */.vC)(options.allowLinkLocal),
            rejectUnauthorized: options.verify,
            // Let an old server complete the handshake so that its protocol can be named.
            minVersion: 'TLSv1',
        });
        const done = (error) => {
            options.signal.removeEventListener('abort', onAbort);
            socket.destroy();
            if (error)
                reject(error instanceof Error ? error : new Error((0,util_errors/* errorMessage */.g)(error)));
        };
        const onAbort = () => done(options.signal.reason);
        options.signal.addEventListener('abort', onAbort, { once: true });
        socket.setTimeout(options.timeoutMs, () => done(Object.assign(new Error('TLS handshake timed out'), { code: 'UND_ERR_CONNECT_TIMEOUT' })));
        socket.once('secureConnect', () => {
            const result = { protocol: socket.getProtocol(), certificate: socket.getPeerCertificate() };
            done();
            resolve(result);
        });
        socket.once('error', done);
    });
}
const day = (date) => date.toISOString().slice(0, 10);
/**
 * The certificate is valid for the host and not expiring within `min-days`; the protocol
 * is TLS 1.2 or newer. Verification failures are described with the certificate's dates
 * and names, read from a second, unverified handshake.
 */
const tlsProbe = async ({ probe, url, target, context }) => {
    if (url.protocol !== 'https:') {
        return {
            status: 'fail',
            summary: 'the target is not https://',
            findings: [
                { rule: 'tls-not-used', severity: 'high', message: `${url.origin} is served without TLS` },
            ],
        };
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const allowLinkLocal = target.config['allow-link-local'];
    if (!allowLinkLocal && external_node_net_default().isIP(host) && (0,address/* isLinkLocal */._W)(host))
        return failedRequest(url, (0,errors/* failure */.V)('SHIPGATE_LINK_LOCAL', host));
    const base = {
        host,
        port: Number(url.port || 443),
        ...(await target.ca(context)),
        allowLinkLocal,
        timeoutMs: target.config['connect-timeout'],
        signal: context.signal,
    };
    const now = context.now();
    let result;
    try {
        result = await handshake({ ...base, verify: true });
    }
    catch (error) {
        const problem = (0,errors/* describeError */.U)(error);
        if (!problem.tls)
            return failedRequest(url, problem);
        const seen = await handshake({ ...base, verify: false }).catch(() => undefined);
        const cert = seen?.certificate;
        const detail = cert
            ? problem.code === 'CERT_HAS_EXPIRED'
                ? ` on ${day(new Date(cert.valid_to))} (${Math.floor((now.getTime() - Date.parse(cert.valid_to)) / DAY_MS)} days ago)`
                : problem.code === 'ERR_TLS_CERT_ALTNAME_INVALID'
                    ? `: it names ${cert.subjectaltname ?? String(cert.subject?.CN ?? 'nothing')}, not ${host}`
                    : ''
            : '';
        return {
            status: 'fail',
            summary: problem.message,
            findings: [
                {
                    rule: problem.code === 'CERT_HAS_EXPIRED'
                        ? 'tls-certificate-expired'
                        : problem.code === 'ERR_TLS_CERT_ALTNAME_INVALID'
                            ? 'tls-certificate-wrong-host'
                            : 'tls-error',
                    severity: 'high',
                    message: `${host}: ${problem.message}${detail}`,
                },
            ],
        };
    }
    const expires = new Date(result.certificate.valid_to);
    const daysLeft = Math.floor((expires.getTime() - now.getTime()) / DAY_MS);
    const findings = [];
    if (!MODERN.has(result.protocol ?? '')) {
        findings.push({
            rule: 'tls-outdated-protocol',
            severity: 'high',
            message: `${host} negotiated ${result.protocol ?? 'an unknown protocol'}`,
            hint: 'Allow only TLS 1.2 and 1.3.',
        });
    }
    if (daysLeft < probe['min-days']) {
        findings.push({
            rule: 'tls-certificate-expiring',
            severity: 'low',
            message: `the certificate expires on ${day(expires)}, in ${daysLeft} days (min-days ${probe['min-days']})`,
            hint: 'Renew the certificate (check the auto-renewal job).',
        });
    }
    return outcomeOf(findings, probe['fail-on'], findings[0]?.message ??
        `${result.protocol}, certificate valid until ${day(expires)} (${daysLeft} days)`, { daysLeft });
};

;// CONCATENATED MODULE: ./src/probes/registry.ts









/** Every probe type → its module. Adding a probe: a schema entry, a module, one line here. */
const PROBES = {
    health: healthProbe,
    page: pageProbe,
    headers: headersProbe,
    cookies: cookiesProbe,
    cors: corsProbe,
    redirect: redirectProbe,
    tls: tlsProbe,
    latency: latencyProbe,
    revision: revisionProbe,
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/probes/wait.ts


/** Failures that waiting cannot cure: report them at once instead of burning the whole wait. */
const FINAL = (failure) => failure.tls || failure.code === 'ENOTFOUND' || failure.code === 'SHIPGATE_LINK_LOCAL';
/**
 * Polls `url` until it answers with a status below 500 (a deployment that is still starting
 * refuses, resets, times out or answers 502/503), with exponential backoff and jitter, for
 * at most `timeoutMs`.
 */
async function waitUntilReady(client, url, { timeoutMs, baseDelayMs = 250, maxDelayMs = 10_000, log }) {
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    const elapsed = () => Math.round(performance.now() - started);
    let last = 'no answer';
    let lastFailure;
    const notReady = (attempts) => ({
        ready: false,
        waitedMs: elapsed(),
        attempts,
        last,
        ...(lastFailure ? { failure: lastFailure } : {}),
    });
    for (let attempt = 1;; attempt++) {
        const outcome = await client.send(url, { readBody: false, signal });
        if (outcome.ok && outcome.response.status < 500)
            return { ready: true, waitedMs: elapsed(), attempts: attempt };
        lastFailure = outcome.ok ? undefined : outcome.error;
        last = outcome.ok ? `status ${outcome.response.status}` : outcome.error.message;
        if (lastFailure && FINAL(lastFailure))
            return notReady(attempt);
        const delay = (0,backoff/* backoffDelay */.EY)(attempt - 1, baseDelayMs, maxDelayMs);
        log?.(`${(0,redact/* redactUrl */.B)(url)} not ready (${last}); next try in ${delay} ms`);
        try {
            await (0,backoff/* sleep */.yy)(Math.min(delay, Math.max(0, timeoutMs - elapsed())), signal);
        }
        catch {
            return notReady(attempt);
        }
        if (signal.aborted)
            return notReady(attempt);
    }
}

;// CONCATENATED MODULE: ./src/probes/target.ts




/**
 * A target at run time: its resolved base URL, a client factory with its limits and CA,
 * and one readiness wait shared by all of its probes (the first probe to start begins it).
 */
class Target {
    name;
    config;
    /** Undefined when the target has no `url` and the run has no deployment URL. */
    baseUrl;
    #waitTimeoutMs;
    #readiness;
    #waitStarted;
    constructor(config, waitTimeoutMs, deploymentUrl) {
        this.name = config.name;
        this.config = config;
        const url = config.url ?? deploymentUrl;
        this.baseUrl = url === undefined ? undefined : new URL(url);
        this.#waitTimeoutMs = waitTimeoutMs;
    }
    /** `path` resolved against the base URL, keeping a base path such as https://host/app/. */
    url(probePath) {
        const base = this.baseUrl;
        return new URL(probePath.replace(/^\//, ''), base.href.endsWith('/') ? base : `${base.href}/`);
    }
    /** A new client with this target's limits; the caller closes it. */
    async client(context, connections) {
        for (const value of Object.values(this.config.headers))
            context.maskSecret(value);
        const c = this.config;
        return new http_client/* HttpClient */.Qq({
            connectTimeoutMs: c['connect-timeout'],
            headersTimeoutMs: c['headers-timeout'],
            bodyTimeoutMs: c['body-timeout'],
            requestTimeoutMs: c['request-timeout'],
            maxBodyBytes: c['max-body'],
            allowLinkLocal: c['allow-link-local'],
            headers: c.headers,
            ...(await this.ca(context)),
            ...(connections ? { connections } : {}),
        });
    }
    /** The configured CA file's PEM text, as client/TLS options. */
    async ca(context) {
        if (!this.config.ca)
            return {};
        return { ca: await (0,promises_.readFile)(external_node_path_default().resolve(context.root, this.config.ca), 'utf8') };
    }
    /** What is left of the wait budget since readiness polling began (for the revision probe). */
    remainingWaitMs() {
        const started = this.#waitStarted ?? performance.now();
        return Math.max(0, this.#waitTimeoutMs - (performance.now() - started));
    }
    /**
     * Waits (once per target) until its first probe path answers below 500. Runs on its own
     * clock, the wait timeout, so that one probe's cancellation does not fail its siblings.
     */
    ready(context) {
        this.#readiness ??= (async () => {
            this.#waitStarted = performance.now();
            const firstPath = this.config.probes[0]?.path ?? '/';
            const client = await this.client(context);
            try {
                return await waitUntilReady(client, this.url(firstPath), {
                    timeoutMs: this.#waitTimeoutMs,
                    log: context.log,
                });
            }
            finally {
                await client.close();
            }
        })();
        return this.#readiness;
    }
}

;// CONCATENATED MODULE: ./src/probes/run-probe.ts




/**
 * The run-time side of the probes (the HTTP client, undici, every probe module), imported by
 * plan.ts only when a post check runs, so that a pre-deploy run never loads it.
 */

/** Runs one probe: after its target's shared readiness wait, on a client of its own. */
async function runProbe(target, probe, deployment, context) {
    if (target.baseUrl === undefined) {
        return {
            status: 'skip',
            summary: `no URL: target "${target.name}" has no url and this run has no deployment URL (deployment_status event)`,
        };
    }
    if (probe.type === 'revision' && !deployment.expectedRevision) {
        return {
            status: 'skip',
            summary: 'no expected revision: runs only where the commit under review is known (pull request or deployment_status)',
        };
    }
    const readiness = await untilAborted(target.ready(context), context.signal);
    const waitMs = readiness.waitedMs;
    if (!readiness.ready) {
        const message = `${(0,redact/* redactUrl */.B)(target.url(target.config.probes[0]?.path ?? '/'))} not ready after ${(0,duration/* formatDuration */.a3)(waitMs)} (${readiness.attempts} attempts): ${readiness.last}`;
        return {
            status: 'fail',
            summary: `not ready: ${readiness.last}`,
            findings: [
                { rule: readiness.failure?.tls ? 'tls-error' : 'not-ready', severity: 'high', message },
            ],
            metrics: { waitMs },
        };
    }
    const client = await target.client(context, probe.type === 'latency' ? probe.concurrency : undefined);
    try {
        const run = PROBES[probe.type];
        const outcome = await run({
            probe,
            target,
            url: target.url(probe.path),
            client,
            context,
            ...(deployment.expectedRevision ? { expectedRevision: deployment.expectedRevision } : {}),
        });
        return { ...outcome, metrics: { ...outcome.metrics, waitMs } };
    }
    finally {
        await client.close();
    }
}
/** The shared wait, but given up (by this check only) when this check is cancelled. */
function untilAborted(promise, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}


/***/ })

};
