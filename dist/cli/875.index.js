export const id = 875;
export const ids = [875];
export const modules = {

/***/ 6643:
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


/***/ }),

/***/ 4077:
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
    const failing = active.some((f) => (0,_report_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(f.severity, policy.failOn));
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

/***/ 1101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ PYTHON_EXCLUDED_DIRS)
/* harmony export */ });
/**
 * Directories no Python gate should look into: virtual environments, installed packages,
 * caches and front-end dependencies. A venv inside the project would otherwise drown the
 * report in third-party code.
 */
const PYTHON_EXCLUDED_DIRS = [
    '.git',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '__pycache__',
    'site-packages',
    'node_modules',
    '.mypy_cache',
];


/***/ }),

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ readProjectText),
/* harmony export */   c$: () => (/* binding */ listRepoFiles),
/* harmony export */   ic: () => (/* binding */ readFirstProjectFile),
/* harmony export */   pg: () => (/* binding */ repoJoin)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _python_excludes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1101);




/** Directories a tree walk never enters: dependencies, environments, caches, build output. */
const WALK_SKIPPED = new Set([..._python_excludes_js__WEBPACK_IMPORTED_MODULE_3__/* .PYTHON_EXCLUDED_DIRS */ .h, '.next']);
/**
 * The files a scan should read: what git tracks or would add (ignored files are left out, as
 * they are never pushed), or, when the root is not a git work tree or git is absent, every
 * file under it except dependency and environment directories.
 */
async function listRepoFiles(context) {
    // Tracked files plus untracked ones that are not ignored: what `git add -A` would commit,
    // so that a local run also sees the file about to be committed.
    const listed = await context.exec('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: context.root });
    if (listed.exitCode === 0 && !listed.truncated) {
        return { files: listed.stdout.split('\0').filter(Boolean), source: 'git' };
    }
    return { files: await walk(context.root, '', context.signal), source: 'walk' };
}
async function walk(root, dir, signal) {
    if (signal.aborted)
        return [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const relative = dir ? `${dir}/${entry.name}` : entry.name;
        // Symbolic links are not followed: they can loop, or lead out of the repository.
        if (entry.isFile())
            files.push(relative);
        else if (entry.isDirectory() && !WALK_SKIPPED.has(entry.name)) {
            files.push(...(await walk(root, relative, signal)));
        }
    }
    return files;
}
/**
 * A project file (requirements, settings, lockfile, config) as text, normalised like tool
 * output (BOM dropped, CRLF to LF, bad bytes to U+FFFD) so that line numbers and values read
 * from it match on every platform. Undefined when it cannot be read: the caller decides
 * whether a missing file matters.
 */
function readProjectText(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).then(_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeOutput */ .Zy, () => undefined);
}
/** `name` in the project directory `dir`, as a repository-relative path. */
const repoJoin = (dir, name) => dir === '.' ? name : `${dir}/${name}`;
/** The first of `names` that exists in the project directory `dir`, in the order given. */
async function readFirstProjectFile(root, dir, names) {
    for (const name of names) {
        const text = await readProjectText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir, name));
        if (text !== undefined)
            return { path: repoJoin(dir, name), text };
    }
    return undefined;
}


/***/ })

};
