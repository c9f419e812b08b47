export const id = 201;
export const ids = [201];
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

/***/ 8201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1435);
/* harmony import */ var _kit_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4077);


/**
 * "Database TLS": the URL in the configured variable (default DATABASE_URL) must require an
 * encrypted connection, by its own sslmode or, for PostgreSQL, the job's PGSSLMODE. The gate was asked for, so an unset variable fails. The URL's
 * password (and the whole URL) is masked before anything is logged.
 */
function run({ options }, context) {
    return Promise.resolve(judgeDatabaseUrl(options.env, options['fail-on'], context));
}
function judgeDatabaseUrl(variable, failOn, context) {
    const value = context.env[variable];
    if (value === undefined || value.trim() === '') {
        const state = value === undefined ? 'is not set' : 'is empty';
        return (0,_kit_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeFindings */ .q)([
            {
                rule: 'url-unset',
                severity: 'high',
                message: `${variable} ${state}, so the database connection cannot be checked`,
                hint: `set ${variable} in the job's env (from a secret), or point env: at the variable that holds the URL`,
            },
        ], { failOn });
    }
    const assessment = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .assessDatabaseUrl */ .H)(value, variable, { PGSSLMODE: context.env.PGSSLMODE });
    for (const secret of assessment.secrets)
        if (secret)
            context.maskSecret(secret);
    const outcome = (0,_kit_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeFindings */ .q)(assessment.findings, { failOn });
    return assessment.findings.length === 0
        ? { ...outcome, summary: `${assessment.display}: ${assessment.verdict}` }
        : outcome;
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


/***/ })

};
