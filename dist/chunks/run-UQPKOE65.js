import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isLoopbackHost
} from "./chunk-AL3S3XOU.js";
import {
  isParseFailure,
  keyName,
  parseStatic,
  syntaxOf
} from "./chunk-4KQ3V26Q.js";
import {
  redactText,
  urlCredentials
} from "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import {
  readFirstProjectFile,
  repoJoin
} from "./chunk-KTKGKL7N.js";
import {
  describeSkipped,
  readSourceFile
} from "./chunk-7HQWB2XS.js";
import {
  judgeFindings
} from "./chunk-UC5UDIMU.js";
import "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/https-urls/run.ts
import path from "node:path";

// src/gates/https-urls/scan.ts
var ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
function parseEnvFile(text) {
  const settings = [];
  text.split("\n").forEach((raw, index) => {
    const match = ASSIGNMENT.exec(raw);
    if (!match || raw.trimStart().startsWith("#")) return;
    const [, prefix = "", key = "", rest = ""] = match;
    const quoted = /^(["'`])(.*?)\1/.exec(rest);
    const value = quoted ? quoted[2] ?? "" : rest.replace(/\s+#.*$/, "").trim();
    const column = raw.indexOf(rest, prefix.length + key.length) + 1 + (quoted ? 1 : 0);
    settings.push({ key, value, line: index + 1, column });
  });
  return settings;
}
function nextConfigEnv(text, file) {
  const parsed = parseStatic(text, syntaxOf(file));
  if (isParseFailure(parsed)) return [];
  const settings = [];
  for (const node of parsed.nodes()) {
    if (node.type !== "ObjectProperty" || keyName(node) !== "env") continue;
    const env = parsed.evaluate(node.value);
    if (env.kind === "object") settings.push(...stringSettings(env.properties));
  }
  return settings;
}
function vercelEnv(text) {
  const parsed = parseStatic(text, "json");
  if (isParseFailure(parsed)) return [];
  const root = parsed.evaluate(parsed.root);
  if (root.kind !== "object") return [];
  const build = root.properties.get("build")?.value;
  return [
    root.properties.get("env")?.value,
    build?.kind === "object" ? build.properties.get("env")?.value : void 0
  ].flatMap((env) => env?.kind === "object" ? stringSettings(env.properties) : []);
}
function stringSettings(properties) {
  return [...properties].flatMap(
    ([key, { value }]) => value.kind === "string" ? [{ key, value: value.value, ...value.at }] : []
  );
}
var PLAIN_URL = /\b(?:http|ws):\/\/[^\s,;"'`<>]+/gi;
function isLoopback(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return isLoopbackHost(host);
}
function insecureUrls(value) {
  return [...value.matchAll(PLAIN_URL)].filter((match) => !isLoopback(match[0])).map((match) => ({ url: match[0], index: match.index }));
}

// src/gates/https-urls/run.ts
var NEXT_CONFIGS = ["next.config.ts", "next.config.mjs", "next.config.js", "next.config.cjs"];
var hint = (key) => key.startsWith("NEXT_PUBLIC_") ? "Use the https:// URL: NEXT_PUBLIC_ values are built into the browser bundle, so every user\u2019s browser would call it in clear text." : "Use the https:// URL, so that requests and their credentials are encrypted in transit.";
function findingsFor(settings, file, context) {
  for (const setting of settings) {
    for (const secret of urlCredentials(setting.value)) context.maskSecret(secret);
  }
  return settings.flatMap(
    (setting) => insecureUrls(setting.value).map(({ url, index }) => ({
      rule: "https-urls/plain-http",
      severity: "high",
      message: `${setting.key} is ${redactText(url)}, which is not HTTPS.`,
      hint: hint(setting.key),
      ...file ? { file, line: setting.line, column: setting.column + index } : {}
    }))
  );
}
async function run({ options, dir }, context) {
  const findings = [];
  const read = [];
  const missing = [];
  const skipped = [];
  for (const name of options.files) {
    const file = repoJoin(dir, name);
    const source = await readSourceFile(context.root, file);
    if (source.kind === "skipped") skipped.push({ file, reason: source.reason });
    if (source.kind !== "text") {
      if (source.kind === "missing") missing.push(name);
      continue;
    }
    read.push(name);
    findings.push(...findingsFor(parseEnvFile(source.text), file, context));
  }
  const nextConfig = await readFirstProjectFile(context.root, dir, NEXT_CONFIGS, skipped);
  if (nextConfig) {
    read.push(path.posix.basename(nextConfig.path));
    findings.push(
      ...findingsFor(nextConfigEnv(nextConfig.text, nextConfig.path), nextConfig.path, context)
    );
  }
  const vercel = await readFirstProjectFile(context.root, dir, ["vercel.json"], skipped);
  if (vercel) {
    read.push("vercel.json");
    findings.push(...findingsFor(vercelEnv(vercel.text), vercel.path, context));
  }
  const publicVariables = Object.entries(context.env).filter((entry) => entry[0].startsWith("NEXT_PUBLIC_") && !!entry[1]).map(([key, value]) => ({ key, value, line: 1, column: 1 }));
  findings.push(...findingsFor(publicVariables, void 0, context));
  if (read.length === 0 && publicVariables.length === 0) {
    const why = skipped.length ? `; ${describeSkipped(skipped)}` : "";
    return {
      status: "skip",
      summary: `nothing to check: no ${options.files.join(", ")}, next.config.* or vercel.json in ${dir}, and no NEXT_PUBLIC_* variables${why}`
    };
  }
  const scope = [
    read.length ? `read ${read.join(", ")}` : void 0,
    publicVariables.length ? `${publicVariables.length} NEXT_PUBLIC_* variables` : void 0,
    missing.length ? `not found: ${missing.join(", ")}` : void 0,
    skipped.length ? describeSkipped(skipped) : void 0
  ].filter(Boolean).join("; ");
  return judgeFindings(findings, { failOn: options["fail-on"], scope });
}
export {
  run
};
//# sourceMappingURL=run-UQPKOE65.js.map
