export const id = 65;
export const ids = [65];
export const modules = {

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ assessDatabaseUrl)
/* harmony export */ });
const POSTGRES = new Set(['postgres', 'postgresql', 'pgsql', 'postgis', 'psql']);
const MYSQL = new Set(['mysql', 'mysql2', 'mysqlgis', 'mariadb']);
const SQLITE = new Set(['sqlite', 'sqlite3', 'spatialite']);
/** libpq's sslmode values that refuse a plaintext connection. */
const POSTGRES_TLS = new Set(['require', 'verify-ca', 'verify-full']);
/** MySQL's ssl-mode values that refuse a plaintext connection. */
const MYSQL_TLS = new Set(['required', 'verify_ca', 'verify_identity']);
const TRUE = new Set(['true', '1', 'yes', 'on', 'required']);
const decode = (text) => {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
};
/**
 * Judges a database URL (as DATABASE_URL holds it for dj-database-url, Prisma, Rails) on
 * whether its connection must be encrypted: PostgreSQL needs sslmode=require, verify-ca or
 * verify-full (libpq's default, prefer, silently falls back to plaintext); MySQL needs
 * ssl-mode REQUIRED, VERIFY_CA or VERIFY_IDENTITY, or ssl=true / tls=true / an ssl-ca. A URL
 * without sslmode takes libpq's PGSSLMODE from `clientEnv`, as psycopg and every libpq client
 * do (the URL's own sslmode wins). MySQL clients read no such variable. SQLite
 * has no connection to encrypt: a production database in a file on the web server is reported
 * as a warning instead. Pure and total; credentials never reach `display` or a message.
 */
function assessDatabaseUrl(value, variable, clientEnv = {}) {
    const secrets = [value];
    const url = URL.parse(value.trim());
    if (!url || !/^[a-z][a-z0-9+.-]*:$/i.test(url.protocol)) {
        return {
            findings: [
                {
                    rule: 'invalid-url',
                    severity: 'high',
                    message: `${variable} is not a URL like postgres://user:password@host:5432/name`,
                },
            ],
            display: '(not a URL)',
            verdict: 'not a URL',
            secrets,
        };
    }
    if (url.password)
        secrets.push(url.password, decode(url.password));
    const params = new Map();
    for (const [key, param] of url.searchParams) {
        params.set(key.toLowerCase().replace(/_/g, '-'), param);
        if (/pass/i.test(key) && param)
            secrets.push(param);
    }
    // SQLAlchemy-style schemes name the driver after a "+": postgresql+psycopg2.
    const scheme = url.protocol.slice(0, -1).toLowerCase().split('+')[0] ?? '';
    const credentials = url.username || url.password ? '***@' : '';
    const display = SQLITE.has(scheme)
        ? `${scheme}://${url.pathname}`
        : `${scheme}://${credentials}${url.host}${url.pathname}`;
    const finding = (rule, severity, message, hint) => ({
        findings: [{ rule, severity, message: `${variable} (${display}) ${message}`, hint }],
        display,
        verdict: message,
        secrets,
    });
    if (POSTGRES.has(scheme)) {
        const fromUrl = params.get('sslmode')?.toLowerCase();
        const fromEnv = clientEnv.PGSSLMODE?.trim().toLowerCase() || undefined;
        const mode = fromUrl ?? fromEnv;
        const source = fromUrl ? `sslmode=${mode}` : `PGSSLMODE=${mode}`;
        if (mode && POSTGRES_TLS.has(mode)) {
            return {
                findings: [],
                display,
                verdict: mode === 'verify-full'
                    ? source
                    : `${source} (encrypted; verify-full would also check the server's name)`,
                secrets,
            };
        }
        return finding('tls-not-required', 'high', mode
            ? `does not require TLS: ${fromUrl ? '' : 'no sslmode in the URL, and '}${source} ${mode === 'disable' ? 'turns it off' : 'falls back to plaintext'}`
            : 'does not require TLS: no sslmode (nor PGSSLMODE), and libpq then falls back to plaintext', 'append ?sslmode=require (or verify-full to check the certificate too); dj-database-url’s ssl_require=True does this in code, where this check cannot see it');
    }
    if (MYSQL.has(scheme)) {
        const mode = (params.get('ssl-mode') ?? params.get('sslmode'))?.toLowerCase();
        const flag = (params.get('ssl') ?? params.get('tls'))?.toLowerCase();
        const required = (mode !== undefined && MYSQL_TLS.has(mode)) ||
            (flag !== undefined && (TRUE.has(flag) || flag === 'skip-verify')) ||
            params.has('ssl-ca');
        if (required)
            return { findings: [], display, verdict: 'TLS required', secrets };
        return finding('tls-not-required', 'high', mode
            ? `does not require TLS: ssl-mode=${mode.toUpperCase()}`
            : 'does not require TLS: no ssl-mode', 'append ?ssl-mode=REQUIRED (or VERIFY_IDENTITY to check the certificate too)');
    }
    if (SQLITE.has(scheme)) {
        return finding('sqlite', 'medium', 'is SQLite: a file on the server with no connection to encrypt, lost whenever an ephemeral disk is replaced', 'use a managed PostgreSQL or MySQL database for production');
    }
    return finding('unknown-scheme', 'medium', `uses ${scheme}://, for which Shipgate cannot tell whether TLS is required`, 'check the driver’s TLS option by hand, or run this gate only for PostgreSQL or MySQL URLs');
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

/***/ 6065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  runApplied: () => (/* binding */ runApplied)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/gates/database-tls/parse.ts
var parse = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/gates/kit/django-project.ts
var django_project = __webpack_require__(8412);
// EXTERNAL MODULE: ./src/gates/kit/tool.ts
var tool = __webpack_require__(8261);
// EXTERNAL MODULE: ./src/gates/kit/tool-report.ts + 1 modules
var tool_report = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/gates/migrations/parse.ts


const MIGRATIONS_FOR = /^Migrations for '([^']+)':$/;
const NO_CHANGES = /^No changes detected/;
const MIGRATION_FILE = /^ {2}(\S.*\.py)$/;
const OPERATION = /^ {4}- (.+)$/;
/** Raised (as a CommandError on stderr) when two migrations share a parent. */
const CONFLICT = /^CommandError: (Conflicting migrations detected.*)$/;
/**
 * Reads `manage.py makemigrations --check --dry-run`: each migration Django would write
 * (`Migrations for 'app':`, its file, its operations) is a model change without a migration.
 * A migration graph with two leaves is a conflict. Output with neither those nor Django's
 * "No changes detected" is not a makemigrations report: an error, never a pass.
 */
function parseMakemigrations(stdout, stderr, locate) {
    const findings = [];
    let app;
    let current;
    let clean = false;
    const flush = () => {
        if (!current || app === undefined)
            return;
        const file = locate(current.file);
        const changes = current.operations.length ? current.operations.join('; ') : 'model changes';
        findings.push({
            rule: 'missing-migration',
            severity: 'high',
            message: `${app}: ${changes}, with no migration (makemigrations would write ${current.file})`,
            ...(file ? { file } : {}),
            hint: 'run `python manage.py makemigrations` and commit the migration with the model change',
        });
        current = undefined;
    };
    for (const line of stdout.split('\n')) {
        const header = MIGRATIONS_FOR.exec(line);
        if (header) {
            flush();
            app = header[1];
            continue;
        }
        const migration = MIGRATION_FILE.exec(line);
        if (migration?.[1] !== undefined && app !== undefined) {
            flush();
            current = { file: migration[1], operations: [] };
            continue;
        }
        const operation = OPERATION.exec(line);
        if (operation?.[1] !== undefined && current) {
            current.operations.push(operation[1]);
            continue;
        }
        clean ||= NO_CHANGES.test(line);
    }
    flush();
    for (const line of stderr.split('\n')) {
        const conflict = CONFLICT.exec(line.trim());
        if (conflict?.[1] !== undefined) {
            findings.push({
                rule: 'migration-conflict',
                severity: 'high',
                message: conflict[1],
                hint: 'merge the branches of the migration graph (`python manage.py makemigrations --merge`)',
            });
        }
    }
    if (findings.length === 0 && !clean) {
        return (0,result/* fail */.f)('no makemigrations report in its output (neither a migration nor "No changes detected")');
    }
    return (0,result.ok)({
        findings,
        ...(findings.length === 0 ? { scope: 'no model changes without a migration' } : {}),
        metrics: { missingMigrations: findings.filter((f) => f.rule === 'missing-migration').length },
    });
}
const PLANNED = /^Planned operations:$/;
const NOTHING_PLANNED = /^ {2}No planned migration operations\.$/;
const PLANNED_MIGRATION = /^(\S+)\.(\S+)$/;
const PLANNED_OPERATION = /^ {4}(\S.*)$/;
/**
 * Reads `manage.py migrate --check --plan`: every migration in the plan is one the database
 * has not applied. Output without Django's "Planned operations:" header is an error.
 */
function parseMigratePlan(stdout, database) {
    const lines = stdout.split('\n');
    const start = lines.findIndex((line) => PLANNED.test(line));
    if (start < 0)
        return (0,result/* fail */.f)('no migration plan in its output ("Planned operations:" missing)');
    const pending = [];
    for (const line of lines.slice(start + 1)) {
        if (NOTHING_PLANNED.test(line))
            break;
        const migration = PLANNED_MIGRATION.exec(line);
        if (migration) {
            pending.push({ name: line, operations: [] });
            continue;
        }
        const operation = PLANNED_OPERATION.exec(line);
        if (operation?.[1] !== undefined)
            pending.at(-1)?.operations.push(operation[1]);
    }
    const findings = pending.map(({ name, operations }) => ({
        rule: 'unapplied-migration',
        severity: 'high',
        message: `${name} is not applied to ${database}${operations.length ? ` (${operations.join('; ')})` : ''}`,
        hint: 'run `python manage.py migrate` against this database as part of the deploy (e.g. a release command)',
    }));
    return (0,result.ok)({
        findings,
        scope: findings.length === 0
            ? `every migration applied to ${database}`
            : `${(0,util_text/* plural */.LS)(findings.length, 'migration')} not applied`,
        metrics: { unappliedMigrations: findings.length },
    });
}

;// CONCATENATED MODULE: ./src/gates/migrations/run.ts







/**
 * "Migrations ready": `manage.py makemigrations --check --dry-run` (a model change without
 * its migration), and, when the database variable is set, `manage.py migrate --check --plan`
 * (migrations the database has not applied). Both with the Django gate's interpreter and
 * settings discovery.
 */
async function run({ options, dir, stacks }, context) {
    const database = databaseUrl(options, context);
    const project = await (0,django_project/* resolveDjangoProject */.r7)(options, { dir, stacks }, context);
    if ('missing' in project)
        return (0,tool/* toolError */.$4)('migrations', project.missing);
    const made = await manage(context, project, options, ['makemigrations', '--check', '--dry-run']);
    const relative = (file) => (0,django_project/* projectFile */.g7)(context.root, project, external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().dirname(file)), 'models.py'));
    const pending = notRun(made, parseMakemigrations(made.stdout, made.stderr, relative));
    const unfinished = (0,tool_report/* unfinishedRun */.zZ)('migrations', made);
    if (unfinished)
        return unfinished;
    if (!pending.ok)
        return (0,tool/* toolError */.$4)('migrations', pending.error, made);
    if (database === undefined)
        return judge(made, pending, context);
    const planned = await migratePlan(context, project, options, database);
    if ('outcome' in planned)
        return planned.outcome;
    return judge(planned.result, combine(pending.value, planned.report), context);
}
/**
 * "Migrations applied (after the deploy)": `manage.py migrate --check --plan` against the
 * production database in the configured variable, which must be set: the check was asked for.
 */
async function runApplied(options, where, context) {
    const database = databaseUrl(options, context);
    if (database === undefined) {
        return (0,tool/* toolError */.$4)('migrations', `${options['database-env']} is not set: the production database URL is read from it (set it from a secret, or point database-env at the variable that holds it)`);
    }
    const project = await (0,django_project/* resolveDjangoProject */.r7)(options, where, context);
    if ('missing' in project)
        return (0,tool/* toolError */.$4)('migrations', project.missing);
    const planned = await migratePlan(context, project, options, database);
    return 'outcome' in planned ? planned.outcome : judge(planned.result, planned.report, context);
}
/** The database URL, masked at once; undefined when the variable is unset or empty. */
function databaseUrl(options, context) {
    const variable = options['database-env'];
    const value = (options.env[variable] ?? context.env[variable])?.trim();
    if (!value)
        return undefined;
    const assessment = (0,parse/* assessDatabaseUrl */.H)(value, variable);
    for (const secret of assessment.secrets)
        if (secret)
            context.maskSecret(secret);
    return { label: `${variable} (${assessment.display})` };
}
function manage(context, project, options, command) {
    return (0,tool/* runTool */.qI)(context, {
        tool: 'migrations',
        command: project.python,
        args: [external_node_path_default().basename(project.managePath), ...command, '--no-color', ...project.settingsArgs],
        cwd: project.relativeCwd,
        env: options.env,
        installHint: django_project/* DJANGO_INSTALL_HINT */.Eg,
    });
}
/** `migrate --check --plan`, or the `error` for a run that could not read the database. */
async function migratePlan(context, project, options, database) {
    const result = await manage(context, project, options, ['migrate', '--check', '--plan']);
    const unfinished = (0,tool_report/* unfinishedRun */.zZ)('migrations', result);
    if (unfinished)
        return { outcome: unfinished };
    const report = parseMigratePlan(result.stdout, database.label);
    if (result.exitCode !== 0 && !(result.exitCode === 1 && report.ok)) {
        const cause = result.stderr.trim().split('\n').pop() ?? '';
        return {
            outcome: (0,tool/* toolError */.$4)('migrations', `migrate --check could not read ${database.label}${cause ? `: ${cause}` : ''}`, result),
        };
    }
    return { result, report };
}
/** A makemigrations run that failed without a report (an import error) keeps its own cause. */
function notRun(result, report) {
    if (result.exitCode === 0 || (report.ok && report.value.findings.length > 0))
        return report;
    const cause = result.stderr.trim().split('\n').pop() ?? '';
    return { ok: false, error: `makemigrations did not run${cause ? `: ${cause}` : ''}` };
}
function combine(first, second) {
    if (!second.ok)
        return second;
    const scope = [first.scope, second.value.scope].filter(Boolean).join('; ');
    return (0,result.ok)({
        findings: [...first.findings, ...second.value.findings],
        ...(scope ? { scope } : {}),
        metrics: { ...first.metrics, ...second.value.metrics },
    });
}
const judge = (result, report, context) => (0,tool_report/* judgeToolReport */.yk)('migrations', result, report, { failOn: 'high', today: context.now() });


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
