export const id = 829;
export const ids = [829];
export const modules = {

/***/ 4829:
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
// EXTERNAL MODULE: ./src/gates/kit/project-bin.ts
var project_bin = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/gates/kit/tool.ts
var tool = __webpack_require__(8261);
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/severity.ts
var core_severity = __webpack_require__(432);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/gates/kit/json-fields.ts
var json_fields = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/gates/kit/tool-report.ts + 1 modules
var tool_report = __webpack_require__(5930);
;// CONCATENATED MODULE: ./src/gates/eslint/parse.ts






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
const parseEslintReport = ({ stdout }, paths) => {
    const json = (0,result/* parseJson */.q)(stdout);
    if (!json.ok)
        return json;
    const report = (0,json_fields/* checkShape */.eA)(reportSchema, json.value, 'ESLint JSON');
    if (!report.ok)
        return report;
    const findings = [];
    for (const file of report.value) {
        const where = (0,util_paths/* repoRelative */.N)(paths.root, paths.cwd, file.filePath);
        for (const message of file.messages) {
            const rule = message.ruleId ?? (message.fatal ? 'eslint/parse-error' : 'eslint/directive');
            const severity = message.fatal
                ? 'high'
                : (0,core_severity/* normalizeSeverity */.lv)(SEVERITY_WORDS[message.severity], 'info');
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
    const scope = (0,tool_report/* filesScope */.WQ)(findings);
    return (0,result.ok)(scope ? { findings, scope } : { findings });
};

;// CONCATENATED MODULE: ./src/gates/eslint/run.ts





/**
 * Lint with the project's own ESLint, version and config: `eslint -f json .` from the
 * project directory. Exit 0 and 1 carry a report; 2 is a config error or a crash.
 */
function run({ options, dir }, context) {
    return (0,tool_gate/* runToolGate */.L)({
        invocation: {
            tool: 'eslint',
            ...(0,project_bin/* projectBin */.B)(context, dir, 'eslint'),
            args: ['--format', 'json', '.'],
            cwd: dir,
        },
        reportingExits: { codes: [0, 1], otherwise: 'could not lint (a config error or a crash)' },
        parse: (output) => parseEslintReport(output, { root: context.root, cwd: external_node_path_default().resolve(context.root, dir) }),
        // Exit 1 means errors were found: a report without any is not one to trust.
        contradicts: (parsed, result) => parsed.ok &&
            result.exitCode === 1 &&
            !parsed.value.findings.some((f) => f.severity === 'high')
            ? `reported no errors but ended with ${(0,tool/* describeExit */.KE)(result)}`
            : undefined,
        judgement: { failOn: options['fail-on'] },
    }, context);
}


/***/ }),

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _util_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8251);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value) => typeof value === 'string' ? value : undefined;
/** A positive integer (a 1-based line or column), else undefined. */
const position = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
const list = (value) => (Array.isArray(value) ? value : []);
const strings = (value) => list(value).filter((item) => typeof item === 'string');
/**
 * `value` validated against `schema`, or an error naming `what` and the path of the first
 * field that does not fit ("unexpected npm audit report shape at vulnerabilities.a.via: …"),
 * which is what a user needs to tell a tool upgrade from a broken run.
 */
function checkShape(schema, value, what) {
    const checked = schema.safeParse(value);
    if (checked.success)
        return (0,_util_result_js__WEBPACK_IMPORTED_MODULE_0__.ok)(checked.data);
    const issue = checked.error.issues[0];
    return (0,_util_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unexpected ${what} shape at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'}`);
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

/***/ 9622:
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

/***/ 2397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runToolGate)
/* harmony export */ });
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8261);
/* harmony import */ var _tool_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5930);


/**
 * The one pipeline of every tool gate: run the tool (a missing one throws ToolMissingError),
 * then a run stopped or cut off, an exit that carries no report, output that is no report,
 * or a report the exit code contradicts is an `error`; otherwise waivers are applied and the
 * findings judged.
 */
async function runToolGate(gate, context) {
    const tool = gate.label ?? gate.invocation.tool;
    const result = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(context, gate.invocation);
    const unfinished = (0,_tool_report_js__WEBPACK_IMPORTED_MODULE_1__/* .unfinishedRun */ .zZ)(tool, result);
    if (unfinished)
        return unfinished;
    const exits = gate.reportingExits;
    if (exits && (result.exitCode === null || !exits.codes.includes(result.exitCode))) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolError */ .$4)(tool, exits.otherwise, result);
    }
    const parsed = gate.parse(result);
    const contradiction = gate.contradicts?.(parsed, result);
    if (typeof contradiction === 'string')
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolError */ .$4)(tool, contradiction, result);
    if (contradiction) {
        const findings = parsed.ok ? parsed.value.findings : [];
        return {
            ...(0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolError */ .$4)(tool, contradiction.reason, result),
            ...(findings.length > 0 ? { findings } : {}),
        };
    }
    return (0,_tool_report_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeToolReport */ .yk)(tool, result, parsed, { ...gate.judgement, today: context.now() });
}


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WQ: () => (/* binding */ filesScope),
  yk: () => (/* binding */ judgeToolReport),
  zZ: () => (/* binding */ unfinishedRun)
});

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/gates/kit/policy.ts
var policy = __webpack_require__(4077);
// EXTERNAL MODULE: ./src/gates/kit/tool.ts
var kit_tool = __webpack_require__(8261);
;// CONCATENATED MODULE: ./src/gates/kit/waivers.ts
/** Waivers that expire within this many days are called out before they lapse. */
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;
/** Ids are compared without case: advisories spell GHSA ids both ways, CVE ids upper-case. */
const matches = (waiver, finding) => {
    const id = waiver.id.toLowerCase();
    return (finding.rule.toLowerCase() === id ||
        (finding.aliases?.some((alias) => alias.toLowerCase() === id) ?? false));
};
/** Days from today (UTC) to the waiver's last day; NaN for a date that does not exist. */
function daysUntil(until, startOfToday) {
    const time = Date.parse(`${until}T00:00:00Z`);
    // Date.parse rolls 2026-02-30 over to March 2; a real date survives the round trip.
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== until)
        return NaN;
    return Math.round((time - startOfToday) / DAY_MS);
}
/**
 * Applies a gate's waivers to its findings; the one waiver policy for every gate with ids
 * (pip-audit, npm audit, bandit). A waived finding stays in the report, marked with why. A
 * waiver past its `until` date no longer applies and says so; one close to it warns; one that
 * matched nothing is pointed out so that stale entries get cleaned up.
 */
function applyWaivers(findings, waivers, today) {
    const notes = [];
    const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const active = [];
    for (const waiver of waivers) {
        const owner = waiver.owner ? `, owner ${waiver.owner}` : '';
        if (waiver.until) {
            const daysLeft = daysUntil(waiver.until, startOfToday);
            if (Number.isNaN(daysLeft)) {
                // An impossible date must not make a waiver eternal.
                notes.push({
                    text: `waiver for ${waiver.id} has an invalid until date ${waiver.until}: it does not apply`,
                    warn: true,
                });
                continue;
            }
            if (daysLeft < 0) {
                notes.push({
                    text: `waiver for ${waiver.id} expired on ${waiver.until}${owner}: it no longer applies`,
                    warn: true,
                });
                continue;
            }
            if (daysLeft <= EXPIRY_WARNING_DAYS) {
                const when = daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
                notes.push({
                    text: `waiver for ${waiver.id} expires ${when} (${waiver.until}${owner})`,
                    warn: true,
                });
            }
        }
        active.push(waiver);
    }
    const used = new Set();
    const result = findings.map((finding) => {
        const waiver = active.find((w) => matches(w, finding));
        if (!waiver)
            return finding;
        used.add(waiver);
        const details = [waiver.owner, waiver.until ? `until ${waiver.until}` : undefined]
            .filter(Boolean)
            .join(', ');
        return { ...finding, waived: details ? `${waiver.reason} (${details})` : waiver.reason };
    });
    for (const waiver of active) {
        if (!used.has(waiver))
            notes.push({ text: `waiver for ${waiver.id} matched no finding: remove it`, warn: false });
    }
    return { findings: result, notes };
}

;// CONCATENATED MODULE: ./src/gates/kit/tool-report.ts




/**
 * "in 3 files": how many distinct files the findings point at, for linters whose report
 * names only the files with problems. Undefined when none does.
 */
function filesScope(findings) {
    const files = new Set(findings.flatMap((f) => (f.file ? [f.file] : []))).size;
    return files > 0 ? `in ${(0,util_text/* plural */.LS)(files, 'file')}` : undefined;
}
/**
 * The `error` for a run that did not finish its report: stopped by its timeout or a
 * cancellation, or with output beyond the capture limit. Gates that read the exit code
 * themselves ask this first, so that a timeout is never described as the tool's own failure.
 */
function unfinishedRun(tool, result) {
    if (result.aborted)
        return (0,kit_tool/* toolError */.$4)(tool, 'stopped before it finished', result);
    if (result.truncated) {
        return (0,kit_tool/* toolError */.$4)(tool, 'output exceeded the capture limit, so the report is incomplete', result);
    }
    return undefined;
}
/** The `error` for a run whose output holds no report. */
function failureOutcome(tool, failure, result) {
    if (!failure.own)
        return (0,kit_tool/* toolError */.$4)(tool, failure.error, result);
    const { evidence } = failure.own;
    return {
        status: 'error',
        summary: `${tool}: ${failure.error}`,
        ...(evidence ? { evidence } : {}),
    };
}
/**
 * The shared tail of every tool gate: a run whose output was cut off or could not be parsed
 * is an `error` (never "0 issues"); otherwise waivers are applied and the findings judged.
 */
function judgeToolReport(tool, result, parsed, judgement) {
    const unfinished = unfinishedRun(tool, result);
    if (unfinished)
        return unfinished;
    if (!parsed.ok)
        return failureOutcome(tool, parsed, result);
    const report = parsed.value;
    const metrics = report.metrics ? { metrics: report.metrics } : {};
    if (report.nothingToCheck && report.findings.length === 0) {
        return { status: 'skip', summary: `not applicable: ${report.nothingToCheck}`, ...metrics };
    }
    const waived = applyWaivers(report.findings, judgement.waivers ?? [], judgement.today);
    return {
        ...(0,policy/* judgeFindings */.q)(waived.findings, {
            failOn: judgement.failOn,
            ...(report.scope ? { scope: report.scope } : {}),
            notes: [...(report.notes ?? []), ...waived.notes],
        }),
        ...metrics,
    };
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
