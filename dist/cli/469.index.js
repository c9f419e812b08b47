export const id = 469;
export const ids = [469];
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

/***/ 1469:
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

/**
 * What a committed secret looks like. Each pattern needs the token's fixed prefix and its
 * documented length, so that ordinary identifiers and hashes do not match.
 */
const PATTERNS = [
    {
        rule: 'private-key',
        what: 'a private key',
        severity: 'critical',
        pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/,
        shown: Infinity, // the armour line is not secret; the key body is never shown
    },
    {
        rule: 'aws-access-key-id',
        what: 'an AWS access key id',
        severity: 'high',
        pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/,
        shown: 4,
    },
    {
        rule: 'aws-secret-access-key',
        what: 'an AWS secret access key',
        severity: 'critical',
        pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/i,
        shown: 0,
    },
    {
        rule: 'gcp-api-key',
        what: 'a Google Cloud API key',
        severity: 'high',
        pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
        shown: 4,
    },
    {
        rule: 'github-token',
        what: 'a GitHub token',
        severity: 'critical',
        pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b/,
        shown: 4,
    },
    {
        rule: 'github-token',
        what: 'a GitHub fine-grained token',
        severity: 'critical',
        pattern: /\b(github_pat_[A-Za-z0-9_]{60,})\b/,
        shown: 11,
    },
    {
        rule: 'slack-token',
        what: 'a Slack token',
        severity: 'high',
        pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/,
        shown: 5,
    },
    {
        rule: 'slack-webhook',
        what: 'a Slack incoming-webhook URL',
        severity: 'medium',
        pattern: /(https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+)/,
        shown: 'https://hooks.slack.com/services/'.length,
    },
    {
        rule: 'stripe-secret-key',
        what: 'a Stripe live secret key',
        severity: 'critical',
        pattern: /\b((?:sk|rk)_live_[0-9a-zA-Z]{24,})\b/,
        shown: 8,
    },
    {
        rule: 'django-secret-key',
        what: 'a literal Django SECRET_KEY',
        severity: 'high',
        // A literal assigned directly; `os.environ.get("SECRET_KEY", …)` is not a literal.
        pattern: /^\s*SECRET_KEY\s*(?::\s*str\s*)?=\s*[rRuU]?(["'])(?<secret>[^"'\n]+)\1/,
        shown: 0,
        files: /\.py$/,
    },
];
/** "ghp_…a1b2": the public prefix and the last four characters, never the rest. */
function redact(secret, shown) {
    if (shown === Infinity)
        return secret;
    const prefix = secret.slice(0, shown);
    // Four characters of a short secret would give too much of it away.
    return secret.length >= shown + 16 ? `${prefix}…${secret.slice(-4)}` : `${prefix}…`;
}
/** `.env` files that by convention hold real local values and belong in .gitignore. */
const PRIVATE_ENV_FILE = /^\.env(?:\..+)?\.local$|^\.env$/;
/** Templates committed on purpose, with placeholders for every value. */
const TEMPLATE_ENV_FILE = /^\.env\.(?:example|sample|template|dist|defaults)$/;
/** Names of variables that hold secrets, in committed env files such as .env.production. */
const SECRET_NAME = /(?:SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;
const ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
/**
 * Committed env files. `.env` and `.env*.local` hold a developer's real values by the
 * dotenv/Next.js convention, so committing one is a finding whatever it contains. Templates
 * (`.env.example`, `.sample`, `.template`, `.dist`, `.defaults`) are meant to be committed.
 * Other env files (`.env.production`, `.env.development`, `.env.test`) may be committed for
 * public defaults, as Next.js documents; in them a variable named like a secret with a real
 * value is a finding, and `NEXT_PUBLIC_` variables, empty values and `${REFERENCES}` are not.
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
        if (!SECRET_NAME.test(variable) || variable.startsWith('NEXT_PUBLIC_'))
            return;
        if (value === '' || value.startsWith('$') || value.startsWith('<'))
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
/**
 * Every secret-looking token in one file's text, with its line and column and the secret
 * redacted in the message. Pure and total; one finding per rule per line.
 */
function scanForSecrets(file, text) {
    const findings = scanEnvFile(file, text);
    const patterns = PATTERNS.filter((p) => !p.files || p.files.test(file));
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        for (const { rule, what, severity, pattern, shown } of patterns) {
            const match = pattern.exec(line);
            if (!match)
                continue;
            const secret = match.groups?.secret ?? match[1] ?? match[0];
            findings.push({
                rule,
                severity,
                message: `${what} is committed (${redact(secret, shown)})`,
                file,
                line: index + 1,
                column: line.indexOf(secret) + 1 || match.index + 1,
                hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
            });
        }
    }
    return findings;
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
/**
 * "Secret management": the required variables are set, and no secret is committed. The scan
 * reads what git tracks (or the tree, outside git), skipping `exclude` globs, binary files
 * and files over 2 MiB, and reports each secret at its file and line with only its public
 * prefix and last four characters shown.
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
        const large = [];
        for (let start = 0; start < scanned.length && !context.signal.aborted; start += READ_BATCH) {
            const batch = scanned.slice(start, start + READ_BATCH);
            const texts = await Promise.all(batch.map((file) => readText(external_node_path_default().join(context.root, file))));
            texts.forEach((text, index) => {
                const file = batch[index] ?? '';
                if ('text' in text)
                    findings.push(...scanForSecrets(file, text.text));
                else if (text.skipped === 'large')
                    large.push(file);
            });
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
