export const id = 802;
export const ids = [802];
export const modules = {

/***/ 6802:
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
// EXTERNAL MODULE: ./src/analyzers/js-static.ts
var js_static = __webpack_require__(6643);
;// CONCATENATED MODULE: ./src/gates/https-urls/scan.ts

const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
/**
 * The assignments of a dotenv file (`KEY=value`, `export KEY="value"`, `# comments`), as
 * Next.js and dotenv read them; the column is that of the value. Pure and total.
 */
function parseEnvFile(text) {
    const settings = [];
    text.split('\n').forEach((raw, index) => {
        const match = ASSIGNMENT.exec(raw);
        if (!match || raw.trimStart().startsWith('#'))
            return;
        const [, prefix = '', key = '', rest = ''] = match;
        const quoted = /^(["'`])(.*?)\1/.exec(rest);
        const value = quoted ? (quoted[2] ?? '') : rest.replace(/\s+#.*$/, '').trim();
        const column = raw.indexOf(rest, prefix.length + key.length) + 1 + (quoted ? 1 : 0);
        settings.push({ key, value, line: index + 1, column });
    });
    return settings;
}
/**
 * The `env: { … }` entries of a Next.js config whose values are static strings, read
 * without running the config; `file` names its syntax (TypeScript or JavaScript). Pure and
 * total: a file that does not parse has no settings (headers-config reports it).
 */
function nextConfigEnv(text, file) {
    const parsed = (0,js_static/* parseStatic */.WH)(text, (0,js_static/* syntaxOf */.rS)(file));
    if ((0,js_static/* isParseFailure */.Cb)(parsed))
        return [];
    const settings = [];
    for (const node of parsed.nodes()) {
        if (node.type !== 'ObjectProperty' || (0,js_static/* keyName */.xT)(node) !== 'env')
            continue;
        const env = parsed.evaluate(node.value);
        if (env.kind === 'object')
            settings.push(...stringSettings(env.properties));
    }
    return settings;
}
/**
 * The `env` and `build.env` of a vercel.json (read as JSON): the values Vercel sets at run
 * time and at build time (where `NEXT_PUBLIC_*` ones are built into the bundle).
 */
function vercelEnv(text) {
    const parsed = (0,js_static/* parseStatic */.WH)(text, 'json');
    if ((0,js_static/* isParseFailure */.Cb)(parsed))
        return [];
    const root = parsed.evaluate(parsed.root);
    if (root.kind !== 'object')
        return [];
    const build = root.properties.get('build')?.value;
    return [
        root.properties.get('env')?.value,
        build?.kind === 'object' ? build.properties.get('env')?.value : undefined,
    ].flatMap((env) => (env?.kind === 'object' ? stringSettings(env.properties) : []));
}
function stringSettings(properties) {
    return [...properties].flatMap(([key, { value }]) => value.kind === 'string' ? [{ key, value: value.value, ...value.at }] : []);
}
const PLAIN_URL = /\b(?:http|ws):\/\/[^\s,;"'`<>]+/gi;
/** Loopback hosts, where plain HTTP never leaves the machine (local previews, tests). */
function isLoopback(url) {
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '[::1]' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}
/** The http:// and ws:// URLs in a value that would cross the network unencrypted. */
function insecureUrls(value) {
    return [...value.matchAll(PLAIN_URL)]
        .filter((match) => !isLoopback(match[0]))
        .map((match) => ({ url: match[0], index: match.index }));
}

// EXTERNAL MODULE: ./src/gates/kit/policy.ts
var policy = __webpack_require__(4077);
// EXTERNAL MODULE: ./src/gates/kit/repo-files.ts
var repo_files = __webpack_require__(5781);
;// CONCATENATED MODULE: ./src/gates/https-urls/run.ts




const NEXT_CONFIGS = ['next.config.ts', 'next.config.mjs', 'next.config.js', 'next.config.cjs'];
const hint = (key) => key.startsWith('NEXT_PUBLIC_')
    ? 'Use the https:// URL: NEXT_PUBLIC_ values are built into the browser bundle, so every user’s browser would call it in clear text.'
    : 'Use the https:// URL, so that requests and their credentials are encrypted in transit.';
function findingsFor(settings, file) {
    return settings.flatMap((setting) => insecureUrls(setting.value).map(({ url, index }) => ({
        rule: 'https-urls/plain-http',
        severity: 'high',
        message: `${setting.key} is ${url}, which is not HTTPS.`,
        hint: hint(setting.key),
        ...(file ? { file, line: setting.line, column: setting.column + index } : {}),
    })));
}
/**
 * The URLs the production front end calls must be https:// (loopback excepted): the env
 * files of `files`, the Next config's `env`, vercel.json's `env` and `build.env`, and
 * NEXT_PUBLIC_* variables in the environment the build will run with.
 */
async function run({ options, dir }, context) {
    const findings = [];
    const read = [];
    const missing = [];
    for (const name of options.files) {
        const text = await (0,repo_files/* readProjectText */.BA)(external_node_path_default().join(context.root, dir, name));
        if (text === undefined) {
            missing.push(name);
            continue;
        }
        read.push(name);
        findings.push(...findingsFor(parseEnvFile(text), (0,repo_files/* repoJoin */.pg)(dir, name)));
    }
    const nextConfig = await (0,repo_files/* readFirstProjectFile */.ic)(context.root, dir, NEXT_CONFIGS);
    if (nextConfig) {
        read.push(external_node_path_default().posix.basename(nextConfig.path));
        findings.push(...findingsFor(nextConfigEnv(nextConfig.text, nextConfig.path), nextConfig.path));
    }
    const vercel = await (0,repo_files/* readFirstProjectFile */.ic)(context.root, dir, ['vercel.json']);
    if (vercel) {
        read.push('vercel.json');
        findings.push(...findingsFor(vercelEnv(vercel.text), vercel.path));
    }
    const publicVariables = Object.entries(context.env)
        .filter((entry) => entry[0].startsWith('NEXT_PUBLIC_') && !!entry[1])
        .map(([key, value]) => ({ key, value, line: 1, column: 1 }));
    findings.push(...findingsFor(publicVariables, undefined));
    if (read.length === 0 && publicVariables.length === 0) {
        return {
            status: 'skip',
            summary: `nothing to check: no ${options.files.join(', ')}, next.config.* or vercel.json in ${dir}, and no NEXT_PUBLIC_* variables`,
        };
    }
    const scope = [
        read.length ? `read ${read.join(', ')}` : undefined,
        publicVariables.length ? `${publicVariables.length} NEXT_PUBLIC_* variables` : undefined,
        missing.length ? `not found: ${missing.join(', ')}` : undefined,
    ]
        .filter(Boolean)
        .join('; ');
    return (0,policy/* judgeFindings */.q)(findings, { failOn: options['fail-on'], scope });
}


/***/ })

};
