export const id = 419;
export const ids = [419];
export const modules = {

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

/***/ 1419:
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
// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(6888);
// EXTERNAL MODULE: ./src/gates/project-bin.ts
var project_bin = __webpack_require__(9985);
// EXTERNAL MODULE: ./src/gates/tool.ts
var tool = __webpack_require__(6435);
// EXTERNAL MODULE: ./src/report/severity.ts
var severity = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
;// CONCATENATED MODULE: ./src/gates/typescript-diagnostics.ts


/** `file(line,col): error TS1234: message`, as `tsc --pretty false` prints a diagnostic. */
const LOCATED = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) (TS\d+): (.*)$/;
/** A diagnostic without a file: the options or the tsconfig itself are wrong. */
const GLOBAL = /^(error|warning|suggestion|message) (TS\d+): (.*)$/;
/**
 * Parses `tsc --noEmit --pretty false` output. A chained message continues on indented
 * lines, which are joined to the diagnostic they belong to. Pure and total.
 */
function parseTscOutput(output, paths) {
    const findings = [];
    const unparsed = [];
    for (const line of output.split('\n')) {
        const located = LOCATED.exec(line);
        const global = located ? null : GLOBAL.exec(line);
        const last = findings.at(-1);
        if (located) {
            const [, file = '', row = '', column = '', category, code = '', message = ''] = located;
            const where = (0,util_paths/* repoRelative */.N)(paths.root, paths.cwd, file);
            findings.push({
                rule: code,
                severity: (0,severity/* normalizeSeverity */.l)(category, 'high'),
                message,
                ...(where ? { file: where, line: Number(row), column: Number(column) } : {}),
            });
        }
        else if (global) {
            const [, category, code = '', message = ''] = global;
            findings.push({ rule: code, severity: (0,severity/* normalizeSeverity */.l)(category, 'high'), message });
        }
        else if (/^\s+\S/.test(line) && last) {
            last.message += `\n${line.trim()}`;
        }
        else if (line.trim()) {
            unparsed.push(line);
        }
    }
    return { findings, unparsed };
}

;// CONCATENATED MODULE: ./src/gates/typescript.ts






/** tsc's exit statuses (TypeScript's ExitStatus): 3 means the project could not be loaded. */
const INVALID_PROJECT = 3;
/**
 * Type-check with the project's own TypeScript: `tsc --noEmit --pretty false -p <project>`.
 * Every diagnostic is a finding; tsc errors have no lower severity, so any fails the gate.
 */
async function run({ options, dir }, context) {
    const result = await (0,tool/* runTool */.qI)(context, {
        tool: 'tsc',
        ...(0,project_bin/* projectBin */.B)(context, dir, 'tsc'),
        args: ['--noEmit', '--pretty', 'false', '-p', options.project],
        cwd: dir,
    });
    if (result.truncated)
        return (0,tool/* toolError */.$4)('tsc', 'its output was too large and was cut', result);
    const { findings, unparsed } = parseTscOutput(result.stdout, {
        root: context.root,
        cwd: external_node_path_default().resolve(context.root, dir),
    });
    if (result.exitCode === 0 && findings.length === 0) {
        return { status: 'pass', summary: 'no type errors' };
    }
    // No diagnostic, only configuration errors, or a project tsc could not load: the type
    // check did not run, so there is no verdict to give.
    const configOnly = findings.length > 0 && findings.every((f) => !f.file);
    const stopped = result.exitCode === null;
    if (findings.length === 0 || configOnly || stopped || result.exitCode === INVALID_PROJECT) {
        const first = findings[0];
        const reason = stopped
            ? 'was stopped before it finished'
            : first
                ? `could not check the project ${options.project}: ${first.rule}: ${first.message}`
                : unparsed.length
                    ? 'printed output that is not a diagnostic'
                    : 'failed without a diagnostic';
        return { ...(0,tool/* toolError */.$4)('tsc', reason, result), ...(first ? { findings } : {}) };
    }
    const files = new Set(findings.map((f) => f.file).filter(Boolean)).size;
    return (0,policy/* judgeFindings */.q)(findings, { failOn: 'high', scope: `in ${(0,util_text/* plural */.LS)(files, 'file')}` });
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


/***/ })

};
