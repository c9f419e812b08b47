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

function configKindOf(file) {
    const name = file.split('/').at(-1) ?? file;
    if (name === 'vercel.json')
        return 'vercel';
    return name.startsWith('middleware.') ? 'middleware' : 'next-config';
}
/** Reads the headers one config file sets; `file` is its repo-relative path for the entries. */
function readConfigHeaders(file, text) {
    const parsed = (0,js_static/* parseStatic */.WH)(text, (0,js_static/* syntaxOf */.rS)(file));
    if ((0,js_static/* isParseFailure */.Cb)(parsed)) {
        return {
            entries: [],
            anchorLine: undefined,
            unreadable: [{ ...parsed.at, kind: 'unparsable', message: parsed.message }],
        };
    }
    const reader = new HeaderReader(file, parsed);
    switch (configKindOf(file)) {
        case 'vercel':
            reader.vercel();
            break;
        case 'middleware':
            reader.middleware();
            break;
        case 'next-config':
            reader.nextConfig();
            break;
    }
    return { entries: reader.entries, anchorLine: reader.anchorLine, unreadable: reader.unreadable };
}
class HeaderReader {
    entries = [];
    unreadable = [];
    anchorLine;
    #file;
    #module;
    constructor(file, module) {
        this.#file = file;
        this.#module = module;
    }
    /** `async headers() { return [{ source, headers: [{ key, value }] }] }`, wherever it is defined. */
    nextConfig() {
        for (const node of this.#module.nodes()) {
            if (node.type !== 'ObjectProperty' && node.type !== 'ObjectMethod')
                continue;
            if ((0,js_static/* keyName */.xT)(node) !== 'headers')
                continue;
            const fn = node.type === 'ObjectMethod'
                ? { kind: 'function', node, at: (0,js_static/* positionOf */.df)(node) }
                : this.#module.evaluate(node.value);
            if (fn.kind !== 'function')
                continue; // a route's `headers: [...]`, read through its function
            this.anchorLine ??= (0,js_static/* positionOf */.df)(node.key).line;
            for (const returned of this.#module.returns(fn.node))
                this.#routes(returned);
        }
    }
    /** `{ "headers": [{ "source": "/(.*)", "headers": [{ "key", "value" }] }] }` */
    vercel() {
        const root = this.#module.evaluate(this.#module.root);
        if (root.kind !== 'object')
            return;
        const headers = root.properties.get('headers');
        if (!headers)
            return;
        this.anchorLine = headers.key.line;
        this.#routes(headers.value);
    }
    /** `response.headers.set('X-Frame-Options', 'DENY')` */
    middleware() {
        for (const node of this.#module.nodes()) {
            if (node.type !== 'CallExpression' || !isHeadersSetter(node.callee))
                continue;
            const [name, value] = node.arguments;
            if (!name || !value)
                continue;
            this.anchorLine ??= (0,js_static/* positionOf */.df)(node).line;
            this.#header(this.#module.evaluate(name), this.#module.evaluate(value), (0,js_static/* positionOf */.df)(name));
        }
    }
    #routes(routes) {
        if (routes.kind !== 'array')
            return this.#cannotRead(routes, 'the routes here are computed at run time');
        for (const route of routes.items) {
            if (route.kind !== 'object') {
                this.#cannotRead(route, 'a route here is computed at run time');
                continue;
            }
            const headers = route.properties.get('headers');
            if (!headers)
                continue;
            if (headers.value.kind !== 'array') {
                this.#cannotRead(headers.value, 'the headers of a route here are computed at run time');
                continue;
            }
            for (const header of headers.value.items) {
                if (header.kind !== 'object') {
                    this.#cannotRead(header, 'a header here is computed at run time');
                    continue;
                }
                const key = header.properties.get('key');
                const value = header.properties.get('value');
                if (!key || !value)
                    continue;
                this.#header(key.value, value.value, key.key);
            }
        }
    }
    #header(name, value, at) {
        if (name.kind !== 'string' || name.dynamic) {
            this.#cannotRead({ at }, 'a header name here is computed at run time');
            return;
        }
        const known = value.kind === 'string';
        this.entries.push({
            name: name.value.toLowerCase(),
            value: known ? value.value : undefined,
            file: this.#file,
            ...at,
        });
        if (!known)
            this.#cannotRead({ at }, `the value of ${name.value} is computed at run time`);
    }
    #cannotRead({ at }, message) {
        this.unreadable.push({ ...at, kind: 'not-static', message });
    }
}
/** `….headers.set` / `….headers.append`, on any receiver whose name ends in `headers`. */
function isHeadersSetter(callee) {
    if (callee.type !== 'MemberExpression' || callee.computed)
        return false;
    if (callee.property.type !== 'Identifier' || !/^(set|append)$/.test(callee.property.name)) {
        return false;
    }
    const receiver = callee.object;
    const name = receiver.type === 'Identifier'
        ? receiver.name
        : receiver.type === 'MemberExpression' && receiver.property.type === 'Identifier'
            ? receiver.property.name
            : '';
    return /headers$/i.test(name);
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
                ...unreadableFinding(problem),
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
function unreadableFinding(problem) {
    if (problem.kind === 'unparsable') {
        return {
            rule: 'headers-config/unparsable',
            severity: 'medium',
            message: `Cannot read the headers this file sets: it does not parse (${problem.message}).`,
            hint: 'Fix the syntax error (the build would fail on it too), or check the headers after deploy with the headers probe.',
        };
    }
    return {
        rule: 'headers-config/not-static',
        severity: 'medium',
        message: `Cannot check this header: ${problem.message}, and Shipgate reads the config without running it.`,
        hint: 'Set security headers from string literals or constants, or check them after deploy with the headers probe.',
    };
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
