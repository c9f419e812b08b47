export const id = 592;
export const ids = [592];
export const modules = {

/***/ 6592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/headers/js-static.ts
var js_static = __webpack_require__(6930);
;// CONCATENATED MODULE: ./src/headers/config-headers.ts

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

// EXTERNAL MODULE: ./src/probes/security-headers/csp.ts
var csp = __webpack_require__(9891);
// EXTERNAL MODULE: ./src/probes/security-headers/hsts.ts
var hsts = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/probes/security-headers/referrer-policy.ts
var referrer_policy = __webpack_require__(8509);
// EXTERNAL MODULE: ./src/probes/security-headers/x-content-type-options.ts
var x_content_type_options = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/probes/security-headers/x-frame-options.ts
var x_frame_options = __webpack_require__(3574);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(6888);
;// CONCATENATED MODULE: ./src/gates/headers-config.ts










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
        const text = await (0,promises_.readFile)(external_node_path_default().join(context.root, dir, name), 'utf8').catch(() => undefined);
        if (text !== undefined)
            files.push({ file: dir === '.' ? name : `${dir}/${name}`, text });
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


/***/ }),

/***/ 6888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ judgeFindings)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _report_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(687);


/**
 * The status and one-line summary for a list of findings: `fail` when any unwaived finding
 * reaches `failOn`, `warn` when only lower ones remain, `pass` when none do. Waived findings
 * are counted but never judged.
 */
function judgeFindings(findings, policy) {
    const active = findings.filter((f) => !f.waived);
    const waived = findings.length - active.length;
    const counts = _report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, active.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const failing = active.some((f) => (0,_report_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(f.severity, policy.failOn));
    const notes = policy.notes ?? [];
    const warning = active.length > 0 || notes.some((n) => n.warn);
    const status = failing ? 'fail' : warning ? 'warn' : 'pass';
    const parts = [counts.length ? counts.join(', ') : 'no findings'];
    if (active.length > 0)
        parts[0] += failing ? ` (fail-on: ${policy.failOn})` : ` (below fail-on: ${policy.failOn})`;
    if (waived > 0)
        parts.push(`${waived} waived`);
    if (policy.scope)
        parts.push(policy.scope);
    parts.push(...notes.map((n) => n.text));
    return { status, summary: parts.join('; '), findings };
}


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ StaticSource)
/* harmony export */ });
/* unused harmony exports DYNAMIC_PART, tokenize */
/**
 * Reads string values out of JavaScript/TypeScript/JSON source without running it: a small
 * tokenizer plus an evaluator for the expressions configs build header values from (string
 * and template literals, `+`, `[…].join(…)`, `.trim()`, `.replace(…)`, top-level consts).
 * Shipgate must never execute a project's config (it is untrusted code on a pull request),
 * so anything else is reported as "not static" rather than guessed. Pure and total.
 */
const NAME_START = /[A-Za-z_$]/;
const NAME_PART = /[\w$]/;
const REGEX_AFTER_NAMES = new Set([
    'return',
    'typeof',
    'case',
    'do',
    'else',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'await',
    'yield',
]);
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    b: '\b',
    f: '\f',
    v: '\v',
    0: '\0',
};
/** Stand-in for a template substitution whose value exists only at run time. */
const DYNAMIC_PART = '${…}';
/** Splits source into tokens, dropping comments and whitespace. Never throws. */
function tokenize(source) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const advanceTo = (end) => {
        for (let j = i; j < end && j < source.length; j++) {
            if (source[j] === '\n') {
                line++;
                lineStart = j + 1;
            }
        }
        i = Math.min(end, source.length);
    };
    /** Reads a quoted string or template from `start`; returns its end and cooked value. */
    const readQuoted = (start) => {
        const quote = source[start];
        let value = '';
        let dynamic = false;
        let j = start + 1;
        while (j < source.length && source[j] !== quote) {
            const c = source[j] ?? '';
            if (c === '\\') {
                const next = source[j + 1] ?? '';
                if (next === 'u' || next === 'x') {
                    const hex = next === 'x'
                        ? source.slice(j + 2, j + 4)
                        : (/^\{([0-9a-f]+)\}/i.exec(source.slice(j + 2))?.[1] ?? source.slice(j + 2, j + 6));
                    const braced = next === 'u' && source[j + 2] === '{';
                    const code = Number.parseInt(hex, 16);
                    value += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
                    j += 2 + hex.length + (braced ? 2 : 0);
                    continue;
                }
                if (next === '\n')
                    value += '';
                else
                    value += ESCAPES[next] ?? next;
                j += 2;
                continue;
            }
            if (quote === '`' && c === '$' && source[j + 1] === '{') {
                j = skipSubstitution(j + 2);
                value += DYNAMIC_PART;
                dynamic = true;
                continue;
            }
            // An unterminated ' or " string ends at the line end, as a JS parser would reject it.
            if (c === '\n' && quote !== '`')
                break;
            value += c;
            j++;
        }
        return { end: Math.min(j + 1, source.length), value, dynamic };
    };
    /** From just inside `${`, the index after its matching `}`, skipping nested literals. */
    const skipSubstitution = (from) => {
        let depth = 1;
        let j = from;
        while (j < source.length && depth > 0) {
            const c = source[j];
            if (c === '"' || c === "'" || c === '`') {
                j = readQuoted(j).end;
                continue;
            }
            if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            j++;
        }
        return j;
    };
    const regexAllowed = () => {
        const last = tokens.at(-1);
        if (!last)
            return true;
        if (last.kind === 'name')
            return REGEX_AFTER_NAMES.has(last.text);
        if (last.kind === 'punct')
            return !/[)\]]/.test(last.text);
        return false;
    };
    while (i < source.length) {
        const c = source[i] ?? '';
        const start = i;
        const position = { line, column: i - lineStart + 1 };
        if (/\s/.test(c)) {
            advanceTo(i + 1);
            continue;
        }
        if (c === '/' && source[i + 1] === '/') {
            const end = source.indexOf('\n', i);
            advanceTo(end < 0 ? source.length : end);
            continue;
        }
        if (c === '/' && source[i + 1] === '*') {
            const end = source.indexOf('*/', i + 2);
            advanceTo(end < 0 ? source.length : end + 2);
            continue;
        }
        if (c === '"' || c === "'" || c === '`') {
            const { end, value, dynamic } = readQuoted(i);
            advanceTo(end);
            tokens.push({
                kind: c === '`' ? 'template' : 'string',
                text: source.slice(start, end),
                value,
                ...(dynamic ? { dynamic } : {}),
                ...position,
            });
            continue;
        }
        if (c === '/' && regexAllowed()) {
            let j = i + 1;
            let inClass = false;
            while (j < source.length && source[j] !== '\n') {
                const d = source[j];
                if (d === '\\')
                    j++;
                else if (d === '[')
                    inClass = true;
                else if (d === ']')
                    inClass = false;
                else if (d === '/' && !inClass)
                    break;
                j++;
            }
            j++;
            while (j < source.length && /[a-z]/i.test(source[j] ?? ''))
                j++;
            advanceTo(j);
            tokens.push({ kind: 'regex', text: source.slice(start, i), ...position });
            continue;
        }
        if (NAME_START.test(c)) {
            let j = i + 1;
            while (j < source.length && NAME_PART.test(source[j] ?? ''))
                j++;
            advanceTo(j);
            tokens.push({ kind: 'name', text: source.slice(start, j), ...position });
            continue;
        }
        if (/\d/.test(c)) {
            let j = i + 1;
            while (j < source.length && /[\w.]/.test(source[j] ?? ''))
                j++;
            advanceTo(j);
            tokens.push({ kind: 'number', text: source.slice(start, j), ...position });
            continue;
        }
        const spread = source.startsWith('...', i) ? '...' : c;
        advanceTo(i + spread.length);
        tokens.push({ kind: 'punct', text: spread, ...position });
    }
    return tokens;
}
const OPENERS = { '(': ')', '[': ']', '{': '}' };
/**
 * The tokens of one source file with its top-level-or-not `const` declarations, so that a
 * value such as `value: csp` can be followed to `const csp = [...].join('; ')`.
 */
class StaticSource {
    tokens;
    #declarations = new Map();
    constructor(source) {
        this.tokens = tokenize(source);
        this.tokens.forEach((token, index) => {
            const next = this.tokens[index + 1];
            const after = this.tokens[index + 2];
            if (token.kind === 'name' &&
                /^(const|let|var)$/.test(token.text) &&
                next?.kind === 'name' &&
                after?.text === '=' &&
                !this.#declarations.has(next.text)) {
                this.#declarations.set(next.text, index + 3);
            }
        });
    }
    /** Index after the expression that starts at `index`: the next `,`, `;` or closer at depth 0. */
    skipExpression(index) {
        let depth = 0;
        let i = index;
        for (; i < this.tokens.length; i++) {
            const text = this.tokens[i]?.kind === 'punct' ? this.tokens[i]?.text : undefined;
            if (text && text in OPENERS)
                depth++;
            else if (text === ')' || text === ']' || text === '}') {
                if (depth === 0)
                    break;
                depth--;
            }
            else if ((text === ',' || text === ';') && depth === 0)
                break;
        }
        return i;
    }
    /** The properties of the object literal whose `{` is at `index`. */
    properties(index) {
        const properties = [];
        if (this.tokens[index]?.text !== '{')
            return properties;
        let i = index + 1;
        while (i < this.tokens.length && this.tokens[i]?.text !== '}') {
            const token = this.tokens[i];
            const next = this.tokens[i + 1];
            if (!token)
                break;
            const named = token.kind === 'name' || token.kind === 'string';
            const name = token.kind === 'string' ? (token.value ?? '') : token.text;
            if (named && next?.text === ':') {
                properties.push({ name, nameToken: token, valueIndex: i + 2 });
                i = this.skipExpression(i + 2);
            }
            else if (token.kind === 'name' && (next?.text === ',' || next?.text === '}')) {
                // Shorthand `{ csp }`: the value is the variable of the same name.
                properties.push({ name, nameToken: token, valueIndex: i });
                i++;
            }
            else {
                // A method, spread or statement (this `{` may be a block): skip it, always moving on.
                i = Math.max(this.skipExpression(i), i + 1);
            }
            if (this.tokens[i]?.text === ',')
                i++;
        }
        return properties;
    }
    /** The string an expression evaluates to, when that is knowable without running code. */
    evaluate(index) {
        return this.#string(this.#expression(index, new Set()).value);
    }
    #string(value) {
        return value && !Array.isArray(value) ? value : undefined;
    }
    #expression(index, resolving) {
        let left = this.#postfix(index, resolving);
        while (this.tokens[left.end]?.text === '+') {
            const right = this.#postfix(left.end + 1, resolving);
            const a = this.#string(left.value);
            const b = this.#string(right.value);
            left = {
                value: a && b ? { value: a.value + b.value, dynamic: a.dynamic || b.dynamic } : undefined,
                end: right.end,
            };
        }
        return left;
    }
    #postfix(index, resolving) {
        let { value, end } = this.#primary(index, resolving);
        for (;;) {
            const dot = this.tokens[end];
            const method = this.tokens[end + 1];
            if (dot?.text === 'as' || dot?.text === 'satisfies') {
                // TypeScript `as const` / `satisfies T` do not change the value.
                end = this.skipTypeAnnotation(end + 1);
                continue;
            }
            if (dot?.text !== '.' || method?.kind !== 'name' || this.tokens[end + 2]?.text !== '(')
                break;
            const args = [];
            const argTokens = [];
            let i = end + 3;
            while (i < this.tokens.length && this.tokens[i]?.text !== ')') {
                argTokens.push(this.tokens[i]);
                const arg = this.#expression(i, resolving);
                args.push(arg.value);
                i = this.#nextItem(i, arg.end);
            }
            end = i + 1;
            value = applyMethod(value, method.text, args, argTokens);
        }
        return { value, end };
    }
    /** Index after a type in `x as T`: up to the next `,`, `;`, `+`, `.` or closer at depth 0. */
    skipTypeAnnotation(index) {
        let i = index;
        while (i < this.tokens.length && !/^[,;+.)\]}]$/.test(this.tokens[i]?.text ?? ''))
            i++;
        return i;
    }
    /**
     * The start of the next list item after one that began at `start`: past its comma, and
     * always forward, so that a stray closer (`[a}`) cannot stop the scan in one place.
     */
    #nextItem(start, end) {
        let i = Math.max(this.skipExpression(end), start + 1);
        if (this.tokens[i]?.text === ',')
            i++;
        return i;
    }
    #primary(index, resolving) {
        const token = this.tokens[index];
        if (!token)
            return { value: undefined, end: index };
        if (token.kind === 'string' || token.kind === 'template') {
            return {
                value: { value: token.value ?? '', dynamic: token.dynamic ?? false },
                end: index + 1,
            };
        }
        if (token.text === '(') {
            const inner = this.#expression(index + 1, resolving);
            const close = this.skipExpression(inner.end);
            return { value: inner.value, end: close + 1 };
        }
        if (token.text === '[') {
            const items = [];
            let known = true;
            let i = index + 1;
            while (i < this.tokens.length && this.tokens[i]?.text !== ']') {
                const item = this.#expression(i, resolving);
                const text = this.#string(item.value);
                if (text)
                    items.push(text);
                else
                    known = false;
                i = this.#nextItem(i, item.end);
            }
            return { value: known ? items : undefined, end: i + 1 };
        }
        if (token.kind === 'name') {
            const declared = this.#declarations.get(token.text);
            if (declared === undefined || resolving.has(token.text))
                return { value: undefined, end: index + 1 };
            resolving.add(token.text);
            const value = this.#expression(declared, resolving).value;
            resolving.delete(token.text);
            return { value, end: index + 1 };
        }
        return { value: undefined, end: index + 1 };
    }
}
function applyMethod(value, method, args, argTokens) {
    if (Array.isArray(value) && method === 'join') {
        const separator = args.length === 0 ? { value: ',', dynamic: false } : args[0];
        if (!separator || Array.isArray(separator))
            return undefined;
        return {
            value: value.map((item) => item.value).join(separator.value),
            dynamic: value.some((item) => item.dynamic) || separator.dynamic,
        };
    }
    if (!value || Array.isArray(value))
        return undefined;
    if (method === 'trim')
        return { ...value, value: value.value.trim() };
    if (method === 'replace' || method === 'replaceAll') {
        const pattern = argTokens[0];
        const replacement = args[1];
        if (!replacement || Array.isArray(replacement) || !pattern)
            return undefined;
        const search = patternOf(pattern);
        if (!search)
            return undefined;
        try {
            return {
                value: value.value[method](search, replacement.value),
                dynamic: value.dynamic,
            };
        }
        catch {
            return undefined; // replaceAll with a non-global regex throws, as it would in the config
        }
    }
    return undefined;
}
/** The search argument of `.replace`: a literal regex or string, else unknown. */
function patternOf(token) {
    if (token.kind === 'string')
        return token.value;
    if (token.kind !== 'regex')
        return undefined;
    const match = /^\/(.*)\/([a-z]*)$/s.exec(token.text);
    if (!match)
        return undefined;
    try {
        return new RegExp(match[1] ?? '', match[2]);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
