export const id = 105;
export const ids = [105];
export const modules = {

/***/ 5105:
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
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/gates/black/parse.ts



const WOULD_REFORMAT = /^would reformat (.+)$/;
const CANNOT_FORMAT = /^error: cannot format (.+?): (.*)$/;
const CANNOT_PARSE_AT = /Cannot parse[^:]*: (\d+):(\d+)/;
const NOTHING_TO_DO = /^No Python files are present to be formatted/;
const UNCHANGED = /(\d+) files? would be left unchanged/;
/** The closing tally black prints on every completed run (`1 file would be reformatted.`). */
const TALLY = /\d+ files? (?:would be (?:reformatted|left unchanged)|would fail to reformat)/;
const DIFF_FROM = /^--- (.+?)(?:\t.*)?$/;
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
/**
 * The lines of each file that black's unified diff changes, as spans in the numbering of the
 * file as committed (which is what a reviewer sees and what a pull request's diff numbers):
 * removed lines are those lines, and an insertion is placed on the line it comes before.
 * Hunk bodies are consumed by their declared lengths, so a removed line that itself starts
 * with "--- " is never taken for a file header. Keys are the diff's own paths.
 */
function changedSpans(diff) {
    const spans = new Map();
    let file;
    let line = 0;
    let oldLeft = 0;
    let newLeft = 0;
    let open;
    for (const text of diff.split('\n')) {
        if (oldLeft > 0 || newLeft > 0) {
            const mark = text[0];
            if (mark === '\\')
                continue; // "\ No newline at end of file"
            if (mark === '-' || mark === '+') {
                if (!open && file !== undefined) {
                    open = { line: Math.max(1, line), endLine: Math.max(1, line) };
                    spans.set(file, [...(spans.get(file) ?? []), open]);
                }
                if (mark === '-') {
                    if (open)
                        open.endLine = Math.max(open.line, line);
                    line += 1;
                    oldLeft -= 1;
                }
                else
                    newLeft -= 1;
            }
            else {
                open = undefined;
                line += 1;
                oldLeft -= 1;
                newLeft -= 1;
            }
            continue;
        }
        open = undefined;
        const hunk = HUNK.exec(text);
        if (hunk) {
            line = Number(hunk[1]);
            oldLeft = Number(hunk[2] ?? 1);
            newLeft = Number(hunk[3] ?? 1);
            continue;
        }
        const from = DIFF_FROM.exec(text);
        if (from)
            file = from[1];
    }
    return spans;
}
/**
 * Reads `black --check --diff`: the status lines on stderr name the files (`would reformat
 * x.py`, `error: cannot format x.py: …`), the diff on stdout gives each file's first changed
 * line. Pure and total; paths become repository-relative. Output that names no file and
 * carries neither black's closing tally nor its "no Python files" notice is not a black
 * report: it is an error, so that a wrapper that printed something else never reads as clean.
 */
const parseBlack = ({ stdout, stderr }, { root, cwd }) => {
    const where = (file) => (0,paths/* repoRelative */.N)(root, cwd, file);
    const changed = new Map();
    for (const [file, spans] of changedSpans(stdout)) {
        const relative = where(file);
        if (relative)
            changed.set(relative, spans);
    }
    const findings = [];
    let unchanged = 0;
    let nothing = false;
    let tallied = false;
    for (const text of stderr.split('\n')) {
        const reformat = WOULD_REFORMAT.exec(text);
        if (reformat?.[1] !== undefined) {
            const file = where(reformat[1]);
            const spans = file ? changed.get(file) : undefined;
            const line = spans?.[0]?.line;
            findings.push({
                rule: 'would-reformat',
                severity: 'low',
                message: `black would reformat this file${line ? ` (first change at line ${line})` : ''}`,
                ...(file ? { file } : {}),
                ...(line ? { line } : {}),
                ...(spans ? { spans } : {}),
                hint: 'run black on it and commit the result',
            });
            continue;
        }
        const cannot = CANNOT_FORMAT.exec(text);
        if (cannot?.[1] !== undefined) {
            const file = where(cannot[1]);
            const at = CANNOT_PARSE_AT.exec(cannot[2] ?? '');
            findings.push({
                rule: 'cannot-format',
                severity: 'high',
                message: `black cannot format this file: ${cannot[2] ?? ''}`,
                ...(file ? { file } : {}),
                ...(at && Number(at[1]) > 0 ? { line: Number(at[1]) } : {}),
                ...(at && Number(at[2]) > 0 ? { column: Number(at[2]) } : {}),
            });
            continue;
        }
        unchanged = Number(UNCHANGED.exec(text)?.[1] ?? unchanged);
        nothing ||= NOTHING_TO_DO.test(text);
        tallied ||= TALLY.test(text);
    }
    if (findings.length === 0 && !tallied && !nothing) {
        return (0,result/* fail */.f)('no black report in its output (neither a file nor the closing tally)');
    }
    const files = unchanged + findings.length;
    return (0,result.ok)({
        findings,
        scope: `${(0,util_text/* plural */.LS)(files, 'file')} checked`,
        metrics: { files, wouldReformat: findings.filter((f) => f.rule === 'would-reformat').length },
        ...(nothing ? { nothingToCheck: 'no Python files to check' } : {}),
    });
};

;// CONCATENATED MODULE: ./src/gates/black/run.ts



/**
 * "Code formatting (black)": `black --check --diff .` in the Python project. black's own
 * configuration (pyproject.toml) and default excludes (venvs, build dirs, .gitignore) apply.
 * Every file it would change fails the gate, with the first line it would change.
 */
function run({ options, dir }, context) {
    return (0,tool_gate/* runToolGate */.L)({
        invocation: {
            tool: 'black',
            command: 'black',
            args: ['--check', '--diff', '.'],
            cwd: dir,
            installHint: 'pip install black (or apt-get install black)',
        },
        // 0 all formatted, 1 some would be reformatted, 123 some could not be.
        reportingExits: { codes: [0, 1, 123], otherwise: 'did not finish its check' },
        parse: (output) => parseBlack(output, { root: context.root, cwd: external_node_path_default().resolve(context.root, dir) }),
        contradicts: (parsed, result) => result.exitCode !== 0 && (!parsed.ok || parsed.value.findings.length === 0)
            ? 'failed without naming a file'
            : undefined,
        judgement: { failOn: options['fail-on'] },
    }, context);
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
