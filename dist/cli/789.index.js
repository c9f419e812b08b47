export const id = 789;
export const ids = [789];
export const modules = {

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

/***/ 4789:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/severity.ts
var core_severity = __webpack_require__(432);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/gates/kit/json-fields.ts
var json_fields = __webpack_require__(6891);
;// CONCATENATED MODULE: ./src/gates/npm-audit/parse.ts




/**
 * The parser of `npm audit --json` (report version 2, npm 7 and later; the shape is built
 * by npm/cli workspaces/arborist/lib/audit-report.js). Pure and total.
 */
const advisorySchema = schemas/* object */.Ikc({
    source: schemas/* number */.aig(),
    name: schemas/* string */.YjP(),
    dependency: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP(),
    url: schemas/* string */.YjP(),
    severity: schemas/* string */.YjP(),
    range: schemas/* string */.YjP(),
});
const fixSchema = schemas/* union */.KCZ([
    schemas/* boolean */.zMY(),
    schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP(), isSemVerMajor: schemas/* boolean */.zMY().optional() }),
]);
const vulnerabilitySchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    isDirect: schemas/* boolean */.zMY().optional(),
    // A string names another vulnerable package this one is vulnerable through.
    via: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), advisorySchema])),
    effects: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    nodes: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    fixAvailable: fixSchema.optional(),
});
const reportSchema = schemas/* object */.Ikc({
    auditReportVersion: schemas/* literal */.euz(2),
    vulnerabilities: schemas/* record */.g1P(schemas/* string */.YjP(), vulnerabilitySchema),
    metadata: schemas/* object */.Ikc({ dependencies: schemas/* object */.Ikc({ total: schemas/* number */.aig() }).partial().optional() })
        .optional(),
});
/** npm's own failure, printed as JSON on stdout instead of a report. */
const npmErrorSchema = schemas/* object */.Ikc({
    error: schemas/* object */.Ikc({
        code: schemas/* string */.YjP().nullish(),
        summary: schemas/* string */.YjP().nullish(),
        detail: schemas/* string */.YjP().nullish(),
    }),
});
/** A failed request to the advisory endpoint (npm's utils/audit-error.js). */
const registryErrorSchema = schemas/* object */.Ikc({
    message: schemas/* string */.YjP(),
    statusCode: schemas/* number */.aig().nullish(),
    uri: schemas/* string */.YjP().nullish(),
});
const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;
const MAX_PATHS = 3;
/**
 * Parses npm audit's stdout: a report becomes one finding per advisory and vulnerable
 * package (the GHSA id is the rule); npm's own error envelope is a failure in npm's words,
 * a failed advisory request one naming the registry's answer, and anything else (garbage,
 * truncated JSON, the npm 6 report shape) a failure naming the cause.
 */
const parseNpmAudit = ({ stdout }, { dir, lockfile }) => {
    const json = (0,result/* parseJson */.q)(stdout);
    if (!json.ok)
        return json;
    // A failed advisory request carries both shapes (with an empty `error`); its status wins.
    const registryError = registryErrorSchema.safeParse(json.value);
    if (registryError.success && !('auditReportVersion' in json.value)) {
        const { statusCode, message } = registryError.data;
        const status = statusCode ? ` answered ${statusCode}` : ' failed';
        return (0,result/* fail */.f)(`the registry's advisory endpoint${status}: ${message}`);
    }
    const npmError = npmErrorSchema.safeParse(json.value);
    if (npmError.success) {
        const { code, summary, detail } = npmError.data.error;
        const hint = code === 'ENOLOCK'
            ? `commit a lockfile: run npm i --package-lock-only in ${dir}`
            : (detail ?? '').split('\n')[0];
        return {
            ok: false,
            error: `${code ?? 'unknown error'}: ${summary ?? ''}${hint ? ` (${hint})` : ''}`,
            own: detail ? { evidence: detail } : {},
        };
    }
    const version = json.value?.auditReportVersion;
    if (version !== undefined && version !== 2) {
        return (0,result/* fail */.f)(`unsupported npm audit report version ${JSON.stringify(version)} (Shipgate reads version 2, npm 7 and later)`);
    }
    const report = (0,json_fields/* checkShape */.eA)(reportSchema, json.value, 'npm audit report');
    if (!report.ok)
        return report;
    const findings = advisoryFindings(report.value.vulnerabilities, lockfile);
    const dependencies = report.value.metadata?.dependencies?.total;
    return (0,result.ok)(dependencies === undefined
        ? { findings }
        : { findings, scope: `${dependencies} dependencies audited`, metrics: { dependencies } });
};
function advisoryFindings(vulnerabilities, lockfile) {
    const findings = [];
    const lines = lockfile ? lockfileLines(lockfile.text) : undefined;
    for (const name of Object.keys(vulnerabilities).sort()) {
        const vulnerability = vulnerabilities[name];
        if (!vulnerability)
            continue;
        // One advisory can come back once per vulnerable range; the reader wants it once.
        const byRule = new Map();
        for (const via of vulnerability.via) {
            if (typeof via === 'string')
                continue;
            const rule = GHSA.exec(via.url)?.[0] ?? `npm-advisory-${via.source}`;
            const severity = (0,core_severity/* normalizeSeverity */.lv)(via.severity, 'high');
            const seen = byRule.get(rule);
            if (!seen) {
                byRule.set(rule, { advisory: via, ranges: [via.range], severity });
                continue;
            }
            if (!seen.ranges.includes(via.range))
                seen.ranges.push(via.range);
            seen.severity = (0,core_severity/* moreSevere */._q)(seen.severity, severity);
        }
        for (const [rule, { advisory, ranges, severity }] of byRule) {
            const node = vulnerability.nodes[0];
            const line = node === undefined ? undefined : lines?.get(node);
            findings.push({
                rule,
                severity,
                message: `${advisory.title}: ${name} ${ranges.join(' || ')} (${describePaths(vulnerability)})`,
                url: advisory.url,
                hint: fixHint(vulnerability.fixAvailable),
                subject: name,
                ...(lockfile ? { file: lockfile.path } : {}),
                ...(line ? { line } : {}),
            });
        }
    }
    return findings;
}
/** "node_modules/a/node_modules/b" → "a > b": how the vulnerable copy got into the tree. */
function describePaths(vulnerability) {
    const paths = vulnerability.nodes.map((node) => node
        .split(/(?:^|\/)node_modules\//)
        .filter(Boolean)
        .join(' > '));
    const shown = paths.slice(0, MAX_PATHS).join(', ');
    const more = paths.length > MAX_PATHS ? ` and ${paths.length - MAX_PATHS} more` : '';
    const through = vulnerability.effects.length
        ? `; affects ${vulnerability.effects.join(', ')}`
        : '';
    return `${paths.length === 1 ? 'path' : 'paths'}: ${shown || vulnerability.name}${more}${through}`;
}
function fixHint(fix) {
    if (fix === true)
        return 'Fix available: run npm audit fix.';
    if (fix && typeof fix === 'object') {
        return fix.isSemVerMajor
            ? `Fix available: npm audit fix --force installs ${fix.name}@${fix.version}, a semver-major change.`
            : `Fix available: npm audit fix installs ${fix.name}@${fix.version}.`;
    }
    return 'No fix available: remove or replace the dependency, or waive the advisory with a reason.';
}
/** An object key opening its own line, as npm writes package-lock.json: `    "node_modules/x": {`. */
const PACKAGE_ENTRY = /^\s*("(?:[^"\\]|\\.)*"):\s*\{/;
/**
 * The 1-based line of each `"<location>": {` entry of package-lock.json, read once so
 * that a report with thousands of vulnerable packages does not rescan a large lockfile for
 * each of them. The first occurrence wins, as the `packages` section comes first.
 */
function lockfileLines(text) {
    const lines = new Map();
    text.split('\n').forEach((line, index) => {
        const key = PACKAGE_ENTRY.exec(line)?.[1];
        if (key === undefined)
            return;
        const parsed = (0,result/* parseJson */.q)(key);
        if (parsed.ok && typeof parsed.value === 'string' && !lines.has(parsed.value)) {
            lines.set(parsed.value, index + 1);
        }
    });
    return lines;
}

// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
;// CONCATENATED MODULE: ./src/gates/npm-audit/run.ts




const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
const OTHER_LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock'];
/**
 * Known vulnerabilities in the project's npm dependencies: `npm audit --json` from the
 * project directory, judged against `fail-on`, with `ignore` waivers applied.
 *
 * npm audit reads package-lock.json (or npm-shrinkwrap.json). A project locked only by pnpm
 * or yarn is an `error` that says so rather than a guess: npm would audit a different tree
 * than the one that gets deployed.
 */
async function run({ options, dir }, context) {
    const lockfile = await (0,repo_files/* readFirstProjectFile */.ic)(context.root, dir, NPM_LOCKFILES);
    if (!lockfile) {
        const other = await (0,repo_files/* readFirstProjectFile */.ic)(context.root, dir, OTHER_LOCKFILES);
        if (other) {
            return {
                status: 'error',
                summary: `npm audit needs package-lock.json, but ${dir} is locked by ${external_node_path_default().basename(other.path)}: audit it with a custom command (pnpm audit / yarn npm audit) and turn this gate off`,
            };
        }
    }
    return (0,tool_gate/* runToolGate */.L)({
        label: 'npm audit',
        invocation: {
            tool: 'npm',
            command: 'npm',
            args: ['audit', '--json', ...options.omit.map((type) => `--omit=${type}`)],
            cwd: dir,
            installHint: 'npm comes with Node.js: set up Node (e.g. actions/setup-node) before Shipgate',
        },
        parse: (output) => parseNpmAudit(output, { dir, lockfile }),
        // npm exits 1 when it found vulnerabilities; anything else with a report is unexpected.
        contradicts: (parsed, result) => parsed.ok && result.exitCode !== 0 && result.exitCode !== 1
            ? 'printed a report but did not exit with 0 or 1'
            : undefined,
        judgement: { failOn: options['fail-on'], waivers: options.ignore },
    }, context);
}


/***/ })

};
