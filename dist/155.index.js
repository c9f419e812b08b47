export const id = 155;
export const ids = [155];
export const modules = {

/***/ 536:
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
// EXTERNAL MODULE: ./src/core/severity.ts
var core_severity = __webpack_require__(432);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
;// CONCATENATED MODULE: ./src/gates/django/parse.ts


const SECTION = /^(CRITICAL|ERROR|WARNING|INFO|DEBUG)S:$/;
/** `obj: (app.W001) message`; ids are parsed generically (Django 6 adds new families). */
const ISSUE = /^(.*?): \(([A-Za-z_][\w.]*\.[A-Z]+\d+)\) (.*)$/;
const HINT = /^\s+HINT: (.*)$/;
/** The tally every completed check prints last (stdout when clean, stderr otherwise). */
const SUMMARY = /^System check identified /;
const LEVEL_BY_LETTER = {
    C: 'critical',
    E: 'error',
    W: 'warning',
    I: 'info',
    D: 'debug',
};
/**
 * `NAME = …` assignments at the top level of a settings module (name → 1-based line), so that
 * an issue about DEBUG can point at the line that sets it.
 */
function settingAssignments(settings) {
    const lines = new Map();
    settings.split('\n').forEach((line, index) => {
        const name = /^([A-Z][A-Z0-9_]*)\s*[:=]/.exec(line)?.[1];
        if (name && !lines.has(name))
            lines.set(name, index + 1);
    });
    return lines;
}
/**
 * Reads the output of `manage.py check` (issues arrive on stderr, in sections such as
 * `WARNINGS:`). Every issue becomes a finding with its Django id as the rule, its HINT as the
 * hint, and a severity from its level through the one table (security.W018, DEBUG = True, is
 * critical there). Issues without an object are pinned to the settings file, at the line that
 * assigns the setting the message names when the file assigns it. Output without Django's
 * closing tally (`System check identified …`) is not a completed check, so it is an error
 * rather than an empty list that would read as clean. Pure and total.
 */
const parseDjangoCheck = ({ stdout, stderr }, { module, source: settings }) => {
    const output = `${stderr}\n${stdout}`;
    const assigned = settings ? settingAssignments(settings.text) : new Map();
    const findings = [];
    let level;
    let last;
    let tallied = false;
    for (const line of output.split('\n')) {
        const section = SECTION.exec(line);
        if (section) {
            level = section[1];
            last = undefined;
            continue;
        }
        const issue = ISSUE.exec(line);
        if (issue) {
            const [, object = '', id = '', message = ''] = issue;
            const letter = /\.([A-Z]+)\d+$/.exec(id)?.[1]?.[0] ?? '';
            const severity = (0,core_severity/* ruleSeverity */.uK)('django', id, (0,core_severity/* normalizeSeverity */.lv)(level ?? LEVEL_BY_LETTER[letter], 'medium'));
            const named = message.match(/\b[A-Z][A-Z0-9_]{2,}\b/g)?.find((word) => assigned.has(word));
            const pinned = object === '?' && settings;
            last = {
                rule: id,
                severity,
                message: object === '?' ? message : `${object}: ${message}`,
                ...(module ? { subject: module } : {}),
                ...(pinned ? { file: settings.file } : {}),
                ...(pinned && named ? { line: assigned.get(named) } : {}),
                url: 'https://docs.djangoproject.com/en/stable/ref/checks/',
            };
            findings.push(last);
            continue;
        }
        const hint = HINT.exec(line);
        if (hint && last) {
            last.hint = hint[1];
            continue;
        }
        const tally = SUMMARY.test(line);
        tallied ||= tally;
        if (line.trim() === '' || tally) {
            last = undefined;
            continue;
        }
        // A message that spans lines continues until a blank line or the next issue.
        if (last && !last.hint)
            last.message += ` ${line.trim()}`;
    }
    if (!tallied) {
        return (0,result/* fail */.f)('no "System check identified …" line: manage.py check did not complete');
    }
    return (0,result.ok)({ findings, ...(module ? { scope: `settings ${module}` } : {}) });
};

// EXTERNAL MODULE: ./src/gates/kit/django-project.ts
var django_project = __webpack_require__(8412);
// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/gates/kit/tool.ts
var tool = __webpack_require__(8261);
// EXTERNAL MODULE: ./src/gates/kit/tool-gate.ts
var tool_gate = __webpack_require__(2397);
;// CONCATENATED MODULE: ./src/gates/django/run.ts






/**
 * "Production settings (Django check --deploy)": `manage.py check --deploy --fail-level
 * WARNING` with the configured settings module, environment and interpreter. Each issue
 * (security.W0xx and any other id) is a finding; DEBUG = True is critical. A settings module
 * that cannot even be imported is an `error` with the traceback's last line.
 */
async function run({ options, dir, stacks }, context) {
    const project = await (0,django_project/* resolveDjangoProject */.r7)(options, { dir, stacks }, context);
    if ('missing' in project)
        return (0,tool/* toolError */.$4)('django', project.missing);
    const { settings } = project;
    const source = settings ? await settingsSource(context.root, project, settings) : undefined;
    return (0,tool_gate/* runToolGate */.L)({
        invocation: {
            tool: 'django',
            command: project.python,
            args: [
                external_node_path_default().basename(project.managePath),
                'check',
                '--deploy',
                '--fail-level',
                'WARNING',
                '--no-color',
                ...project.settingsArgs,
            ],
            cwd: project.relativeCwd,
            env: options.env,
            installHint: django_project/* DJANGO_INSTALL_HINT */.Eg,
        },
        parse: (output) => parseDjangoCheck(output, { module: settings, source }),
        contradicts: (parsed, result) => {
            if (result.exitCode === 0 || (parsed.ok && parsed.value.findings.length > 0))
                return;
            const cause = result.stderr.trim().split('\n').pop() ?? '';
            return `manage.py check did not run${cause ? `: ${cause}` : ''}`;
        },
        judgement: { failOn: options['fail-on'] },
    }, context);
}
/** The settings module's file (as `crm/settings/production.py` under manage.py's directory). */
async function settingsSource(root, project, module) {
    const relative = external_node_path_default().join(...module.split('.')) + '.py';
    const file = (0,django_project/* projectFile */.g7)(root, project, relative);
    const text = await (0,repo_files/* readProjectText */.BA)(external_node_path_default().join(project.cwd, relative));
    return file && text !== undefined ? { file, text } : undefined;
}


/***/ }),

/***/ 8412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ DJANGO_INSTALL_HINT),
/* harmony export */   g7: () => (/* binding */ projectFile),
/* harmony export */   r7: () => (/* binding */ resolveDjangoProject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3326);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5781);




/**
 * Interpreters tried, in order, when `python` is not configured: the one on PATH (a venv or
 * setup-python), then the system one, which is where Debian's python3-django lives.
 */
const PYTHON_CANDIDATES = ['python3', '/usr/bin/python3'];
const DJANGO_INSTALL_HINT = 'install Django into the python3 on PATH (pip install -r requirements.txt), or set `python:` to an interpreter that has it';
/** The first candidate interpreter that can import Django, with the version it found. */
async function findPython(context, cwd, env) {
    for (const python of PYTHON_CANDIDATES) {
        const probe = await context.exec(python, ['-c', 'import django; print(django.get_version())'], {
            cwd,
            env,
        });
        if (probe.exitCode === 0)
            return { python, version: probe.stdout.trim() };
        context.log(`${python} cannot import django${probe.notFound ? ' (not installed)' : ''}`);
    }
    return undefined;
}
/** The settings module named by manage.py's own `os.environ.setdefault(...)`. */
const defaultSettings = (manage) => /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(manage)?.[1];
/**
 * Finds manage.py (configured, detected, or in `dir`), the interpreter (configured, or the
 * first that imports Django: else ToolMissingError) and the settings module. A missing
 * manage.py is returned as a message for the caller's `error`.
 */
async function resolveDjangoProject(options, { dir, stacks }, context) {
    const manage = options.manage ?? stacks.python?.manage ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(dir, 'manage.py');
    const managePath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.root, manage);
    const manageText = await (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readProjectText */ .BA)(managePath);
    if (manageText === undefined)
        return { missing: `no manage.py at ${manage}` };
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(managePath);
    let python = options.python;
    if (!python) {
        const found = await findPython(context, cwd, options.env);
        if (!found)
            throw new _engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolMissingError */ .h('Django', DJANGO_INSTALL_HINT);
        context.log(`using ${found.python} (Django ${found.version})`);
        python = found.python;
    }
    const settings = options.settings ??
        options.env.DJANGO_SETTINGS_MODULE ??
        context.env.DJANGO_SETTINGS_MODULE ??
        defaultSettings(manageText);
    return {
        managePath,
        cwd,
        relativeCwd: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(context.root, cwd) || '.',
        python,
        ...(settings ? { settings } : {}),
        settingsArgs: options.settings ? ['--settings', options.settings] : [],
    };
}
/** A file of the project by its path relative to manage.py's directory, repository-relative. */
function projectFile(root, project, relative) {
    return (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .N)(root, project.cwd, relative);
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
