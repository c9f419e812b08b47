export const id = 806;
export const ids = [806];
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

/***/ 5806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/gates/kit/policy.ts
var policy = __webpack_require__(4077);
// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
;// CONCATENATED MODULE: ./src/gates/secrets/scan.ts

/** Variable names that hold secrets (SECRET_KEY, DB_PASSWORD, API_TOKEN, …). */
const SECRET_NAME = /(?:SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;
const PYTHON = /\.py$/;
const SCRIPT = /\.[cm]?[jt]sx?$/;
/** A Python string literal: optional prefix, quote, a non-empty body without that quote. */
const PY_STRING = String.raw `[rRuUbB]?(?<quote>["'])(?<secret>(?:(?!\k<quote>)[^\n])+)\k<quote>`;
/**
 * Shipgate's own rules, for what token formats cannot see: a literal value or a literal
 * *fallback* for a secret in Django settings and Node code. A fallback is as committed as a
 * literal: when the variable is missing in production, the app runs on the key in the repo.
 * Token formats (AWS, GitHub, private keys, …) are the maintained preset's job (preset.ts).
 */
const PATTERNS = [
    {
        rule: 'django-secret-key',
        what: 'a literal Django SECRET_KEY',
        severity: 'high',
        pattern: new RegExp(String.raw `^\s*SECRET_KEY\s*(?::\s*str\s*)?=\s*${PY_STRING}`),
        files: PYTHON,
    },
    {
        // config('SECRET_KEY', default='…'), env('SECRET_KEY', default='…'), env.str(…),
        // os.environ.get('SECRET_KEY', '…'), os.getenv('DB_PASSWORD', '…'), environ.setdefault(…)
        rule: 'secret-fallback',
        what: 'a literal fallback for $1',
        severity: 'high',
        pattern: new RegExp(String.raw `\(\s*(?<q>["'])(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<q>\s*,\s*(?:default\s*=\s*)?${PY_STRING}\s*[,)]`),
        files: PYTHON,
    },
    {
        rule: 'django-database-password',
        what: 'a literal database PASSWORD',
        severity: 'high',
        pattern: new RegExp(String.raw `["']PASSWORD["']\s*:\s*${PY_STRING}`),
        files: PYTHON,
    },
    {
        // process.env.JWT_SECRET || 'prod-key', process.env['API_TOKEN'] ?? "…"
        rule: 'secret-fallback',
        what: 'a literal fallback for $1',
        severity: 'high',
        pattern: /process\.env(?:\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[\s*["'](?<quoted>[A-Za-z_][A-Za-z0-9_]*)["']\s*\])\s*(?:\|\||\?\?)\s*(?<quote>["'`])(?<secret>(?:(?!\k<quote>)[^\n$])+)\k<quote>/,
        files: SCRIPT,
    },
];
/** "ghp_…a1b2": the public prefix and the last four characters, never the rest. */
function redact(secret, shown) {
    const prefix = secret.slice(0, shown);
    // Four characters of a short secret would give too much of it away.
    return secret.length >= shown + 16 ? `${prefix}…${secret.slice(-4)}` : `${prefix}…`;
}
/** `.env` files that by convention hold real local values and belong in .gitignore. */
const PRIVATE_ENV_FILE = /^\.env(?:\..+)?\.local$|^\.env$/;
/** Templates committed on purpose, with placeholders for every value. */
const TEMPLATE_ENV_FILE = /^\.env\.(?:example|sample|template|dist|defaults)$/;
const ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
/**
 * Committed env files. `.env` and `.env*.local` hold a developer's real values by the
 * dotenv/Next.js convention, so committing one is a finding whatever it contains. Templates
 * (`.env.example`, `.sample`, `.template`, `.dist`, `.defaults`) are meant to be committed.
 * Other env files (`.env.production`, `.env.development`, `.env.test`) may be committed for
 * public defaults, as Next.js documents; in them a variable named like a secret with a real
 * value is a finding, and so is a connection URL with a password (`DATABASE_URL`,
 * `REDIS_URL`); `NEXT_PUBLIC_` variables, empty values and `${REFERENCES}` are not.
 */
function scanEnvFile(file, text) {
    const name = external_node_path_default().posix.basename(file);
    if (!name.startsWith('.env') || TEMPLATE_ENV_FILE.test(name))
        return [];
    if (PRIVATE_ENV_FILE.test(name)) {
        return [
            {
                rule: 'committed-env-file',
                severity: 'high',
                message: `${name} is committed: it holds local values by convention and belongs in .gitignore`,
                file,
                hint: `git rm --cached ${file}, add it to .gitignore and rotate any secret it held`,
            },
        ];
    }
    const findings = [];
    text.split('\n').forEach((line, index) => {
        const [, variable = '', raw = ''] = ENV_ASSIGNMENT.exec(line) ?? [];
        const value = raw.replace(/^(["'])(.*)\1$/, '$2');
        if (variable === '' || variable.startsWith('NEXT_PUBLIC_'))
            return;
        if (value === '' || value.startsWith('$') || value.startsWith('<'))
            return;
        const url = urlPassword(value);
        if (url) {
            findings.push({
                rule: 'connection-url-password',
                // A password for a database on the developer's own machine opens nothing else.
                severity: url.loopback ? 'low' : 'high',
                message: `${variable} in ${name} holds a URL with its password (${redact(url.password, 0)})`,
                file,
                line: index + 1,
                column: line.indexOf(url.password) + 1,
                hint: 'set it in the hosting provider’s environment instead, and rotate the password',
            });
            return;
        }
        if (!SECRET_NAME.test(variable))
            return;
        findings.push({
            rule: 'secret-in-env-file',
            severity: 'high',
            message: `${variable} has a value committed in ${name} (${redact(value, 0)})`,
            file,
            line: index + 1,
            hint: 'set it in the hosting provider’s environment instead, and rotate it',
        });
    });
    return findings;
}
/** Passwords in examples and templates, never a real one. */
const PLACEHOLDER = /^(?:password|passwd|pass|secret|changeme|x+|\*+|\.+|<[^>]*>|\$\{[^}]*\}|\$[A-Z_]+)$/i;
/**
 * The password of a connection URL (`postgres://user:pw@host/db`, `redis://:pw@host`), unless
 * it is a placeholder; `loopback` when the host is this machine.
 */
function urlPassword(value) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:(?<password>[^@\s/]+)@(?<host>[^/:?\s]+)/i.exec(value);
    const password = match?.groups?.password;
    if (!password || PLACEHOLDER.test(password))
        return undefined;
    const host = (match.groups?.host ?? '').toLowerCase();
    return {
        password,
        loopback: host === 'localhost' || host.startsWith('127.') || host === '[::1]',
    };
}
/**
 * Shipgate's own findings in one file's text (env files, literal secrets and fallbacks in
 * settings and code), with the secret redacted in the message. Pure and total; one finding
 * per rule per line.
 */
function scanForSecrets(file, text) {
    const findings = scanEnvFile(file, text);
    const patterns = PATTERNS.filter((p) => p.files.test(file));
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        for (const { rule, what, severity, pattern } of patterns) {
            const match = pattern.exec(line);
            const secret = match?.groups?.secret;
            if (!match || !secret)
                continue;
            const name = match.groups?.name ?? match.groups?.quoted ?? '';
            if (rule === 'secret-fallback' && !SECRET_NAME.test(name))
                continue;
            findings.push({
                rule,
                severity,
                message: `${what.replace('$1', name)} is committed (${redact(secret, 0)})`,
                file,
                line: index + 1,
                column: match.index + match[0].indexOf(secret) + 1,
                hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/secrets/preset.ts


const RULE_PREFIX = '@secretlint/secretlint-rule-';
/**
 * What each finding exposes. A private key body, cloud and source-host credentials and
 * payment keys are critical: they give control of production on their own. Test-mode and
 * workspace tokens are high; an incoming-webhook URL only posts messages (medium).
 */
const EXPOSURES = {
    privatekey: { what: 'a private key', severity: 'critical', shown: 0, tail: false },
    gcp: { what: 'a GCP service-account key', severity: 'critical', shown: 0, tail: false },
    'aws:AWSSecretAccessKey': { what: 'an AWS secret access key', severity: 'critical', shown: 0 },
    'aws:AWSAccessKeyID': { what: 'an AWS access key id', severity: 'high', shown: 4 },
    'aws:AWSAccountID': { what: 'an AWS account id', severity: 'low', shown: 0 },
    github: { what: 'a GitHub token', severity: 'critical', shown: 4 },
    gitlab: { what: 'a GitLab token', severity: 'critical', shown: 5 },
    npm: { what: 'an npm token', severity: 'critical', shown: 4 },
    // Its range starts at `_authToken=`, not at the token.
    'npm:Npmrc_authToken': { what: 'an npm token', severity: 'critical', shown: 0, tail: false },
    'stripe:STRIPE_SECRET_KEY_LIVE': {
        what: 'a Stripe live secret key',
        severity: 'critical',
        shown: 8,
    },
    'stripe:STRIPE_RESTRICTED_KEY_LIVE': {
        what: 'a Stripe live restricted key',
        severity: 'critical',
        shown: 8,
    },
    stripe: { what: 'a Stripe test key', severity: 'medium', shown: 8 },
    'database-connection-string': {
        what: 'a database URL with its password',
        severity: 'critical',
        shown: 0,
        tail: false,
    },
    basicauth: { what: 'a URL with a password', severity: 'high', shown: 0, tail: false },
    'slack:IncomingWebhook': {
        what: 'a Slack incoming-webhook URL',
        severity: 'medium',
        shown: 'https://hooks.slack.com/services/'.length,
    },
    slack: { what: 'a Slack token', severity: 'high', shown: 5 },
    'hashicorp-vault': { what: 'a HashiCorp Vault token', severity: 'critical', shown: 4 },
    vercel: { what: 'a Vercel token', severity: 'critical', shown: 4 },
    cloudflare: { what: 'a Cloudflare API key', severity: 'critical', shown: 0 },
};
/** Any other rule of the preset: a live API token of some service. */
const DEFAULT_EXPOSURE = (rule) => ({
    what: `a ${rule.replace(/-/g, ' ')} token`,
    severity: 'high',
    shown: 4,
});
function exposureOf(ruleId, messageId) {
    const rule = ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId;
    return EXPOSURES[`${rule}:${messageId}`] ?? EXPOSURES[rule] ?? DEFAULT_EXPOSURE(rule);
}
async function loadPresetScanner() {
    const [{ lintSource }, { creator }] = await Promise.all([
        __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 198)),
        __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 1577)),
    ]);
    const config = {
        rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator, options: {} }],
    };
    return async (file, text) => {
        const result = await lintSource({
            source: { filePath: file, ext: external_node_path_default().posix.extname(file), content: text, contentType: 'text' },
            options: { config, noPhysicFilePath: true },
        });
        return result.messages.map((message) => toFinding(file, text, message));
    };
}
function toFinding(file, text, message) {
    const exposure = exposureOf(message.ruleId, message.messageId);
    const secret = text.slice(message.range[0], message.range[1]);
    return {
        rule: `secretlint/${message.ruleId.replace(RULE_PREFIX, '')}`,
        severity: exposure.severity,
        message: `${exposure.what} is committed (${exposure.tail === false ? '…' : redact(secret, exposure.shown)})`,
        file,
        line: message.loc.start.line,
        column: message.loc.start.column + 1,
        hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
        ...(message.docsUrl ? { url: message.docsUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/secrets/run.ts







/** Larger files are data or bundles, not configuration; they are named in the summary. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const READ_BATCH = 32;
/**
 * Each required variable must be present and non-empty in the job's environment. Values are
 * never printed; each one is registered with maskSecret so no later log can show it either.
 */
function checkRequiredEnv(names, context) {
    const findings = [];
    for (const name of names) {
        const value = context.env[name];
        if (value !== undefined && value.trim() !== '') {
            context.maskSecret(value);
            continue;
        }
        findings.push({
            rule: 'missing-env',
            severity: 'high',
            message: `required environment variable ${name} is ${value === undefined ? 'not set' : 'set but empty'}`,
            hint: `set ${name} in the workflow's env (from a repository or environment secret)`,
        });
    }
    return findings;
}
const excluded = (file, globs) => globs.some((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return file === bare || file.startsWith(`${bare}/`) || external_node_path_default().posix.matchesGlob(file, glob);
});
/** A file's text, or why it is not scanned (too large, binary, unreadable). */
async function readText(absolute) {
    const handle = await (0,promises_.open)(absolute, 'r').catch(() => undefined);
    if (!handle)
        return { skipped: 'other' }; // tracked but deleted in the work tree, or unreadable
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            return { skipped: 'other' };
        if (stats.size > MAX_FILE_BYTES)
            return { skipped: 'large' };
        const bytes = await handle.readFile();
        // A NUL byte near the start marks a binary file, as git and grep decide it.
        return bytes.subarray(0, 8000).includes(0)
            ? { skipped: 'other' }
            : { text: (0,util_text/* normalizeOutput */.Zy)(bytes) };
    }
    catch {
        return { skipped: 'other' };
    }
    finally {
        await handle.close();
    }
}
/** Shipgate's env-file rules know what a line of an env file is; they speak for that line. */
const ENV_FILE_RULES = new Set(['secret-in-env-file', 'connection-url-password']);
/** The preset's findings and Shipgate's own in one file, one finding per secret. */
async function scanFile(file, text, preset) {
    const own = scanForSecrets(file, text);
    const envLines = new Set(own.filter((f) => ENV_FILE_RULES.has(f.rule)).map((f) => f.line));
    // One secret can match two of the preset's rules (an `_authToken` in .npmrc is also an npm
    // token): the first speaks for its place.
    const places = new Set();
    const maintained = (await preset(file, text)).filter((f) => {
        const place = `${f.rule}:${f.line}`;
        if (envLines.has(f.line) || places.has(place))
            return false;
        places.add(place);
        return true;
    });
    return [...maintained, ...own].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/**
 * "Secret management": the required variables are set, and no secret is committed. The scan
 * reads what git tracks (or the tree, outside git), skipping `exclude` globs, binary files
 * and files over 2 MiB, with secretlint's recommended preset for token formats and
 * Shipgate's rules for env files and settings, and reports each secret at its file and line
 * with only its public prefix and last four characters shown.
 */
async function run({ options }, context) {
    const findings = checkRequiredEnv(options['required-env'], context);
    const scope = [];
    if (options['required-env'].length > 0) {
        scope.push(`${(0,util_text/* plural */.LS)(options['required-env'].length, 'required variable')} checked`);
    }
    if (options.scan) {
        const { files, source } = await (0,repo_files/* listRepoFiles */.c$)(context);
        const scanned = files.filter((file) => !excluded(file, options.exclude));
        context.log(`scanning ${(0,util_text/* plural */.LS)(scanned.length, 'file')} (${source === 'git' ? 'tracked by git' : 'tree walk'})`);
        const preset = await loadPresetScanner();
        const large = [];
        for (let start = 0; start < scanned.length && !context.signal.aborted; start += READ_BATCH) {
            const batch = scanned.slice(start, start + READ_BATCH);
            const texts = await Promise.all(batch.map((file) => readText(external_node_path_default().join(context.root, file))));
            for (const [index, text] of texts.entries()) {
                const file = batch[index] ?? '';
                if ('text' in text)
                    findings.push(...(await scanFile(file, text.text, preset)));
                else if (text.skipped === 'large')
                    large.push(file);
            }
        }
        scope.push(`${(0,util_text/* plural */.LS)(scanned.length, 'file')} scanned`);
        if (large.length > 0) {
            scope.push(`${(0,util_text/* plural */.LS)(large.length, 'file')} over 2 MiB not scanned (${large.slice(0, 3).join(', ')}${large.length > 3 ? ', …' : ''})`);
        }
    }
    return (0,policy/* judgeFindings */.q)(findings, { failOn: options['fail-on'], scope: scope.join(', ') });
}


/***/ })

};
