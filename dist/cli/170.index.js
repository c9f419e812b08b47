export const id = 170;
export const ids = [170];
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

/***/ 5789:
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
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/gates/kit/json-fields.ts
var json_fields = __webpack_require__(6891);
;// CONCATENATED MODULE: ./src/gates/pip-audit/parse.ts



/** PEP 503 name normalisation: `Django_REST.framework` and `django-rest-framework` are one. */
const normalizePackageName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
/**
 * The line of a requirements file that names each package (normalised name → 1-based line),
 * so that a vulnerable dependency can be annotated where it is pinned. Options (`-r`, `-e`,
 * `--hash`), comments and blank lines name nothing.
 */
function requirementLines(requirements) {
    const lines = new Map();
    requirements.split('\n').forEach((line, index) => {
        const name = REQUIREMENT_NAME.exec(line.replace(/#.*/, ''))?.[1];
        if (name && !lines.has(normalizePackageName(name)))
            lines.set(normalizePackageName(name), index + 1);
    });
    return lines;
}
const firstSentence = (description) => {
    const flat = description.replace(/\s+/g, ' ').trim();
    const sentence = /^(.{20,}?[.!?])\s/.exec(flat)?.[1] ?? flat;
    return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
};
/**
 * Reads `pip-audit -f json`: the current `{"dependencies": [...], "fixes": [...]}` object and
 * the older top-level array of dependencies alike. Each vulnerability becomes a finding whose
 * rule is its id (PYSEC/GHSA), with its aliases (so a waiver may name the CVE) and the fixed
 * versions as the hint. Skipped dependencies (not on PyPI, editable installs) are listed, not
 * counted as clean. Pure and total.
 */
const parsePipAudit = ({ stdout }, options) => {
    const json = (0,result/* parseJson */.q)(stdout);
    if (!json.ok)
        return json;
    const body = json.value;
    const dependencies = Array.isArray(body)
        ? body
        : (0,json_fields/* isObject */.Gv)(body) && Array.isArray(body.dependencies)
            ? body.dependencies
            : undefined;
    if (!dependencies) {
        return (0,result/* fail */.f)('unexpected pip-audit JSON: neither {"dependencies": [...]} nor an array of dependencies (pip-audit version?)');
    }
    const located = options.requirements ? requirementLines(options.requirements.text) : undefined;
    const findings = [];
    const skipped = [];
    let audited = 0;
    for (const dependency of dependencies) {
        if (!(0,json_fields/* isObject */.Gv)(dependency))
            continue;
        const name = (0,json_fields/* text */.Qq)(dependency.name) ?? 'unknown package';
        const skipReason = (0,json_fields/* text */.Qq)(dependency.skip_reason);
        if (skipReason !== undefined) {
            skipped.push(`${name} (${skipReason})`);
            continue;
        }
        audited += 1;
        const version = (0,json_fields/* text */.Qq)(dependency.version);
        const line = located?.get(normalizePackageName(name));
        for (const vuln of (0,json_fields/* list */.p_)(dependency.vulns)) {
            if (!(0,json_fields/* isObject */.Gv)(vuln))
                continue;
            const id = (0,json_fields/* text */.Qq)(vuln.id) ?? 'unknown-advisory';
            const aliases = (0,json_fields/* strings */.P$)(vuln.aliases).filter((alias) => alias !== id);
            const fixes = (0,json_fields/* strings */.P$)(vuln.fix_versions);
            const description = (0,json_fields/* text */.Qq)(vuln.description);
            const package_ = version ? `${name} ${version}` : name;
            findings.push({
                rule: id,
                severity: options.severity,
                subject: normalizePackageName(name),
                message: `${package_}: ${id}${aliases.length ? ` (${aliases.join(', ')})` : ''}${description ? `: ${firstSentence(description)}` : ''}`,
                ...(options.requirements ? { file: options.requirements.file } : {}),
                ...(line ? { line } : {}),
                ...(aliases.length ? { aliases } : {}),
                url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
                hint: fixes.length
                    ? `upgrade ${name} to ${fixes.join(' or ')}`
                    : `no fixed release of ${name} yet: waive it with a reason and an expiry, or replace the package`,
            });
        }
    }
    const notes = skipped.length
        ? [
            {
                text: `not audited: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ` and ${skipped.length - 3} more` : ''}`,
                warn: false,
            },
        ]
        : [];
    return (0,result.ok)({
        findings,
        scope: `${(0,util_text/* plural */.LS)(audited, 'package')} audited${options.audited ? ` in ${options.audited}` : ''}`,
        notes,
        metrics: { packages: audited, skipped: skipped.length },
        ...(audited === 0 && skipped.length === 0
            ? { nothingToCheck: 'no dependencies to audit' }
            : {}),
    });
};

// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
;// CONCATENATED MODULE: ./src/gates/pip-audit/run.ts




/**
 * "Dependency security (pip-audit)": `pip-audit -f json`, on the configured requirements file
 * (`-r`) or else on the Python environment it runs in. pip-audit exits 1 both for "found
 * vulnerabilities" and for fatal errors, so the verdict comes from the JSON body alone: no
 * parseable body is an error, never a pass. Its findings carry no severity; the
 * `unknown-severity` option (default critical) decides how they are judged.
 */
async function run({ options, dir }, context) {
    const cwd = external_node_path_default().resolve(context.root, dir);
    const requirements = options.requirements;
    const requirementsPath = requirements ? external_node_path_default().resolve(context.root, requirements) : undefined;
    const text = requirementsPath ? await (0,repo_files/* readProjectText */.BA)(requirementsPath) : undefined;
    return (0,tool_gate/* runToolGate */.L)({
        invocation: {
            tool: 'pip-audit',
            command: 'pip-audit',
            args: [
                '-f',
                'json',
                ...(requirementsPath ? ['-r', external_node_path_default().relative(cwd, requirementsPath)] : []),
            ],
            cwd: dir,
            installHint: 'pip install pip-audit (in the environment that has the project installed)',
        },
        parse: (output) => parsePipAudit(output, {
            severity: options['unknown-severity'],
            ...(requirements && text !== undefined
                ? { requirements: { file: requirements, text } }
                : {}),
            // Say what was audited: an environment audit of a runner without the project
            // installed would otherwise read like a clean project.
            audited: requirements ?? 'the Python environment',
        }),
        judgement: { failOn: options['fail-on'], waivers: options.ignore },
    }, context);
}


/***/ })

};
