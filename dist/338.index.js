export const id = 338;
export const ids = [338];
export const modules = {

/***/ 7338:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/severity.ts
var report_severity = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/util/result.ts
var result = __webpack_require__(8251);
;// CONCATENATED MODULE: ./src/gates/npm-audit-report.ts




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
 * package (the GHSA id is the rule), npm's error envelopes become typed errors, and anything
 * else (garbage, truncated JSON, the npm 6 report shape) a Result error naming the cause.
 */
function parseNpmAudit(stdout, lockfile) {
    const json = (0,result/* parseJson */.q)(stdout);
    if (!json.ok)
        return json;
    // A failed advisory request carries both shapes (with an empty `error`); its status wins.
    const registryError = registryErrorSchema.safeParse(json.value);
    if (registryError.success && !('auditReportVersion' in json.value)) {
        return (0,result.ok)({
            kind: 'registry-error',
            statusCode: registryError.data.statusCode ?? undefined,
            message: registryError.data.message,
        });
    }
    const npmError = npmErrorSchema.safeParse(json.value);
    if (npmError.success) {
        const { code, summary, detail } = npmError.data.error;
        return (0,result.ok)({
            kind: 'npm-error',
            code: code ?? 'unknown error',
            summary: summary ?? '',
            detail: detail ?? '',
        });
    }
    const version = json.value?.auditReportVersion;
    if (version !== undefined && version !== 2) {
        return (0,result/* fail */.f)(`unsupported npm audit report version ${JSON.stringify(version)} (Shipgate reads version 2, npm 7 and later)`);
    }
    const report = reportSchema.safeParse(json.value);
    if (!report.success) {
        const issue = report.error.issues[0];
        return (0,result/* fail */.f)(`unexpected npm audit report shape at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'}`);
    }
    return (0,result.ok)({
        kind: 'report',
        findings: advisoryFindings(report.data.vulnerabilities, lockfile),
        dependencies: report.data.metadata?.dependencies?.total,
    });
}
function advisoryFindings(vulnerabilities, lockfile) {
    const findings = [];
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
            const severity = (0,report_severity/* normalizeSeverity */.l)(via.severity, 'high');
            const seen = byRule.get(rule);
            if (!seen) {
                byRule.set(rule, { advisory: via, ranges: [via.range], severity });
                continue;
            }
            if (!seen.ranges.includes(via.range))
                seen.ranges.push(via.range);
            if (model/* SEVERITIES */.oC.indexOf(severity) < model/* SEVERITIES */.oC.indexOf(seen.severity))
                seen.severity = severity;
        }
        for (const [rule, { advisory, ranges, severity }] of byRule) {
            const line = lockfile && vulnerability.nodes[0]
                ? lineOf(lockfile.text, vulnerability.nodes[0])
                : undefined;
            findings.push({
                rule,
                severity,
                message: `${advisory.title}: ${name} ${ranges.join(' || ')} (${describePaths(vulnerability)})`,
                url: advisory.url,
                hint: fixHint(vulnerability.fixAvailable),
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
/** The 1-based line of `"<node>": {` in package-lock.json, when it is there. */
function lineOf(text, node) {
    const at = text.indexOf(`${JSON.stringify(node)}:`);
    if (at < 0)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(6888);
// EXTERNAL MODULE: ./src/gates/tool.ts
var tool = __webpack_require__(6435);
// EXTERNAL MODULE: ./src/gates/waivers.ts
var waivers = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/gates/npm-audit.ts






const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
const OTHER_LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock'];
const repoJoin = (dir, file) => (dir === '.' ? file : `${dir}/${file}`);
/** The first of `names` that exists in the project directory, with its text. */
async function readFirst(root, dir, names) {
    for (const name of names) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(root, dir, name), 'utf8').catch(() => undefined);
        if (text !== undefined)
            return { path: repoJoin(dir, name), text };
    }
    return undefined;
}
/**
 * Known vulnerabilities in the project's npm dependencies: `npm audit --json` from the
 * project directory, judged against `fail-on`, with `ignore` waivers applied.
 *
 * npm audit reads package-lock.json (or npm-shrinkwrap.json). A project locked only by pnpm
 * or yarn is an `error` that says so rather than a guess: npm would audit a different tree
 * than the one that gets deployed.
 */
async function run({ options, dir }, context) {
    const lockfile = await readFirst(context.root, dir, NPM_LOCKFILES);
    if (!lockfile) {
        const other = await readFirst(context.root, dir, OTHER_LOCKFILES);
        if (other) {
            return {
                status: 'error',
                summary: `npm audit needs package-lock.json, but ${dir} is locked by ${external_node_path_default().basename(other.path)}: audit it with a custom command (pnpm audit / yarn npm audit) and turn this gate off`,
            };
        }
    }
    const result = await (0,tool/* runTool */.qI)(context, {
        tool: 'npm',
        command: 'npm',
        args: ['audit', '--json', ...options.omit.map((type) => `--omit=${type}`)],
        cwd: dir,
        installHint: 'npm comes with Node.js: set up Node (e.g. actions/setup-node) before Shipgate',
    });
    if (result.truncated)
        return (0,tool/* toolError */.$4)('npm audit', 'its report was too large and was cut', result);
    const parsed = parseNpmAudit(result.stdout, lockfile);
    if (!parsed.ok)
        return (0,tool/* toolError */.$4)('npm audit', parsed.error, result);
    const output = parsed.value;
    if (output.kind === 'npm-error') {
        const hint = output.code === 'ENOLOCK'
            ? `commit a lockfile: run npm i --package-lock-only in ${dir}`
            : output.detail.split('\n')[0];
        return {
            status: 'error',
            summary: `npm audit: ${output.code}: ${output.summary}${hint ? ` (${hint})` : ''}`,
            ...(output.detail ? { evidence: output.detail } : {}),
        };
    }
    if (output.kind === 'registry-error') {
        const status = output.statusCode ? ` answered ${output.statusCode}` : ' failed';
        return (0,tool/* toolError */.$4)('npm audit', `the registry's advisory endpoint${status}: ${output.message}`, result);
    }
    // npm exits 1 when it found vulnerabilities; anything else with a report is unexpected.
    if (result.exitCode !== 0 && result.exitCode !== 1) {
        return (0,tool/* toolError */.$4)('npm audit', `ended with ${(0,tool/* describeExit */.KE)(result)}`, result);
    }
    const { findings, notes } = (0,waivers/* applyWaivers */.K)(output.findings, options.ignore, context.now());
    const scope = output.dependencies === undefined ? undefined : `${output.dependencies} dependencies audited`;
    return {
        ...(0,policy/* judgeFindings */.q)(findings, { failOn: options['fail-on'], notes, ...(scope ? { scope } : {}) }),
        ...(output.dependencies === undefined
            ? {}
            : { metrics: { dependencies: output.dependencies } }),
    };
}


/***/ }),

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

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ applyWaivers)
/* harmony export */ });
/* unused harmony export EXPIRY_WARNING_DAYS */
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

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/**
 * JSON.parse that never throws: invalid or truncated JSON becomes an error naming the
 * offset and a short excerpt of the text around it.
 */
function parseJson(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return fail('no output (expected JSON)');
    try {
        return ok(JSON.parse(trimmed));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
        const at = Number.isFinite(offset) ? offset : Math.max(0, trimmed.length - 60);
        const excerpt = trimmed.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
        const where = Number.isFinite(offset)
            ? `at offset ${offset}`
            : `near the end (${trimmed.length} chars)`;
        return fail(`invalid JSON ${where}: …${excerpt}…`);
    }
}


/***/ })

};
