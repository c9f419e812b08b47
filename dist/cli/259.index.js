export const id = 259;
export const ids = [259];
export const modules = {

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

/***/ 4259:
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
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(432);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/gates/kit/tool-report.ts + 1 modules
var tool_report = __webpack_require__(5930);
;// CONCATENATED MODULE: ./src/gates/typescript/parse.ts




/** `file(line,col): error TS1234: message`, as `tsc --pretty false` prints a diagnostic. */
const LOCATED = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) (TS\d+): (.*)$/;
/** A diagnostic without a file: the options or the tsconfig itself are wrong. */
const GLOBAL = /^(error|warning|suggestion|message) (TS\d+): (.*)$/;
/**
 * Parses `tsc --noEmit --pretty false` output. A chained message continues on indented
 * lines, which are joined to the diagnostic they belong to; other lines (tsc said something
 * else) are counted as `unparsed`. Pure and total.
 */
const parseTscOutput = ({ stdout }, paths) => {
    const findings = [];
    let unparsed = 0;
    for (const line of stdout.split('\n')) {
        const located = LOCATED.exec(line);
        const global = located ? null : GLOBAL.exec(line);
        const last = findings.at(-1);
        if (located) {
            const [, file = '', row = '', column = '', category, code = '', message = ''] = located;
            const where = (0,util_paths/* repoRelative */.N)(paths.root, paths.cwd, file);
            findings.push({
                rule: code,
                severity: (0,severity/* normalizeSeverity */.lv)(category, 'high'),
                message,
                ...(where ? { file: where, line: Number(row), column: Number(column) } : {}),
            });
        }
        else if (global) {
            const [, category, code = '', message = ''] = global;
            findings.push({ rule: code, severity: (0,severity/* normalizeSeverity */.lv)(category, 'high'), message });
        }
        else if (/^\s+\S/.test(line) && last) {
            last.message += `\n${line.trim()}`;
        }
        else if (line.trim()) {
            unparsed += 1;
        }
    }
    const scope = (0,tool_report/* filesScope */.WQ)(findings);
    return (0,result.ok)({ findings, ...(scope ? { scope } : {}), ...(unparsed ? { unparsed } : {}) });
};

;// CONCATENATED MODULE: ./src/gates/typescript/run.ts




/** tsc's exit statuses (TypeScript's ExitStatus): 3 means the project could not be loaded. */
const INVALID_PROJECT = 3;
/**
 * Type-check with the project's own TypeScript: `tsc --noEmit --pretty false -p <project>`.
 * Every diagnostic is a finding; tsc errors have no lower severity, so any fails the gate.
 */
function run({ options, dir }, context) {
    return (0,tool_gate/* runToolGate */.L)({
        invocation: {
            tool: 'tsc',
            ...(0,project_bin/* projectBin */.B)(context, dir, 'tsc'),
            args: ['--noEmit', '--pretty', 'false', '-p', options.project],
            cwd: dir,
        },
        parse: (output) => parseTscOutput(output, { root: context.root, cwd: external_node_path_default().resolve(context.root, dir) }),
        contradicts: (parsed, result) => incomplete(parsed, result, options.project),
        judgement: { failOn: options['fail-on'] },
    }, context);
}
/**
 * No diagnostic, only configuration errors, a project tsc could not load, or a run that a
 * signal ended (exit code null): the type check did not complete, so there is no verdict.
 */
function incomplete(parsed, result, project) {
    const findings = parsed.ok ? parsed.value.findings : [];
    const configOnly = findings.length > 0 && findings.every((f) => !f.file);
    const ran = result.exitCode === 0 ||
        (findings.length > 0 &&
            !configOnly &&
            result.exitCode !== null &&
            result.exitCode !== INVALID_PROJECT);
    if (ran)
        return undefined;
    const first = findings[0];
    const reason = result.exitCode === null
        ? 'did not finish'
        : first
            ? `could not check the project ${project}: ${first.rule}: ${first.message}`
            : parsed.ok && parsed.value.unparsed
                ? 'printed output that is not a diagnostic'
                : 'failed without a diagnostic';
    return { reason, keepFindings: true };
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
