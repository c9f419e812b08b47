export const id = 148;
export const ids = [148];
export const modules = {

/***/ 5148:
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
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
;// CONCATENATED MODULE: ./src/gates/eslint-report.ts




const messageSchema = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP().nullish(),
    severity: schemas/* number */.aig(),
    message: schemas/* string */.YjP(),
    fatal: schemas/* boolean */.zMY().optional(),
    line: schemas/* number */.aig().int().optional(),
    column: schemas/* number */.aig().int().optional(),
    endLine: schemas/* number */.aig().int().optional(),
    endColumn: schemas/* number */.aig().int().optional(),
});
const reportSchema = schemas/* array */.YOg(schemas/* object */.Ikc({ filePath: schemas/* string */.YjP(), messages: schemas/* array */.YOg(messageSchema) }));
/** ESLint's numeric severities in the words of the shared severity table. */
const SEVERITY_WORDS = { 1: 'warning', 2: 'error' };
const positive = (n) => (n !== undefined && n > 0 ? n : undefined);
/**
 * Parses `eslint -f json`: every message becomes a finding with its rule, file and range.
 * A message without a rule is ESLint's own: a fatal one is a parse error, the others are
 * about eslint-disable comments. Pure and total.
 */
function parseEslintReport(stdout, paths) {
    const json = (0,result/* parseJson */.q)(stdout);
    if (!json.ok)
        return json;
    const report = reportSchema.safeParse(json.value);
    if (!report.success) {
        const issue = report.error.issues[0];
        return (0,result/* fail */.f)(`unexpected ESLint JSON shape at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'}`);
    }
    const findings = [];
    for (const file of report.data) {
        const where = (0,util_paths/* repoRelative */.N)(paths.root, paths.cwd, file.filePath);
        for (const message of file.messages) {
            const rule = message.ruleId ?? (message.fatal ? 'eslint/parse-error' : 'eslint/directive');
            const severity = message.fatal
                ? 'high'
                : (0,report_severity/* normalizeSeverity */.l)(SEVERITY_WORDS[message.severity], 'info');
            const position = {
                line: positive(message.line),
                column: positive(message.column),
                endLine: positive(message.endLine),
                endColumn: positive(message.endColumn),
            };
            findings.push({
                rule,
                severity,
                message: message.message,
                ...(where ? { file: where } : {}),
                ...Object.fromEntries(Object.entries(position).filter(([, v]) => v !== undefined)),
            });
        }
    }
    return (0,result.ok)(findings);
}

// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(6888);
// EXTERNAL MODULE: ./src/gates/project-bin.ts
var project_bin = __webpack_require__(9985);
// EXTERNAL MODULE: ./src/gates/tool.ts
var tool = __webpack_require__(6435);
;// CONCATENATED MODULE: ./src/gates/eslint.ts






/**
 * Lint with the project's own ESLint, version and config: `eslint -f json .` from the
 * project directory. Exit 0 and 1 carry a report; 2 is a config error or a crash.
 */
async function run({ options, dir }, context) {
    const result = await (0,tool/* runTool */.qI)(context, {
        tool: 'eslint',
        ...(0,project_bin/* projectBin */.B)(context, dir, 'eslint'),
        args: ['--format', 'json', '.'],
        cwd: dir,
    });
    if (result.exitCode !== 0 && result.exitCode !== 1) {
        return (0,tool/* toolError */.$4)('eslint', 'could not lint (a config error or a crash)', result);
    }
    if (result.truncated)
        return (0,tool/* toolError */.$4)('eslint', 'its report was too large and was cut', result);
    const parsed = parseEslintReport(result.stdout, {
        root: context.root,
        cwd: external_node_path_default().resolve(context.root, dir),
    });
    if (!parsed.ok)
        return (0,tool/* toolError */.$4)('eslint', parsed.error, result);
    // Exit 1 means errors were found: a report without any is not one to trust.
    if (result.exitCode === 1 && !parsed.value.some((f) => f.severity === 'high')) {
        return (0,tool/* toolError */.$4)('eslint', `reported no errors but ended with ${(0,tool/* describeExit */.KE)(result)}`, result);
    }
    const files = new Set(parsed.value.map((f) => f.file)).size;
    return (0,policy/* judgeFindings */.q)(parsed.value, {
        failOn: options['fail-on'],
        ...(files ? { scope: `in ${(0,util_text/* plural */.LS)(files, 'file')}` } : {}),
    });
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

/***/ 9985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ projectBin)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

// ncc's asset relocator rewrites path expressions with a literal 'node_modules' segment into
// paths inside dist/; built at run time, this one stays the project's own.
const BIN_DIR = ['node_modules', '.bin'].join((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep));
/**
 * A tool the Node project installs itself (ESLint, tsc): its own version and config are the
 * ones that count, so Shipgate runs node_modules/.bin/<name> from the project, never a copy
 * of its own. When it is missing, the fix is to install the project's dependencies.
 */
function projectBin(context, dir, name) {
    return {
        command: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.root, dir), BIN_DIR, name),
        installHint: `install the project's dependencies first: run npm ci in ${dir}`,
    };
}


/***/ }),

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ normalizeSeverity),
/* harmony export */   u: () => (/* binding */ ruleSeverity)
/* harmony export */ });
/**
 * The one table that maps every tool's own severity words onto Shipgate's scale.
 * Keys are lower-case; add a tool's vocabulary here rather than mapping inside a gate.
 */
const SEVERITY_ALIASES = {
    critical: 'critical', // also Django's CRITICAL level
    high: 'high',
    error: 'high', // eslint 2, tsc "error", SARIF "error", Django ERROR
    medium: 'medium',
    moderate: 'medium', // npm audit, GitHub advisories
    warning: 'medium', // eslint 1, SARIF "warning", Django WARNING
    low: 'low',
    note: 'low', // SARIF "note"
    info: 'info', // also Django INFO
    informational: 'info',
    debug: 'info', // Django DEBUG
    undefined: 'info', // bandit's UNDEFINED severity
    none: 'info',
};
/** A tool's severity word in Shipgate's scale, or `fallback` when the word is unknown. */
function normalizeSeverity(raw, fallback) {
    if (!raw)
        return fallback;
    return SEVERITY_ALIASES[raw.trim().toLowerCase()] ?? fallback;
}
/**
 * Severities by rule id for tools that give none of their own (flake8) or whose level word
 * understates a rule (Django). Prefixes, longest match wins.
 *
 * flake8: E9 (syntax and I/O errors), F63 (invalid comparisons), F7 (statements outside
 * their block) and F82 (undefined names) are the codes GitHub's Python starter workflow
 * treats as "errors that stop the build": code that cannot run. Other pyflakes codes
 * (unused imports and variables) are likely bugs; pycodestyle and mccabe codes are style.
 *
 * Django: DEBUG = True in production (security.W018) exposes settings and tracebacks to
 * anyone, so it is critical although Django reports it as a warning.
 */
const RULE_SEVERITIES = {
    flake8: {
        E9: 'high',
        F63: 'high',
        F7: 'high',
        F82: 'high',
        F: 'medium',
        E: 'low',
        W: 'low',
        C: 'low',
    },
    django: {
        'security.W018': 'critical',
    },
};
/** The severity the table gives `rule` of `tool`, or `fallback` when no prefix matches. */
function ruleSeverity(tool, rule, fallback) {
    const table = RULE_SEVERITIES[tool];
    if (!table)
        return fallback;
    let best;
    for (const prefix of Object.keys(table)) {
        if (rule.startsWith(prefix) && prefix.length > (best?.length ?? -1))
            best = prefix;
    }
    return best === undefined ? fallback : (table[best] ?? fallback);
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ repoRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A tool's file path made relative to the repository root with forward slashes, as
 * annotations and SARIF need it. Undefined when the file lies outside the repository,
 * so that nothing annotates a path GitHub cannot show.
 */
function repoRelative(root, cwd, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolute);
    if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative))
        return undefined;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ }),

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/**
 * JSON.parse that never throws: invalid or truncated JSON becomes an error naming the
 * offset and a short excerpt of the text around it.
 */
function parseJson(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return fail('no output (expected JSON)');
    try {
        return ok(JSON.parse(trimmed));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
        const at = Number.isFinite(offset) ? offset : Math.max(0, trimmed.length - 60);
        const excerpt = trimmed.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
        const where = Number.isFinite(offset)
            ? `at offset ${offset}`
            : `near the end (${trimmed.length} chars)`;
        return fail(`invalid JSON ${where}: …${excerpt}…`);
    }
}


/***/ })

};
