import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import {
  checkShape
} from "./chunk-DWJ3KT6V.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  readFirstProjectFile
} from "./chunk-KTKGKL7N.js";
import "./chunk-JL6IDB5D.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  fail,
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import {
  moreSevere,
  normalizeSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/npm-audit/run.ts
import path from "node:path";

// src/gates/npm-audit/parse.ts
var advisorySchema = external_exports.object({
  source: external_exports.number(),
  name: external_exports.string(),
  dependency: external_exports.string().optional(),
  title: external_exports.string(),
  url: external_exports.string(),
  severity: external_exports.string(),
  range: external_exports.string()
});
var fixSchema = external_exports.union([
  external_exports.boolean(),
  external_exports.object({ name: external_exports.string(), version: external_exports.string(), isSemVerMajor: external_exports.boolean().optional() })
]);
var vulnerabilitySchema = external_exports.object({
  name: external_exports.string(),
  isDirect: external_exports.boolean().optional(),
  // A string names another vulnerable package this one is vulnerable through.
  via: external_exports.array(external_exports.union([external_exports.string(), advisorySchema])),
  effects: external_exports.array(external_exports.string()).default([]),
  nodes: external_exports.array(external_exports.string()).default([]),
  fixAvailable: fixSchema.optional()
});
var reportSchema = external_exports.object({
  auditReportVersion: external_exports.literal(2),
  vulnerabilities: external_exports.record(external_exports.string(), vulnerabilitySchema),
  metadata: external_exports.object({ dependencies: external_exports.object({ total: external_exports.number() }).partial().optional() }).optional()
});
var npmErrorSchema = external_exports.object({
  error: external_exports.object({
    code: external_exports.string().nullish(),
    summary: external_exports.string().nullish(),
    detail: external_exports.string().nullish()
  })
});
var registryErrorSchema = external_exports.object({
  message: external_exports.string(),
  statusCode: external_exports.number().nullish(),
  uri: external_exports.string().nullish()
});
var GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;
var MAX_PATHS = 3;
var parseNpmAudit = ({ stdout }, { dir, lockfile }) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const registryError = registryErrorSchema.safeParse(json.value);
  if (registryError.success && !("auditReportVersion" in json.value)) {
    const { statusCode, message } = registryError.data;
    const status = statusCode ? ` answered ${statusCode}` : " failed";
    return fail(`the registry's advisory endpoint${status}: ${message}`);
  }
  const npmError = npmErrorSchema.safeParse(json.value);
  if (npmError.success) {
    const { code, summary, detail } = npmError.data.error;
    const hint = code === "ENOLOCK" ? `commit a lockfile: run npm i --package-lock-only in ${dir}` : (detail ?? "").split("\n")[0];
    return {
      ok: false,
      error: `${code ?? "unknown error"}: ${summary ?? ""}${hint ? ` (${hint})` : ""}`,
      own: detail ? { evidence: detail } : {}
    };
  }
  const version = json.value?.auditReportVersion;
  if (version !== void 0 && version !== 2) {
    return fail(
      `unsupported npm audit report version ${JSON.stringify(version)} (Shipgate reads version 2, npm 7 and later)`
    );
  }
  const report = checkShape(reportSchema, json.value, "npm audit report");
  if (!report.ok) return report;
  const findings = advisoryFindings(report.value.vulnerabilities, lockfile);
  const dependencies = report.value.metadata?.dependencies?.total;
  return ok(
    dependencies === void 0 ? { findings } : {
      findings,
      scope: `${plural(dependencies, "dependency", "dependencies")} audited`,
      metrics: { dependencies }
    }
  );
};
function advisoryFindings(vulnerabilities, lockfile) {
  const findings = [];
  const lines = lockfile ? lockfileLines(lockfile.text) : void 0;
  for (const name of Object.keys(vulnerabilities).sort()) {
    const vulnerability = vulnerabilities[name];
    if (!vulnerability) continue;
    const byRule = /* @__PURE__ */ new Map();
    for (const via of vulnerability.via) {
      if (typeof via === "string") continue;
      const rule = GHSA.exec(via.url)?.[0] ?? `npm-advisory-${via.source}`;
      const severity = normalizeSeverity(via.severity, "high");
      const seen = byRule.get(rule);
      if (!seen) {
        byRule.set(rule, { advisory: via, ranges: [via.range], severity });
        continue;
      }
      if (!seen.ranges.includes(via.range)) seen.ranges.push(via.range);
      seen.severity = moreSevere(seen.severity, severity);
    }
    for (const [rule, { advisory, ranges, severity }] of byRule) {
      const node = vulnerability.nodes[0];
      const line = node === void 0 ? void 0 : lines?.get(node);
      findings.push({
        rule,
        severity,
        message: `${advisory.title}: ${name} ${ranges.join(" || ")} (${describePaths(vulnerability)})`,
        url: advisory.url,
        hint: fixHint(vulnerability.fixAvailable),
        subject: name,
        ...lockfile ? { file: lockfile.path } : {},
        ...line ? { line } : {}
      });
    }
  }
  return findings;
}
function describePaths(vulnerability) {
  const paths = vulnerability.nodes.map(
    (node) => node.split(/(?:^|\/)node_modules\//).filter(Boolean).join(" > ")
  );
  const shown = paths.slice(0, MAX_PATHS).join(", ");
  const more = paths.length > MAX_PATHS ? ` and ${paths.length - MAX_PATHS} more` : "";
  const through = vulnerability.effects.length ? `; affects ${vulnerability.effects.join(", ")}` : "";
  return `${paths.length === 1 ? "path" : "paths"}: ${shown || vulnerability.name}${more}${through}`;
}
function fixHint(fix) {
  if (fix === true) return "Fix available: run npm audit fix.";
  if (fix && typeof fix === "object") {
    return fix.isSemVerMajor ? `Fix available: npm audit fix --force installs ${fix.name}@${fix.version}, a semver-major change.` : `Fix available: npm audit fix installs ${fix.name}@${fix.version}.`;
  }
  return "No fix available: remove or replace the dependency, or waive the advisory with a reason.";
}
var PACKAGE_ENTRY = /^\s*("(?:[^"\\]|\\.)*"):\s*\{/;
function lockfileLines(text) {
  const lines = /* @__PURE__ */ new Map();
  text.split("\n").forEach((line, index) => {
    const key = PACKAGE_ENTRY.exec(line)?.[1];
    if (key === void 0) return;
    const parsed = parseJson(key);
    if (parsed.ok && typeof parsed.value === "string" && !lines.has(parsed.value)) {
      lines.set(parsed.value, index + 1);
    }
  });
  return lines;
}

// src/gates/npm-audit/run.ts
var NPM_LOCKFILES = ["npm-shrinkwrap.json", "package-lock.json"];
var OTHER_LOCKFILES = ["pnpm-lock.yaml", "yarn.lock"];
async function run({ options, dir }, context) {
  const lockfile = await readFirstProjectFile(context.root, dir, NPM_LOCKFILES);
  if (!lockfile) {
    const other = await readFirstProjectFile(context.root, dir, OTHER_LOCKFILES);
    if (other) {
      return {
        status: "error",
        summary: `npm audit needs package-lock.json, but ${dir} is locked by ${path.basename(other.path)}: audit it with a custom command (pnpm audit / yarn npm audit) and turn this gate off`
      };
    }
  }
  return runToolGate(
    {
      label: "npm audit",
      invocation: {
        tool: "npm",
        command: "npm",
        args: ["audit", "--json", ...options.omit.map((type) => `--omit=${type}`), ...options.args],
        cwd: dir,
        installHint: "npm comes with Node.js: set up Node (e.g. actions/setup-node) before Shipgate"
      },
      parse: (output) => parseNpmAudit(output, { dir, lockfile }),
      // npm exits 1 when it found vulnerabilities; anything else with a report is unexpected.
      contradicts: (parsed, result) => parsed.ok && result.exitCode !== 0 && result.exitCode !== 1 ? "printed a report but did not exit with 0 or 1" : void 0,
      judgement: { failOn: options["fail-on"], waivers: options.ignore }
    },
    context
  );
}
export {
  run
};
//# sourceMappingURL=run-3UDP5BVN.js.map
