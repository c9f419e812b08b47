export const id = 35;
export const ids = [35];
export const modules = {

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/analyzers/js-static.ts
var js_static = __webpack_require__(6643);
;// CONCATENATED MODULE: ./src/gates/headers-config/parse.ts

/** Header names worth recognising as object keys (`{ 'Content-Security-Policy': csp }`). */
const SECURITY_HEADERS = new Set([
    'content-security-policy',
    'content-security-policy-report-only',
    'strict-transport-security',
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
]);
/** Reads the headers one config file sets; `file` is its repo-relative path for the entries. */
function readConfigHeaders(file, text) {
    const source = new js_static/* StaticSource */.UQ(text);
    const { tokens } = source;
    const entries = [];
    const unreadable = [];
    const at = (token) => ({ file, line: token.line, column: token.column });
    const add = (nameToken, name, valueIndex) => {
        if (name === undefined) {
            unreadable.push({
                line: nameToken.line,
                column: nameToken.column,
                message: 'a header name here is computed at run time',
            });
            return;
        }
        const value = source.evaluate(valueIndex);
        entries.push({ name: name.toLowerCase(), value: value?.value, ...at(nameToken) });
        if (!value) {
            unreadable.push({
                line: nameToken.line,
                column: nameToken.column,
                message: `the value of ${name} is computed at run time`,
            });
        }
    };
    tokens.forEach((token, index) => {
        // `{ key: 'X-Frame-Options', value: 'DENY' }` (next.config headers(), vercel.json)
        if (token.text === '{') {
            const properties = source.properties(index);
            const key = properties.find((p) => p.name === 'key');
            const value = properties.find((p) => p.name === 'value');
            if (key && value)
                add(key.nameToken, source.evaluate(key.valueIndex)?.value, value.valueIndex);
            for (const property of properties) {
                if (SECURITY_HEADERS.has(property.name.toLowerCase())) {
                    add(property.nameToken, property.name, property.valueIndex);
                }
            }
        }
        // `response.headers.set('X-Frame-Options', 'DENY')` (middleware)
        const receiver = tokens[index - 2];
        if (token.kind === 'name' &&
            (token.text === 'set' || token.text === 'append') &&
            tokens[index - 1]?.text === '.' &&
            receiver?.kind === 'name' &&
            /headers$/i.test(receiver.text) &&
            tokens[index + 1]?.text === '(') {
            const nameEnd = source.skipExpression(index + 2);
            if (tokens[nameEnd]?.text === ',') {
                const name = source.evaluate(index + 2);
                add(tokens[index + 2] ?? token, name && !name.dynamic ? name.value : undefined, nameEnd + 1);
            }
        }
    });
    const anchor = tokens.find((token, index) => (token.kind === 'name' || token.kind === 'string') &&
        (token.kind === 'string' ? token.value : token.text) === 'headers' &&
        /^[:(]$/.test(tokens[index + 1]?.text ?? ''));
    return { entries, anchorLine: anchor?.line, unreadable };
}

// EXTERNAL MODULE: ./src/analyzers/security-headers/csp.ts
var csp = __webpack_require__(639);
// EXTERNAL MODULE: ./src/analyzers/security-headers/hsts.ts
var hsts = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/analyzers/security-headers/referrer-policy.ts
var referrer_policy = __webpack_require__(481);
// EXTERNAL MODULE: ./src/analyzers/security-headers/x-content-type-options.ts
var x_content_type_options = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/analyzers/security-headers/x-frame-options.ts
var x_frame_options = __webpack_require__(4522);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/gates/kit/policy.ts
var policy = __webpack_require__(4077);
// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
;// CONCATENATED MODULE: ./src/gates/headers-config/run.ts










/** Where a Next.js front end sets response headers, in the order findings prefer to point at. */
const CONFIG_FILES = [
    'next.config.ts',
    'next.config.mjs',
    'next.config.js',
    'next.config.cjs',
    'vercel.json',
    'middleware.ts',
    'middleware.js',
    'src/middleware.ts',
    'src/middleware.js',
];
/**
 * The checklist's headers, judged by the same tests as the post-deploy probe (one policy for
 * both phases), each on the header as the config sets it.
 */
const TESTS = [
    csp/* cspTest */.h,
    hsts/* hstsTest */.H,
    x_frame_options/* xFrameOptionsTest */.s,
    x_content_type_options/* xContentTypeOptionsTest */.q,
    referrer_policy/* referrerPolicyTest */.s,
];
const REFERRER_POLICY_MISSING = {
    rule: 'referrer-policy-not-implemented',
    severity: 'low',
    message: 'Referrer-Policy is not set, so browsers fall back to their default.',
    hint: 'Set Referrer-Policy: strict-origin-when-cross-origin (or no-referrer).',
};
/**
 * Security headers the front end will send, read statically (the config is never run) from
 * next.config.* `headers()`, vercel.json `headers` and middleware `headers.set(…)`: CSP
 * present and not defeated, HSTS, frame protection, nosniff and Referrer-Policy. A finding
 * points at the line that sets the header, or, when it is missing, where headers are set.
 * Routes are not told apart: a header set for any route counts as set.
 */
async function run({ options, dir }, context) {
    const files = [];
    for (const name of CONFIG_FILES) {
        const text = await (0,repo_files/* readProjectText */.BA)(external_node_path_default().join(context.root, dir, name));
        if (text !== undefined)
            files.push({ file: (0,repo_files/* repoJoin */.pg)(dir, name), text });
    }
    const first = files[0];
    if (!first) {
        return {
            status: 'skip',
            summary: `nothing to read: no next.config.*, vercel.json or middleware in ${dir}`,
        };
    }
    const findings = [];
    const entries = [];
    let anchor;
    for (const { file, text } of files) {
        const read = readConfigHeaders(file, text);
        entries.push(...read.entries);
        if (!anchor && read.anchorLine)
            anchor = { file, line: read.anchorLine };
        for (const problem of read.unreadable) {
            findings.push({
                rule: 'headers-config/not-static',
                severity: 'medium',
                message: `Cannot check this header: ${problem.message}, and Shipgate reads the config without running it.`,
                hint: 'Set security headers from string literals or top-level constants, or check them after deploy with the headers probe.',
                file,
                line: problem.line,
                column: problem.column,
            });
        }
    }
    const missingAt = anchor ?? { file: first.file, line: 1 };
    findings.push(...judgeHeaders(entries, missingAt, files.some((f) => f.file.endsWith('vercel.json'))));
    const sources = (0,util_text/* plural */.LS)(files.length, 'config file');
    return (0,policy/* judgeFindings */.q)(findings, { failOn: options['fail-on'], scope: `${sources} read` });
}
/**
 * Runs each test on the config's headers. The first static value of every header stands in
 * for the response; a header set in several places is judged once per place.
 */
function judgeHeaders(entries, missingAt, vercel) {
    const base = {
        url: 'https://deployment.invalid/',
        status: 200,
        body: '',
        headers: {},
    };
    for (const entry of entries) {
        if (entry.value !== undefined && base.headers[entry.name] === undefined) {
            base.headers[entry.name] = entry.value;
        }
    }
    const findings = [];
    for (const test of TESTS) {
        const name = test(base).test;
        const setting = entries.filter((e) => e.name === name);
        if (setting.length === 0) {
            for (const finding of test(base).findings) {
                findings.push({
                    ...adjustMissing(finding, name, vercel),
                    file: missingAt.file,
                    line: missingAt.line,
                });
            }
            if (name === 'referrer-policy')
                findings.push({ ...REFERRER_POLICY_MISSING, ...missingAt });
            continue;
        }
        for (const entry of setting) {
            if (entry.value === undefined)
                continue; // reported as not static
            const response = { ...base, headers: { ...base.headers, [name]: entry.value } };
            for (const finding of test(response).findings) {
                findings.push({ ...finding, file: entry.file, line: entry.line, column: entry.column });
            }
        }
    }
    return findings;
}
/** Vercel sends HSTS on its domains by default, so its absence from the config weighs less. */
function adjustMissing(finding, header, vercel) {
    if (!vercel || header !== 'strict-transport-security')
        return finding;
    return {
        ...finding,
        severity: 'low',
        message: `${finding.message} Vercel adds one by default; set it in vercel.json to choose max-age and includeSubDomains.`,
    };
}


/***/ })

};
