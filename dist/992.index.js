export const id = 992;
export const ids = [992];
export const modules = {

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ cspWeaknesses),
/* harmony export */   Og: () => (/* binding */ effectiveSources),
/* harmony export */   WV: () => (/* binding */ parseCsp)
/* harmony export */ });
/* unused harmony exports governingDirective, isNonceOrHash, broadSources */
/**
 * Parses one serialized policy (CSP3 §2.2.1): directives split on ";", names compared
 * case-insensitively, and the first of two same-named directives wins, as in browsers.
 * Keywords ('self', 'unsafe-inline', …) and bare schemes are lower-cased; hosts, nonces and
 * hashes keep their case. A policy without any directive is empty (size 0): invalid.
 */
function parseCsp(value) {
    const policy = new Map();
    for (const part of value.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
        if (!name)
            continue;
        const key = name.toLowerCase();
        if (policy.has(key))
            continue;
        policy.set(key, sources.map((s) => (/^'[a-z-]+'$|^[a-z][a-z0-9+.-]*:$/i.test(s) ? s.toLowerCase() : s)));
    }
    return policy;
}
/** CSP3 fallback lists: which directive governs a fetch when it is not set itself. */
const FALLBACKS = {
    'script-src': ['script-src', 'default-src'],
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src': ['style-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
    'frame-src': ['frame-src', 'child-src', 'default-src'],
    'child-src': ['child-src', 'default-src'],
    'connect-src': ['connect-src', 'default-src'],
    'font-src': ['font-src', 'default-src'],
    'img-src': ['img-src', 'default-src'],
    'media-src': ['media-src', 'default-src'],
    'manifest-src': ['manifest-src', 'default-src'],
    'object-src': ['object-src', 'default-src'],
};
/**
 * The directive whose sources apply to `directive` (itself, or the first set one of its
 * fallbacks such as default-src). Directives without a fallback (frame-ancestors,
 * base-uri, form-action) govern only themselves. Undefined when nothing restricts it.
 */
function governingDirective(policy, directive) {
    return (FALLBACKS[directive] ?? [directive]).find((name) => policy.has(name));
}
/** The sources that apply to `directive`, following the fallbacks; undefined when unrestricted. */
function effectiveSources(policy, directive) {
    const governing = governingDirective(policy, directive);
    return governing === undefined ? undefined : policy.get(governing);
}
/** A nonce or hash source: with one, browsers ignore 'unsafe-inline' (CSP3 §6.7.3.3). */
const isNonceOrHash = (source) => /^'(nonce|sha256|sha384|sha512)-/i.test(source);
/** The sources in a list that allow any host: `*` and bare schemes such as `https:` or `data:`. */
const broadSources = (sources) => sources.filter((s) => s === '*' || /^(https?|data|blob|filesystem):$/.test(s));
/**
 * What makes a policy fail to stop script injection: inline scripts allowed without a nonce
 * or hash, eval allowed, scripts or plugins from any host, or no script restriction at all.
 * An empty list means the policy holds on those points.
 */
function cspWeaknesses(policy) {
    const weaknesses = [];
    const scriptDirective = governingDirective(policy, 'script-src');
    const script = scriptDirective === undefined ? undefined : policy.get(scriptDirective);
    if (scriptDirective === undefined || script === undefined) {
        weaknesses.push({
            rule: 'csp/scripts-unrestricted',
            severity: 'high',
            directive: 'script-src',
            message: 'The CSP sets neither script-src nor default-src, so it allows scripts from anywhere.',
        });
    }
    else {
        const via = scriptDirective === 'script-src' ? 'script-src' : `${scriptDirective} (no script-src)`;
        if (script.includes("'unsafe-inline'") && !script.some(isNonceOrHash)) {
            weaknesses.push({
                rule: 'csp/unsafe-inline',
                severity: 'high',
                directive: scriptDirective,
                message: `The CSP allows inline scripts: ${via} has 'unsafe-inline' without a nonce or hash, which defeats its protection against XSS.`,
            });
        }
        if (script.includes("'unsafe-eval'")) {
            weaknesses.push({
                rule: 'csp/unsafe-eval',
                severity: 'medium',
                directive: scriptDirective,
                message: `The CSP allows eval(): ${via} has 'unsafe-eval'.`,
            });
        }
        const broad = broadSources(script);
        if (broad.length) {
            weaknesses.push({
                rule: 'csp/wildcard-source',
                severity: 'high',
                directive: scriptDirective,
                message: `The CSP allows scripts from any host: ${via} has ${broad.join(' ')}.`,
            });
        }
    }
    const objectDirective = governingDirective(policy, 'object-src');
    const broadObjects = broadSources(effectiveSources(policy, 'object-src') ?? []);
    if (objectDirective && broadObjects.length) {
        weaknesses.push({
            rule: 'csp/wildcard-source',
            severity: 'high',
            directive: objectDirective,
            message: `The CSP allows plugins from any host: ${objectDirective} has ${broadObjects.join(' ')}.`,
        });
    }
    return weaknesses;
}


/***/ }),

/***/ 3591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   no: () => (/* binding */ assess),
/* harmony export */   v1: () => (/* binding */ severityFor),
/* harmony export */   v9: () => (/* binding */ advice)
/* harmony export */ });
/** Severity follows the weight the Observatory gives the problem. */
function severityFor(modifier) {
    if (modifier <= -20)
        return 'high';
    if (modifier <= -10)
        return 'medium';
    if (modifier < 0)
        return 'low';
    return 'info';
}
/** Builds an assessment from a result and its modifier table; a finding only when `message` is given. */
function assess(test, table, result, problem) {
    const modifier = table[result];
    return {
        test,
        result,
        modifier,
        findings: problem
            ? [
                {
                    rule: result,
                    severity: problem.severity ?? severityFor(modifier),
                    message: problem.message,
                    hint: problem.hint,
                },
            ]
            : [],
    };
}
/** A finding that does not change the score (OWASP advice beyond the Observatory's tests). */
function advice(rule, severity, message, hint) {
    return { rule, severity, message, hint };
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ cspTest)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3329);
/* harmony import */ var _csp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5249);
/* harmony import */ var _assessment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3591);



/** MDN Observatory (algorithm 6) CSP results and their modifiers. */
const RESULTS = {
    'csp-not-implemented': -25,
    'csp-header-invalid': -25,
    'csp-implemented-with-unsafe-inline': -20,
    'csp-implemented-with-insecure-scheme': -20,
    'csp-implemented-with-unsafe-eval': -10,
    'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
    'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
    'csp-implemented-with-no-unsafe': 5,
    'csp-implemented-with-no-unsafe-default-src-none': 10,
};
const OWASP_CSP = "Content-Security-Policy: default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests";
/** What to set instead, per weakness the shared CSP judge (analyzers/csp.ts) reports. */
const HINTS = {
    'csp/scripts-unrestricted': `Set script-src or default-src, e.g. ${OWASP_CSP}.`,
    'csp/unsafe-inline': "Use nonces or hashes ('nonce-…', 'sha256-…') instead of 'unsafe-inline'.",
    'csp/unsafe-eval': "Remove 'unsafe-eval' (replace eval/new Function in the app or its libraries).",
    'csp/wildcard-source': "Name the hosts instead of * or a bare scheme, and set object-src 'none'.",
};
/** Weaknesses that let injected script run: the Observatory's "unsafe-inline" result. */
const SCRIPT_INJECTION = new Set([
    'csp/scripts-unrestricted',
    'csp/unsafe-inline',
    'csp/wildcard-source',
]);
const ACTIVE = [
    'default-src',
    'script-src',
    'style-src',
    'object-src',
    'connect-src',
    'frame-src',
    'font-src',
    'worker-src',
    'child-src',
];
const PASSIVE = ['img-src', 'media-src'];
const allowsHttp = (csp, directives) => directives.some((d) => csp.get(d)?.some((source) => /^http:/i.test(source)));
/** The Observatory result for a parsed policy: the first row that applies, worst first. */
function resultOf(csp, weaknesses, https) {
    const style = (0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveSources */ .Og)(csp, 'style-src') ?? [];
    const rows = [
        [
            weaknesses.some((rule) => SCRIPT_INJECTION.has(rule)) || !(0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveSources */ .Og)(csp, 'object-src'),
            'csp-implemented-with-unsafe-inline',
        ],
        [https && allowsHttp(csp, ACTIVE), 'csp-implemented-with-insecure-scheme'],
        [weaknesses.includes('csp/unsafe-eval'), 'csp-implemented-with-unsafe-eval'],
        [
            https && allowsHttp(csp, PASSIVE),
            'csp-implemented-with-insecure-scheme-in-passive-content-only',
        ],
        [
            style.includes("'unsafe-inline'") || style.some((s) => /^(\*|https?:|data:)$/.test(s)),
            'csp-implemented-with-unsafe-inline-in-style-src-only',
        ],
        [
            csp.get('default-src')?.join(' ') === "'none'",
            'csp-implemented-with-no-unsafe-default-src-none',
        ],
    ];
    return rows.find(([applies]) => applies)?.[1] ?? 'csp-implemented-with-no-unsafe';
}
/** Content-Security-Policy (report-only policies do not protect and are not read). */
const cspTest = (response) => {
    const test = 'content-security-policy';
    const value = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'content-security-policy');
    const missing = (result, message) => ({
        test,
        result,
        modifier: RESULTS[result],
        findings: [
            (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)(result, 'high', message, `Set ${OWASP_CSP} (then allow what the app needs).`),
        ],
    });
    if (value === undefined)
        return missing('csp-not-implemented', 'Content-Security-Policy is missing.');
    const csp = (0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsp */ .WV)(value);
    if (csp.size === 0)
        return missing('csp-header-invalid', `Content-Security-Policy cannot be parsed: "${value}".`);
    const weaknesses = (0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .cspWeaknesses */ .MO)(csp);
    const findings = weaknesses.map((w) => ({
        rule: w.rule,
        severity: w.severity,
        message: w.message,
        hint: HINTS[w.rule] ?? `Start from ${OWASP_CSP}.`,
    }));
    if (!(0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveSources */ .Og)(csp, 'object-src')) {
        findings.push((0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)('csp/objects-unrestricted', 'high', 'The CSP sets neither object-src nor default-src, so plugins load from anywhere.', "Set object-src 'none'."));
    }
    const https = new URL(response.url).protocol === 'https:';
    if (https && allowsHttp(csp, [...ACTIVE, ...PASSIVE])) {
        findings.push((0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)('csp/insecure-scheme', 'medium', 'The CSP lets an HTTPS page load resources over plain http:.', 'Replace http: sources with https: ones and add upgrade-insecure-requests.'));
    }
    if (!csp.has('default-src')) {
        findings.push((0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)('csp/without-default-src', 'medium', 'The CSP has no default-src, so unlisted resource types load from anywhere.', `Start from ${OWASP_CSP}.`));
    }
    if (!csp.has('frame-ancestors')) {
        findings.push((0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)('csp/without-frame-ancestors', 'low', 'The CSP has no frame-ancestors.', "Add frame-ancestors 'none' (or 'self')."));
    }
    const result = resultOf(csp, weaknesses.map((w) => w.rule), https);
    return { test, result, modifier: RESULTS[result], findings };
};


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ hstsTest)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3329);
/* harmony import */ var _assessment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3591);


/** MDN Observatory (algorithm 6) modifiers; "preloaded" (+5) needs the preload list, so it is never awarded here. */
const RESULTS = {
    'hsts-implemented-max-age-at-least-six-months': 0,
    'hsts-implemented-max-age-less-than-six-months': -10,
    'hsts-not-implemented': -20,
    'hsts-header-invalid': -20,
    'hsts-not-implemented-no-https': -20,
};
/** Observatory's six-month line (RELIABILITY.md §2.1). */
const SIX_MONTHS_S = 15_552_000;
const OWASP = 'Strict-Transport-Security: max-age=63072000; includeSubDomains';
/** Strict-Transport-Security: present on HTTPS, at least six months, includeSubDomains advised. */
const hstsTest = (response) => {
    const test = 'strict-transport-security';
    if (new URL(response.url).protocol !== 'https:') {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'hsts-not-implemented-no-https', {
            message: 'The page is served over plain HTTP, so HSTS cannot apply.',
            hint: `Serve it over HTTPS and send ${OWASP}.`,
        });
    }
    const value = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'strict-transport-security');
    if (value === undefined) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'hsts-not-implemented', {
            message: 'Strict-Transport-Security is missing.',
            hint: `Set ${OWASP} (Django: SECURE_HSTS_SECONDS, SECURE_HSTS_INCLUDE_SUBDOMAINS).`,
        });
    }
    // The first header wins when repeated (RFC 6797 §8.1).
    const first = value.split(',')[0] ?? '';
    const directives = first.split(';').map((part) => part.trim().toLowerCase());
    const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find(Boolean);
    if (maxAge === undefined) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'hsts-header-invalid', {
            message: `Strict-Transport-Security has no valid max-age: "${value}".`,
            hint: `Set ${OWASP}.`,
        });
    }
    const result = Number(maxAge) >= SIX_MONTHS_S
        ? (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'hsts-implemented-max-age-at-least-six-months')
        : (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'hsts-implemented-max-age-less-than-six-months', {
            message: `HSTS max-age is ${maxAge} s, under six months (${SIX_MONTHS_S} s).`,
            hint: `Set ${OWASP}.`,
        });
    if (!directives.includes('includesubdomains')) {
        result.findings.push((0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .advice */ .v9)('hsts-without-includesubdomains', 'low', 'HSTS does not cover subdomains.', `Set ${OWASP}.`));
    }
    return result;
};


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ referrerPolicyTest)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3329);
/* harmony import */ var _assessment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3591);


const RESULTS = {
    'referrer-policy-private': 5,
    'referrer-policy-not-implemented': 0,
    'referrer-policy-unsafe': -5,
    'referrer-policy-header-invalid': -5,
};
const PRIVATE = new Set([
    'no-referrer',
    'same-origin',
    'strict-origin',
    'strict-origin-when-cross-origin',
]);
const UNSAFE = new Set([
    'origin',
    'origin-when-cross-origin',
    'unsafe-url',
    'no-referrer-when-downgrade',
]);
const HINT = "Set Referrer-Policy: no-referrer or strict-origin-when-cross-origin (Django: SECURE_REFERRER_POLICY = 'same-origin').";
/** Referrer-Policy: browsers take the last value they understand in a comma list. */
const referrerPolicyTest = (response) => {
    const test = 'referrer-policy';
    const value = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'referrer-policy');
    if (value === undefined)
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'referrer-policy-not-implemented');
    const known = value
        .split(',')
        .map((token) => token.trim().toLowerCase())
        .filter((token) => PRIVATE.has(token) || UNSAFE.has(token));
    const effective = known.at(-1);
    if (effective === undefined) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'referrer-policy-header-invalid', {
            message: `Referrer-Policy "${value}" is not a policy browsers know.`,
            hint: HINT,
        });
    }
    if (UNSAFE.has(effective)) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'referrer-policy-unsafe', {
            message: `Referrer-Policy ${effective} leaks full URLs to other sites.`,
            hint: HINT,
        });
    }
    return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'referrer-policy-private');
};


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ xContentTypeOptionsTest)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3329);
/* harmony import */ var _assessment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3591);


const RESULTS = {
    'x-content-type-options-nosniff': 0,
    'x-content-type-options-not-implemented': -5,
    'x-content-type-options-header-invalid': -5,
};
const HINT = 'Set X-Content-Type-Options: nosniff (Django: SECURE_CONTENT_TYPE_NOSNIFF = True).';
/** X-Content-Type-Options must be exactly nosniff. */
const xContentTypeOptionsTest = (response) => {
    const test = 'x-content-type-options';
    const value = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'x-content-type-options');
    if (value === undefined) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'x-content-type-options-not-implemented', {
            message: 'X-Content-Type-Options is missing.',
            hint: HINT,
        });
    }
    if (value.trim().toLowerCase() !== 'nosniff') {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'x-content-type-options-header-invalid', {
            message: `X-Content-Type-Options is "${value}", not nosniff.`,
            hint: HINT,
        });
    }
    return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_1__/* .assess */ .no)(test, RESULTS, 'x-content-type-options-nosniff');
};


/***/ }),

/***/ 4522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ xFrameOptionsTest)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3329);
/* harmony import */ var _csp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5249);
/* harmony import */ var _assessment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3591);



const RESULTS = {
    'x-frame-options-implemented-via-csp': 5,
    'x-frame-options-sameorigin-or-deny': 0,
    'x-frame-options-allow-from-origin': 0,
    'x-frame-options-not-implemented': -20,
    'x-frame-options-header-invalid': -20,
};
const HINT = "Set CSP frame-ancestors 'none' (or 'self'), and X-Frame-Options: DENY for old browsers (Django: X_FRAME_OPTIONS = 'DENY').";
/** Clickjacking protection: CSP frame-ancestors (preferred) or X-Frame-Options. */
const xFrameOptionsTest = (response) => {
    const test = 'x-frame-options';
    const csp = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'content-security-policy');
    if (csp !== undefined && (0,_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsp */ .WV)(csp).has('frame-ancestors')) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .assess */ .no)(test, RESULTS, 'x-frame-options-implemented-via-csp');
    }
    const value = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'x-frame-options')?.trim().toLowerCase();
    if (value === undefined) {
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .assess */ .no)(test, RESULTS, 'x-frame-options-not-implemented', {
            message: 'Neither X-Frame-Options nor CSP frame-ancestors protects against framing (clickjacking).',
            hint: HINT,
        });
    }
    if (value === 'deny' || value === 'sameorigin')
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .assess */ .no)(test, RESULTS, 'x-frame-options-sameorigin-or-deny');
    if (value.startsWith('allow-from '))
        return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .assess */ .no)(test, RESULTS, 'x-frame-options-allow-from-origin');
    return (0,_assessment_js__WEBPACK_IMPORTED_MODULE_2__/* .assess */ .no)(test, RESULTS, 'x-frame-options-header-invalid', {
        message: `X-Frame-Options is "${value}", which browsers ignore.`,
        hint: HINT,
    });
};


/***/ }),

/***/ 8071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ isLinkLocal),
/* harmony export */   vC: () => (/* binding */ connectLookup)
/* harmony export */ });
/* unused harmony export LinkLocalError */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Link-local and cloud-metadata addresses (169.254.0.0/16 holds the AWS/GCP/Azure metadata
 * service, fe80::/10 its IPv6 link-local range, fd00:ec2::254 the AWS IPv6 endpoint). A
 * probe that follows a redirect or a DNS answer there could read instance credentials
 * (SSRF), so they are refused unless a target allows them. Loopback and private ranges
 * stay allowed: self-hosted runners, local previews and tests use them.
 */
const blocked = new (node_net__WEBPACK_IMPORTED_MODULE_1___default().BlockList)();
blocked.addSubnet('169.254.0.0', 16, 'ipv4');
blocked.addSubnet('fe80::', 10, 'ipv6');
blocked.addAddress('fd00:ec2::254', 'ipv6');
/** True for an address a probe must not connect to unless the target allows link-local. */
function isLinkLocal(address) {
    const family = node_net__WEBPACK_IMPORTED_MODULE_1___default().isIPv4(address) ? 'ipv4' : node_net__WEBPACK_IMPORTED_MODULE_1___default().isIPv6(address) ? 'ipv6' : undefined;
    if (!family)
        return false;
    // IPv4-mapped IPv6 (::ffff:169.254.169.254) reaches the same IPv4 host.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped)
        return blocked.check(mapped, 'ipv4');
    return blocked.check(address, family);
}
/** The error a refused address produces; its code is mapped to a message in errors.ts. */
class LinkLocalError extends Error {
    name = 'LinkLocalError';
    code = 'SHIPGATE_LINK_LOCAL';
    address;
    constructor(host, address) {
        super(`${host} resolves to ${address}, a link-local/cloud-metadata address`);
        this.address = address;
    }
}
/**
 * A `lookup` for net/tls.connect that resolves with `resolver` and then, unless link-local
 * is allowed, refuses link-local answers: checking the address actually connected to closes
 * the DNS-rebinding gap that a check before the request would leave open.
 */
function connectLookup(allowLinkLocal, resolver = (node_dns__WEBPACK_IMPORTED_MODULE_0___default().lookup)) {
    return (hostname, options, callback) => {
        resolver(hostname, { ...options, all: true }, (error, addresses) => {
            if (error)
                return callback(error, []);
            const bad = allowLinkLocal ? undefined : addresses.find((a) => isLinkLocal(a.address));
            if (bad)
                return callback(new LinkLocalError(hostname, bad.address), []);
            if (options.all)
                return callback(null, addresses);
            const first = addresses[0];
            if (!first)
                return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
            callback(null, first.address, first.family);
        });
    };
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and
 * Jitter"): a random delay up to base·2^attempt, capped. Jitter keeps probes from several
 * runners from hitting a recovering deployment in lockstep.
 */
function backoffDelay(attempt, baseMs, capMs, random = Math.random) {
    const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
    // Half fixed, half random: never a zero delay, still spread out.
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Seconds or an HTTP date in Retry-After, as milliseconds from `now`; undefined when absent or bad. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 3329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   UE: () => (/* binding */ headerValues),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony export describeChain */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6752);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1012);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8071);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8549);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6715);






const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 503]);
const RETRY_BASE_MS = 250;
/** Retry-After beyond this is not waited for: a probe must end in its budget. */
const RETRY_CAP_MS = 5_000;
/** The value of a header, repeated values joined as HTTP allows (", "). */
function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
}
/** Every value of a header that must not be joined (Set-Cookie). */
function headerValues(response, name) {
    const value = response.headers[name.toLowerCase()];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
/** "https://a/ → https://a/login → https://a/" for messages. */
function describeChain(start, redirects) {
    return [start, ...redirects.map((hop) => `${hop.status} ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(hop.location)}`)]
        .map((part, index) => (index === 0 ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(part) : part))
        .join(' → ');
}
/**
 * The one HTTP client of the probes: an undici keep-alive pool with every limit set
 * (connect, headers, body, whole-request, body size, redirects), redirects followed by hand
 * so that the chain is recorded and checked hop by hop (no HTTPS→HTTP, no loop, no
 * link-local address), and failures returned as values with a clear message.
 */
class HttpClient {
    #agent;
    #options;
    constructor(options) {
        this.#options = options;
        this.#agent = new undici__WEBPACK_IMPORTED_MODULE_1__.Agent({
            connect: {
                timeout: options.connectTimeoutMs,
                ...(options.ca ? { ca: options.ca } : {}),
                lookup: (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .connectLookup */ .vC)(options.allowLinkLocal, options.resolver),
            },
            headersTimeout: options.headersTimeoutMs,
            bodyTimeout: options.bodyTimeoutMs,
            // Short, so that an idle pool never keeps the process alive for long after a probe.
            keepAliveTimeout: 2_000,
            connections: options.connections ?? 10,
        });
    }
    /** Sends the request (retrying only what `attempts` allows) and never throws. */
    async send(url, init = {}) {
        const attempts = Math.max(1, init.attempts ?? 1);
        for (let attempt = 1;; attempt++) {
            const outcome = await this.#exchange(new URL(url), init);
            const retryable = outcome.ok
                ? RETRY_STATUSES.has(outcome.response.status)
                : outcome.error.transient;
            if (!retryable || attempt >= attempts || init.signal?.aborted)
                return { ...outcome, attempts: attempt };
            const hinted = outcome.ok ? (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .retryAfterMs */ .Vs)(header(outcome.response, 'retry-after')) : undefined;
            const delay = Math.min(RETRY_CAP_MS, hinted ?? (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .backoffDelay */ .EY)(attempt - 1, RETRY_BASE_MS, RETRY_CAP_MS));
            try {
                await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(delay, init.signal);
            }
            catch {
                return { ...outcome, attempts: attempt };
            }
        }
    }
    /** Closes the pool's sockets; the client is unusable afterwards. */
    async close() {
        await this.#agent.close();
    }
    async #exchange(start, init) {
        const started = performance.now();
        const deadline = AbortSignal.timeout(this.#options.requestTimeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        const redirects = [];
        const seen = new Set([start.href]);
        let url = start;
        let method = init.method ?? 'GET';
        const fail = (error) => ({
            ok: false,
            url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(url),
            error,
            redirects,
        });
        for (;;) {
            const refused = this.#refuse(url);
            if (refused)
                return fail(refused);
            let response;
            try {
                response = await (0,undici__WEBPACK_IMPORTED_MODULE_1__.request)(url, {
                    dispatcher: this.#agent,
                    method,
                    headers: {
                        'user-agent': 'shipgate-probe',
                        ...(url.origin === start.origin ? this.#options.headers : {}),
                        ...init.headers,
                    },
                    signal,
                });
            }
            catch (error) {
                return fail(this.#explain(error, deadline));
            }
            const headers = response.headers;
            const location = header({ headers }, 'location');
            if (init.redirect === 'follow' && REDIRECT_STATUSES.has(response.statusCode) && location) {
                // The body of a redirect is not needed; draining keeps the socket reusable.
                await response.body.dump({ limit: 64 * 1024 }).catch(() => { });
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_BAD_REDIRECT', `Location ${JSON.stringify(location)} is not a URL`));
                }
                redirects.push({
                    url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(url),
                    status: response.statusCode,
                    location: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(next),
                });
                if (url.protocol === 'https:' && next.protocol === 'http:') {
                    return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_INSECURE_REDIRECT', describeChain(start.href, redirects)));
                }
                if (seen.has(next.href)) {
                    return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_REDIRECT_LOOP', describeChain(start.href, redirects)));
                }
                if (redirects.length >= MAX_REDIRECTS) {
                    return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_TOO_MANY_REDIRECTS', describeChain(start.href, redirects)));
                }
                seen.add(next.href);
                if (response.statusCode === 303)
                    method = 'GET';
                url = next;
                continue;
            }
            let body = '';
            try {
                if (init.readBody === false)
                    await response.body.dump({ limit: this.#options.maxBodyBytes });
                else
                    body = await this.#readBody(response.body);
            }
            catch (error) {
                return fail(this.#explain(error, deadline));
            }
            return {
                ok: true,
                response: {
                    url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(url),
                    status: response.statusCode,
                    headers,
                    body,
                    timeMs: performance.now() - started,
                },
                redirects,
            };
        }
    }
    /** Refuses URLs no probe may fetch: other schemes, and link-local addresses written as literals (DNS names are checked in the lookup). */
    #refuse(url) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_BAD_REDIRECT', `${url.protocol} URLs are not followed`);
        }
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if (!this.#options.allowLinkLocal && node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(host) && (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .isLinkLocal */ ._W)(host)) {
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_LINK_LOCAL', host);
        }
        return undefined;
    }
    async #readBody(stream) {
        const chunks = [];
        let size = 0;
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > this.#options.maxBodyBytes) {
                stream.destroy();
                throw Object.assign(new Error(`more than ${this.#options.maxBodyBytes} bytes`), {
                    code: 'SHIPGATE_BODY_TOO_LARGE',
                });
            }
            chunks.push(chunk);
        }
        return new TextDecoder().decode(Buffer.concat(chunks));
    }
    #explain(error, deadline) {
        if (deadline.aborted) {
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V)('SHIPGATE_DEADLINE', `no complete response within ${this.#options.requestTimeoutMs} ms`);
        }
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error);
    }
}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   V: () => (/* binding */ failure)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6715);


/**
 * What each code means. Only EAI_AGAIN among DNS errors is transient (a resolver hiccup);
 * ENOTFOUND is an answer. Resets and refusals are transient because a deployment that is
 * still starting produces them; the wait and the retry policy bound how long that lasts.
 */
const MEANINGS = {
    UND_ERR_CONNECT_TIMEOUT: { text: 'timed out connecting', transient: true },
    UND_ERR_HEADERS_TIMEOUT: { text: 'timed out awaiting response headers' },
    UND_ERR_BODY_TIMEOUT: { text: 'timed out reading the response body (it stalled)' },
    UND_ERR_SOCKET: { text: 'the connection was closed unexpectedly', transient: true },
    UND_ERR_HEADERS_OVERFLOW: { text: 'the response headers are too large' },
    UND_ERR_RES_EXCEEDED_MAX_SIZE: { text: 'the response body is too large' },
    UND_ERR_ABORTED: { text: 'the request was cancelled' },
    ABORT_ERR: { text: 'the request was cancelled' },
    ECONNREFUSED: { text: 'connection refused', transient: true },
    ECONNRESET: { text: 'connection reset by the server', transient: true },
    EPIPE: { text: 'connection closed while sending', transient: true },
    ETIMEDOUT: { text: 'timed out connecting', transient: true },
    EHOSTUNREACH: { text: 'host unreachable' },
    ENETUNREACH: { text: 'network unreachable' },
    ENOTFOUND: { text: 'DNS: no such host' },
    EAI_AGAIN: { text: 'DNS lookup failed temporarily', transient: true },
    CERT_HAS_EXPIRED: { text: 'TLS: the certificate has expired', tls: true },
    CERT_NOT_YET_VALID: { text: 'TLS: the certificate is not yet valid', tls: true },
    ERR_TLS_CERT_ALTNAME_INVALID: {
        text: 'TLS: the certificate is not valid for this host name',
        tls: true,
    },
    DEPTH_ZERO_SELF_SIGNED_CERT: { text: 'TLS: self-signed certificate', tls: true },
    SELF_SIGNED_CERT_IN_CHAIN: { text: 'TLS: self-signed certificate in the chain', tls: true },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
        text: 'TLS: the certificate chain is incomplete (cannot verify the leaf)',
        tls: true,
    },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
        text: 'TLS: the issuer is not trusted (unknown CA)',
        tls: true,
    },
    ERR_SSL_WRONG_VERSION_NUMBER: {
        text: 'TLS: the server did not answer with TLS (plain HTTP on an https:// URL?)',
        tls: true,
    },
    ERR_SSL_UNSUPPORTED_PROTOCOL: {
        text: 'TLS: the server only offers an outdated protocol version',
        tls: true,
    },
    ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: { text: 'TLS: no common protocol version', tls: true },
    SHIPGATE_LINK_LOCAL: {
        text: 'refused: link-local/cloud-metadata address (set allow-link-local: true to allow)',
    },
    SHIPGATE_BODY_TOO_LARGE: { text: 'body too large' },
    SHIPGATE_INSECURE_REDIRECT: { text: 'redirect leaves HTTPS for plain HTTP' },
    SHIPGATE_REDIRECT_LOOP: { text: 'redirect loop' },
    SHIPGATE_TOO_MANY_REDIRECTS: { text: 'more than 10 redirects' },
    SHIPGATE_BAD_REDIRECT: { text: 'redirect not followed' },
    SHIPGATE_DEADLINE: { text: "timed out (the probe's time budget ran out)" },
};
/** Walks `cause` chains (fetch-style wrapping, AggregateError from happy-eyeballs) to the code. */
function codeOf(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        if (typeof current !== 'object')
            return undefined;
        const { code, errors, cause } = current;
        if (typeof code === 'string')
            return code;
        if (Array.isArray(errors) && errors.length > 0)
            current = errors[0];
        else
            current = cause;
    }
    return undefined;
}
/** Turns anything a request threw into an HttpFailure; credentials in URLs are redacted. */
function describeError(error) {
    const code = codeOf(error) ??
        (error instanceof Error && error.name === 'AbortError' ? 'ABORT_ERR' : 'UNKNOWN');
    const meaning = MEANINGS[code];
    const detail = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .R)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error));
    const message = meaning
        ? meaning.text === detail || code.startsWith('UND_ERR') || code === 'ABORT_ERR'
            ? meaning.text
            : `${meaning.text} (${detail})`
        : `${detail || 'request failed'}${code === 'UNKNOWN' ? '' : ` [${code}]`}`;
    return { code, message, transient: meaning?.transient ?? false, tls: meaning?.tls ?? false };
}
/** A failure Shipgate itself decides on (a limit it enforces), in the same shape. */
function failure(code, detail) {
    const meaning = MEANINGS[code];
    return {
        code,
        message: detail ? `${meaning.text}: ${detail}` : meaning.text,
        transient: meaning.transient ?? false,
        tls: meaning.tls ?? false,
    };
}


/***/ }),

/***/ 6715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl),
/* harmony export */   R: () => (/* binding */ redactText)
/* harmony export */ });
/**
 * A URL as it may appear in a message: user and password replaced by `***`, since a target
 * URL with credentials (https://user:token@host) would otherwise leak into the report, the
 * PR comment and the log. Text that is not a URL is returned unchanged.
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return String(url);
    }
    if (!parsed.username && !parsed.password)
        return parsed.href;
    parsed.username = '***';
    parsed.password = '';
    return parsed.href;
}
/** Every `scheme://user:pass@` inside free text (e.g. an error message) with the credentials cut. */
function redactText(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}


/***/ })

};
