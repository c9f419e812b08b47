import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isLoopbackHost
} from "./chunk-AL3S3XOU.js";
import {
  isPlaceholder
} from "./chunk-AQ2GOUID.js";
import {
  isExcluded
} from "./chunk-UOX7UXKJ.js";
import {
  describeSkipped,
  listSourceFiles,
  readSourceFile
} from "./chunk-7HQWB2XS.js";
import {
  judgeFindings
} from "./chunk-UC5UDIMU.js";
import {
  percentDecoded,
  plural
} from "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/secrets/preset.ts
import path2 from "node:path";

// src/gates/secrets/scan.ts
import path from "node:path";
var SECRET_NAME = /(?:SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;
function isSecretName(name) {
  return SECRET_NAME.test(name) && !name.startsWith("NEXT_PUBLIC_");
}
var PYTHON = /\.py$/;
var SCRIPT = /\.[cm]?[jt]sx?$/;
var PY_STRING = String.raw`[rRuUbB]?(?<quote>["'])(?<secret>(?:(?!\k<quote>)[^\n])+)\k<quote>`;
var PY_ENV_LOOKUP = String.raw`(?<![\w.])(?:(?:os\.)?environ\.(?:get|setdefault)|(?:os\.)?getenv|config|env(?:\.str)?)`;
var PATTERNS = [
  {
    rule: "django-secret-key",
    what: "a literal Django SECRET_KEY",
    severity: "high",
    pattern: new RegExp(String.raw`^\s*SECRET_KEY\s*(?::\s*str\s*)?=\s*${PY_STRING}`),
    files: PYTHON
  },
  {
    // A lookup in the environment with a literal default, and nothing else with a string
    // pair (a tuple of field names, request.data.get(…)): os.environ.get('SECRET_KEY', '…'),
    // os.getenv('DB_PASSWORD', '…'), os.environ.setdefault(…), python-decouple's
    // config('SECRET_KEY', default='…'), django-environ's env(…) and env.str(…); or the
    // literal after `or`, as in os.environ.get('SECRET_KEY') or '…' (with an empty default
    // too, and as a conditional's first branch: … or '…' if DEBUG else None).
    rule: "secret-fallback",
    what: "a literal fallback for $1",
    severity: "high",
    pattern: new RegExp(
      String.raw`${PY_ENV_LOOKUP}\s*\(\s*(?<q>["'])(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<q>\s*(?:,\s*(?:default\s*=\s*)?(?:(?:""|'')\s*\)\s*or\s+)?|\)\s*or\s+)${PY_STRING}\s*(?:[,)#]|\s+if\b|$)`
    ),
    files: PYTHON
  },
  {
    rule: "django-database-password",
    what: "a literal database PASSWORD",
    severity: "high",
    pattern: new RegExp(String.raw`["']PASSWORD["']\s*:\s*${PY_STRING}`),
    files: PYTHON
  },
  {
    // process.env.JWT_SECRET || 'prod-key', process.env['API_TOKEN'] ?? "…"
    rule: "secret-fallback",
    what: "a literal fallback for $1",
    severity: "high",
    pattern: /process\.env(?:\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[\s*["'](?<quoted>[A-Za-z_][A-Za-z0-9_]*)["']\s*\])\s*(?:\|\||\?\?)\s*(?<quote>["'`])(?<secret>(?:(?!\k<quote>)[^\n$])+)\k<quote>/,
    files: SCRIPT
  }
];
function redact(secret, shown) {
  const prefix = secret.slice(0, shown);
  return secret.length >= shown + 16 ? `${prefix}\u2026${secret.slice(-4)}` : `${prefix}\u2026`;
}
var PRIVATE_ENV_FILE = /^\.env(?:\..+)?\.local$|^\.env$/;
var TEMPLATE_ENV_FILE = /^\.env(?:\.[^.]+)*\.(?:example|sample|template|dist|defaults)$/;
var ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
function scanEnvFile(file, text, found = () => {
}) {
  const name = path.posix.basename(file);
  if (!name.startsWith(".env") || TEMPLATE_ENV_FILE.test(name)) return [];
  const findings = PRIVATE_ENV_FILE.test(name) ? [
    {
      rule: "committed-env-file",
      severity: "medium",
      message: `${name} is committed: it holds local values by convention and belongs in .gitignore`,
      file,
      hint: `git rm --cached ${file}, add it to .gitignore and rotate any secret it held`
    }
  ] : [];
  text.split("\n").forEach((line, index) => {
    const [, variable = "", raw = ""] = ENV_ASSIGNMENT.exec(line) ?? [];
    const value = raw.replace(/^(["'])(.*)\1$/, "$2");
    if (variable === "" || variable.startsWith("NEXT_PUBLIC_")) return;
    if (isPlaceholder(value) || value.startsWith("$") || value.startsWith("<")) return;
    const url = connectionUrlPassword(value);
    if (url?.placeholder) return;
    if (url) {
      found(url.password);
      findings.push({
        rule: "connection-url-password",
        // A password for a database on the developer's own machine opens nothing else.
        severity: url.loopback ? "low" : "high",
        message: `${variable} in ${name} holds a URL with its password (${redact(url.password, 0)})`,
        file,
        line: index + 1,
        column: line.indexOf(url.password) + 1,
        hint: "set it in the hosting provider\u2019s environment instead, and rotate the password"
      });
      return;
    }
    if (!SECRET_NAME.test(variable)) return;
    found(value);
    findings.push({
      rule: "secret-in-env-file",
      severity: "high",
      message: `${variable} has a value committed in ${name} (${redact(value, 0)})`,
      file,
      line: index + 1,
      hint: "set it in the hosting provider\u2019s environment instead, and rotate it"
    });
  });
  return findings;
}
function connectionUrlPassword(value) {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:(?<password>[^@\s/]+)@(?<host>\[[^\]/\s]*\]|[^/:?\s]+)/i.exec(
    value
  );
  const password = match?.groups?.password;
  if (!password) return void 0;
  return {
    password,
    // Judged decoded, as the redactor judges what to mask: %24%7BDB_PASSWORD%7D is ${DB_PASSWORD}.
    placeholder: isPlaceholder(percentDecoded(password)),
    loopback: isLoopbackHost(match.groups?.host ?? "")
  };
}
function scanForSecrets(file, text, found = () => {
}) {
  const findings = scanEnvFile(file, text, found);
  const patterns = PATTERNS.filter((p) => p.files.test(file));
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    for (const { rule, what, severity, pattern } of patterns) {
      const match = pattern.exec(line);
      const secret = match?.groups?.secret;
      const name = match?.groups?.name ?? match?.groups?.quoted;
      if (!match || !secret || isPlaceholder(secret)) continue;
      if (name !== void 0 && !isSecretName(name)) continue;
      found(secret);
      findings.push({
        rule,
        severity,
        message: `${what.replace("$1", name ?? "")} is committed (${redact(secret, 0)})`,
        file,
        line: index + 1,
        column: match.index + match[0].indexOf(secret) + 1,
        hint: "remove it, rotate it (it is in the history now) and load it from the environment"
      });
    }
  }
  return findings;
}

// src/gates/secrets/preset.ts
var RULE_PREFIX = "@secretlint/secretlint-rule-";
var EXPOSURES = {
  privatekey: { what: "a private key", severity: "critical", shown: 0, tail: false },
  gcp: { what: "a GCP service-account key", severity: "critical", shown: 0, tail: false },
  "aws:AWSSecretAccessKey": { what: "an AWS secret access key", severity: "critical", shown: 0 },
  "aws:AWSAccessKeyID": { what: "an AWS access key id", severity: "high", shown: 4 },
  "aws:AWSAccountID": { what: "an AWS account id", severity: "low", shown: 0 },
  github: { what: "a GitHub token", severity: "critical", shown: 4 },
  gitlab: { what: "a GitLab token", severity: "critical", shown: 5 },
  npm: { what: "an npm token", severity: "critical", shown: 4 },
  // Its range starts at `_authToken=`, not at the token.
  "npm:Npmrc_authToken": { what: "an npm token", severity: "critical", shown: 0, tail: false },
  "stripe:STRIPE_SECRET_KEY_LIVE": {
    what: "a Stripe live secret key",
    severity: "critical",
    shown: 8
  },
  "stripe:STRIPE_RESTRICTED_KEY_LIVE": {
    what: "a Stripe live restricted key",
    severity: "critical",
    shown: 8
  },
  stripe: { what: "a Stripe test key", severity: "medium", shown: 8 },
  "database-connection-string": {
    what: "a database URL with its password",
    severity: "critical",
    shown: 0,
    tail: false
  },
  basicauth: { what: "a URL with a password", severity: "high", shown: 0, tail: false },
  "slack:IncomingWebhook": {
    what: "a Slack incoming-webhook URL",
    severity: "medium",
    shown: "https://hooks.slack.com/services/".length
  },
  slack: { what: "a Slack token", severity: "high", shown: 5 },
  "hashicorp-vault": { what: "a HashiCorp Vault token", severity: "critical", shown: 4 },
  vercel: { what: "a Vercel token", severity: "critical", shown: 4 },
  cloudflare: { what: "a Cloudflare API key", severity: "critical", shown: 0 }
};
var DEFAULT_EXPOSURE = (rule) => ({
  what: `a ${rule.replace(/-/g, " ")} token`,
  severity: "high",
  shown: 4
});
function exposureOf(ruleId, messageId) {
  const rule = ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId;
  return EXPOSURES[`${rule}:${messageId}`] ?? EXPOSURES[rule] ?? DEFAULT_EXPOSURE(rule);
}
async function loadPresetScanner() {
  const [{ lintSource }, { creator }] = await Promise.all([
    import("./module-WWVKORSH.js"),
    import("./module-JUEIMLK4.js")
  ]);
  const config = {
    rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: creator, options: {} }]
  };
  return async (file, text, found = () => {
  }) => {
    const result = await lintSource({
      source: { filePath: file, ext: path2.posix.extname(file), content: text, contentType: "text" },
      options: { config, noPhysicFilePath: true }
    });
    return result.messages.flatMap((message) => {
      const finding = toFinding(file, text, message);
      if (finding) found(text.slice(message.range[0], message.range[1]));
      return finding ? [finding] : [];
    });
  };
}
function databaseUrlSeverity(url, severity) {
  const password = connectionUrlPassword(url);
  if (password?.placeholder) return void 0;
  return password?.loopback ? "low" : severity;
}
function toFinding(file, text, message) {
  const exposure = exposureOf(message.ruleId, message.messageId);
  const secret = text.slice(message.range[0], message.range[1]);
  const severity = message.ruleId === `${RULE_PREFIX}database-connection-string` ? databaseUrlSeverity(secret, exposure.severity) : exposure.severity;
  if (!severity) return void 0;
  return {
    rule: `secretlint/${message.ruleId.replace(RULE_PREFIX, "")}`,
    severity,
    message: `${exposure.what} is committed (${exposure.tail === false ? "\u2026" : redact(secret, exposure.shown)})`,
    file,
    line: message.loc.start.line,
    column: message.loc.start.column + 1,
    hint: "remove it, rotate it (it is in the history now) and load it from the environment",
    ...message.docsUrl ? { url: message.docsUrl } : {}
  };
}

// src/gates/secrets/run.ts
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var BINARY_SNIFF_CHARS = 8e3;
var READ_BATCH = 32;
function checkRequiredEnv(names, context) {
  const findings = [];
  for (const name of names) {
    const value = context.env[name];
    if (value !== void 0 && value.trim() !== "") {
      context.maskSecret(value);
      continue;
    }
    findings.push({
      rule: "missing-env",
      severity: "high",
      message: `required environment variable ${name} is ${value === void 0 ? "not set" : "set but empty"}`,
      hint: `set ${name} in the workflow's env (from a repository or environment secret)`
    });
  }
  return findings;
}
var ENV_FILE_RULES = /* @__PURE__ */ new Set(["secret-in-env-file", "connection-url-password"]);
async function scanFile(file, text, preset, context) {
  const found = (secret) => context.maskSecret(secret);
  const own = scanForSecrets(file, text, found);
  const envLines = new Set(own.filter((f) => ENV_FILE_RULES.has(f.rule)).map((f) => f.line));
  const places = /* @__PURE__ */ new Set();
  const maintained = (await preset(file, text, found)).filter((f) => {
    const place = `${f.rule}:${f.line}`;
    if (envLines.has(f.line) || places.has(place)) return false;
    places.add(place);
    return true;
  });
  return [...maintained, ...own].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
async function run({ options }, context) {
  const findings = checkRequiredEnv(options["required-env"], context);
  const scope = [];
  if (options["required-env"].length > 0) {
    scope.push(`${plural(options["required-env"].length, "required variable")} checked`);
  }
  if (options.scan) {
    const { files, source } = await listSourceFiles(context);
    const scanned = files.filter((file) => !isExcluded(file, options.exclude));
    context.log(
      `scanning ${plural(scanned.length, "file")} (${source === "git" ? "tracked by git" : "tree walk"})`
    );
    const preset = await loadPresetScanner();
    const skipped = [];
    for (let start = 0; start < scanned.length && !context.signal.aborted; start += READ_BATCH) {
      const batch = scanned.slice(start, start + READ_BATCH);
      const reads = await Promise.all(
        batch.map((file) => readSourceFile(context.root, file, MAX_FILE_BYTES))
      );
      for (const [index, read] of reads.entries()) {
        const file = batch[index] ?? "";
        if (read.kind === "skipped") skipped.push({ file, reason: read.reason });
        if (read.kind !== "text" || read.text.slice(0, BINARY_SNIFF_CHARS).includes("\0")) continue;
        findings.push(...await scanFile(file, read.text, preset, context));
      }
    }
    scope.push(`${plural(scanned.length - skipped.length, "file")} scanned`);
    if (skipped.length > 0) {
      scope.push(describeSkipped(skipped));
      for (const { file, reason } of skipped) context.log(`not scanned: ${file} (${reason})`);
    }
  }
  return judgeFindings(findings, { failOn: options["fail-on"], scope: scope.join(", ") });
}
export {
  run
};
//# sourceMappingURL=run-DDJURPNH.js.map
