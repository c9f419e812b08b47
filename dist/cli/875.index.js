export const id = 875;
export const ids = [875];
export const modules = {

/***/ 6643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ isParseFailure),
/* harmony export */   WH: () => (/* binding */ parseStatic),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   rS: () => (/* binding */ syntaxOf),
/* harmony export */   xT: () => (/* binding */ keyName)
/* harmony export */ });
/* unused harmony exports DYNAMIC_PART, StaticModule, isFunction */
/* harmony import */ var _babel_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6411);

/**
 * Reads values out of JavaScript, TypeScript and JSON config files without running them:
 * the file is parsed by a real parser (Babel's, which also reads TypeScript), and a small
 * evaluator follows the expressions configs build values from (literals, templates, `+`,
 * arrays and objects with spreads, `[…].join(…)`, `.trim()`, `.replace(…)`, and constants
 * in scope). Shipgate must never execute a project's config (it is untrusted code on a pull
 * request), so anything else is "unknown" rather than guessed. Parsing is linear in the size
 * of the file, evaluation in the size of what it follows. Pure and total.
 */
/** Stand-in for a part of a string whose value exists only at run time. */
const DYNAMIC_PART = '${…}';
/** How deep the evaluator follows nested values and constants before it calls them unknown. */
const MAX_DEPTH = 64;
function syntaxOf(file) {
    if (/\.json$/i.test(file))
        return 'json';
    return /\.[cm]?tsx?$/i.test(file) ? 'typescript' : 'javascript';
}
/**
 * One parsed source file and what can be read from it statically. `parseStatic` builds it;
 * a file that does not parse (a syntax error, or nesting deeper than the parser's stack) is
 * a `ParseFailure` instead.
 */
class StaticModule {
    root;
    /** Built on the first name to resolve: most files never need it. */
    #parents;
    constructor(root) {
        this.root = root;
    }
    #parentOf(node) {
        if (!this.#parents) {
            const parents = new Map();
            for (const parent of descendants(this.root)) {
                for (const child of children(parent))
                    parents.set(child, parent);
            }
            this.#parents = parents;
        }
        return this.#parents.get(node);
    }
    /** Every node of the file, parents before children. */
    nodes() {
        return descendants(this.root);
    }
    /** The value an expression evaluates to, as far as that is knowable without running it. */
    evaluate(node, depth = 0) {
        const at = positionOf(node);
        if (depth > MAX_DEPTH)
            return { kind: 'unknown', at };
        const next = depth + 1;
        switch (node.type) {
            case 'StringLiteral':
                return { kind: 'string', value: node.value, dynamic: false, at };
            case 'NumericLiteral':
                return { kind: 'string', value: String(node.value), dynamic: false, at };
            case 'TemplateLiteral':
                return this.#template(node, next);
            case 'BinaryExpression':
                return node.operator === '+' ? this.#concat(node, next) : { kind: 'unknown', at };
            case 'ArrayExpression':
                return this.#array(node, next);
            case 'ObjectExpression':
                return this.#object(node, next);
            case 'Identifier':
                return this.#identifier(node, next);
            case 'CallExpression':
                return this.#call(node, next);
            case 'ArrowFunctionExpression':
            case 'FunctionExpression':
                return { kind: 'function', node, at };
            case 'TSAsExpression':
            case 'TSSatisfiesExpression':
            case 'TSNonNullExpression':
            case 'TSTypeAssertion':
            case 'ParenthesizedExpression':
                // Types and parentheses do not change what a config returns.
                return this.evaluate(node.expression, next);
            case 'AwaitExpression':
                return this.evaluate(node.argument, next);
            default:
                return { kind: 'unknown', at };
        }
    }
    /**
     * The values a function returns: its expression body, or the argument of each `return`
     * in its own body (not in functions nested inside it).
     */
    returns(fn, depth = 0) {
        if (fn.body.type !== 'BlockStatement')
            return [this.evaluate(fn.body, depth + 1)];
        const values = [];
        const pending = [fn.body];
        for (let node = pending.pop(); node; node = pending.pop()) {
            if (node.type === 'ReturnStatement') {
                values.push(node.argument
                    ? this.evaluate(node.argument, depth + 1)
                    : { kind: 'unknown', at: positionOf(node) });
                continue;
            }
            if (node !== fn.body && isFunction(node))
                continue;
            pending.push(...children(node).reverse());
        }
        return values;
    }
    #template(node, depth) {
        let value = '';
        let dynamic = false;
        node.quasis.forEach((quasi, index) => {
            value += quasi.value.cooked ?? quasi.value.raw;
            const expression = node.expressions[index];
            if (!expression)
                return;
            const part = this.evaluate(expression, depth);
            if (part.kind === 'string') {
                value += part.value;
                dynamic ||= part.dynamic;
            }
            else {
                value += DYNAMIC_PART;
                dynamic = true;
            }
        });
        return { kind: 'string', value, dynamic, at: positionOf(node) };
    }
    #concat(node, depth) {
        const left = this.evaluate(node.left, depth);
        const right = this.evaluate(node.right, depth);
        if (left.kind !== 'string' || right.kind !== 'string') {
            return { kind: 'unknown', at: positionOf(node) };
        }
        return {
            kind: 'string',
            value: left.value + right.value,
            dynamic: left.dynamic || right.dynamic,
            at: positionOf(node),
        };
    }
    #array(node, depth) {
        const items = [];
        for (const element of node.elements) {
            if (!element)
                continue;
            if (element.type === 'SpreadElement') {
                const spread = this.evaluate(element.argument, depth);
                if (spread.kind === 'array')
                    items.push(...spread.items);
                else
                    items.push({ kind: 'unknown', at: positionOf(element) });
            }
            else {
                items.push(this.evaluate(element, depth));
            }
        }
        return { kind: 'array', items, at: positionOf(node) };
    }
    #object(node, depth) {
        const properties = new Map();
        for (const property of node.properties) {
            if (property.type === 'SpreadElement') {
                const spread = this.evaluate(property.argument, depth);
                if (spread.kind === 'object') {
                    for (const [name, value] of spread.properties)
                        properties.set(name, value);
                }
                continue;
            }
            const name = keyName(property);
            if (name === undefined)
                continue;
            const key = positionOf(property.key);
            if (property.type === 'ObjectMethod') {
                properties.set(name, { value: { kind: 'function', node: property, at: key }, key });
            }
            else {
                properties.set(name, { value: this.evaluate(property.value, depth), key });
            }
        }
        return { kind: 'object', properties, at: positionOf(node) };
    }
    #identifier(node, depth) {
        const declared = this.#resolve(node);
        if (!declared)
            return { kind: 'unknown', at: positionOf(node) };
        if (declared.type === 'FunctionDeclaration') {
            return { kind: 'function', node: declared, at: positionOf(declared) };
        }
        return this.evaluate(declared, depth);
    }
    /**
     * What a name refers to: the initialiser of the nearest `const`/`let`/`var` of that name
     * in an enclosing block (or a function declaration). A parameter or anything else of that
     * name in between shadows it, so the value is unknown.
     */
    #resolve(reference) {
        for (let scope = this.#parentOf(reference); scope; scope = this.#parentOf(scope)) {
            if (isFunction(scope) && scope.params.some((param) => bindsName(param, reference.name))) {
                return undefined;
            }
            const body = scope.type === 'Program' || scope.type === 'BlockStatement' ? scope.body : undefined;
            for (const statement of body ?? []) {
                const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
                if (declaration?.type === 'VariableDeclaration') {
                    for (const declarator of declaration.declarations) {
                        if (declarator.id.type === 'Identifier' && declarator.id.name === reference.name) {
                            return declarator.init ?? undefined;
                        }
                    }
                }
                if (declaration?.type === 'FunctionDeclaration' &&
                    declaration.id?.name === reference.name) {
                    return declaration;
                }
            }
        }
        return undefined;
    }
    #call(node, depth) {
        const at = positionOf(node);
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed)
            return { kind: 'unknown', at };
        if (callee.property.type !== 'Identifier')
            return { kind: 'unknown', at };
        const receiver = this.evaluate(callee.object, depth);
        const args = node.arguments.map((arg) => arg);
        const method = callee.property.name;
        if (receiver.kind === 'array' && method === 'join') {
            const separator = args[0] ? this.evaluate(args[0], depth) : undefined;
            if (separator && separator.kind !== 'string')
                return { kind: 'unknown', at };
            if (!receiver.items.every((item) => item.kind === 'string'))
                return { kind: 'unknown', at };
            return {
                kind: 'string',
                value: receiver.items.map((item) => item.value).join(separator?.value ?? ','),
                dynamic: receiver.items.some((item) => item.dynamic) || (separator?.dynamic ?? false),
                at,
            };
        }
        if (receiver.kind !== 'string')
            return { kind: 'unknown', at };
        if (method === 'trim')
            return { ...receiver, value: receiver.value.trim(), at };
        if ((method === 'replace' || method === 'replaceAll') && args[0] && args[1]) {
            const search = this.#pattern(args[0], depth);
            const replacement = this.evaluate(args[1], depth);
            if (search === undefined || replacement.kind !== 'string')
                return { kind: 'unknown', at };
            try {
                const value = receiver.value[method](search, replacement.value);
                return { ...receiver, value, dynamic: receiver.dynamic || replacement.dynamic, at };
            }
            catch {
                return { kind: 'unknown', at }; // replaceAll with a non-global regex throws, as it would in the config
            }
        }
        return { kind: 'unknown', at };
    }
    /** The search argument of `.replace`: a regex literal or a static string, else unknown. */
    #pattern(node, depth) {
        if (node.type === 'RegExpLiteral') {
            try {
                return new RegExp(node.pattern, node.flags);
            }
            catch {
                return undefined;
            }
        }
        const value = this.evaluate(node, depth);
        return value.kind === 'string' && !value.dynamic ? value.value : undefined;
    }
}
/** Parses a config file by its syntax; a file that does not parse is a `ParseFailure`. */
function parseStatic(text, syntax) {
    try {
        if (syntax === 'json') {
            JSON.parse(text); // the file must be JSON, not merely a JavaScript expression
            return new StaticModule((0,_babel_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseExpression */ .YK)(text, { errorRecovery: false }));
        }
        const file = (0,_babel_parser__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            sourceType: 'unambiguous',
            plugins: syntax === 'typescript' ? ['typescript'] : ['jsx'],
            errorRecovery: false,
            allowReturnOutsideFunction: true,
        });
        return new StaticModule(file.program);
    }
    catch (error) {
        return failureOf(error, text);
    }
}
function failureOf(error, text) {
    if (error instanceof RangeError) {
        return { message: 'it nests deeper than Shipgate reads', at: { line: 1, column: 1 } };
    }
    const loc = error.loc;
    const reason = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : 'unknown';
    if (loc)
        return { message: reason, at: { line: loc.line, column: loc.column + 1 } };
    // JSON.parse reports an offset ("at position 12"), not a line.
    const offset = /position (\d+)/.exec(reason)?.[1];
    return {
        message: reason,
        at: offset ? positionAtOffset(text, Number(offset)) : { line: 1, column: 1 },
    };
}
function positionAtOffset(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
const isParseFailure = (value) => !(value instanceof StaticModule);
function positionOf(node) {
    const start = node.loc?.start;
    return start ? { line: start.line, column: start.column + 1 } : { line: 1, column: 1 };
}
/** The static name of an object key (`a`, `'a'`, `1`), or undefined for a computed one. */
function keyName(property) {
    const key = property.key;
    if (property.computed)
        return key.type === 'StringLiteral' ? key.value : undefined;
    if (key.type === 'Identifier')
        return key.name;
    if (key.type === 'StringLiteral')
        return key.value;
    if (key.type === 'NumericLiteral')
        return String(key.value);
    return undefined;
}
function isFunction(node) {
    return (node.type === 'ArrowFunctionExpression' ||
        node.type === 'FunctionExpression' ||
        node.type === 'FunctionDeclaration' ||
        node.type === 'ObjectMethod');
}
function bindsName(pattern, name) {
    return [...descendants(pattern)].some((node) => node.type === 'Identifier' && node.name === name);
}
/** Keys of a Babel node that never hold child nodes. */
const NOT_CHILDREN = new Set([
    'type',
    'start',
    'end',
    'loc',
    'range',
    'extra',
    'leadingComments',
    'trailingComments',
    'innerComments',
]);
/** A node's child nodes, in source order. */
function children(node) {
    const found = [];
    for (const key in node) {
        if (NOT_CHILDREN.has(key))
            continue;
        const value = node[key];
        if (Array.isArray(value)) {
            for (const item of value)
                if (isNode(item))
                    found.push(item);
        }
        else if (isNode(value)) {
            found.push(value);
        }
    }
    return found;
}
/** A tree walk without recursion, so that a deeply nested file cannot exhaust the stack. */
function* descendants(root) {
    const pending = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
        yield node;
        const below = children(node);
        for (let i = below.length - 1; i >= 0; i--)
            pending.push(below[i]);
    }
}
function isNode(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.type === 'string');
}


/***/ }),

/***/ 4077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ judgeFindings)
/* harmony export */ });
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(432);


/**
 * The status and one-line summary for a list of findings: `fail` when any unwaived finding
 * reaches `failOn`, `warn` when only lower ones remain, `pass` when none do. Waived findings
 * are counted but never judged.
 */
function judgeFindings(findings, policy) {
    const active = findings.filter((f) => !f.waived);
    const waived = findings.length - active.length;
    const counts = _core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, active.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const notes = policy.notes ?? [];
    const judged = (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(findings, { failOn: policy.failOn });
    const failing = judged === 'fail';
    const status = judged === 'pass' && notes.some((n) => n.warn) ? 'warn' : judged;
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
