import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isObject,
  list,
  strings,
  text
} from "./chunk-DWJ3KT6V.js";
import {
  fail,
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";

// src/gates/pip-audit/parse.ts
var normalizePackageName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function requirementLines(requirements) {
  const lines = /* @__PURE__ */ new Map();
  requirements.split("\n").forEach((line, index) => {
    const name = REQUIREMENT_NAME.exec(line.replace(/#.*/, ""))?.[1];
    if (name && !lines.has(normalizePackageName(name)))
      lines.set(normalizePackageName(name), index + 1);
  });
  return lines;
}
var firstSentence = (description) => {
  const flat = description.replace(/\s+/g, " ").trim();
  const sentence = /^(.{20,}?[.!?])\s/.exec(flat)?.[1] ?? flat;
  return sentence.length > 200 ? `${sentence.slice(0, 199)}\u2026` : sentence;
};
var parsePipAudit = ({ stdout }, options) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const body = json.value;
  const dependencies = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.dependencies) ? body.dependencies : void 0;
  if (!dependencies) {
    return fail(
      'unexpected pip-audit JSON: neither {"dependencies": [...]} nor an array of dependencies (pip-audit version?)'
    );
  }
  const located = options.requirements ? requirementLines(options.requirements.text) : void 0;
  const findings = [];
  const skipped = [];
  let audited = 0;
  for (const dependency of dependencies) {
    if (!isObject(dependency)) continue;
    const name = text(dependency.name) ?? "unknown package";
    const skipReason = text(dependency.skip_reason);
    if (skipReason !== void 0) {
      skipped.push(`${name} (${skipReason})`);
      continue;
    }
    audited += 1;
    const line = located?.get(normalizePackageName(name));
    findings.push(...vulnerabilityFindings(dependency, name, options, line));
  }
  return ok({
    findings,
    scope: `${plural(audited, "package")} audited${options.audited ? ` in ${options.audited}` : ""}`,
    notes: skipped.length ? [{ text: `not audited: ${fewNamed(skipped)}`, warn: false }] : [],
    metrics: { packages: audited, skipped: skipped.length },
    ...audited === 0 && skipped.length === 0 ? { nothingToCheck: "no dependencies to audit" } : {}
  });
};
var fewNamed = (names) => `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`;
function vulnerabilityFindings(dependency, name, options, line) {
  const version = text(dependency.version);
  const package_ = version ? `${name} ${version}` : name;
  return list(dependency.vulns).filter(isObject).map((vuln) => {
    const id = text(vuln.id) ?? "unknown-advisory";
    const aliases = strings(vuln.aliases).filter((alias) => alias !== id);
    const fixes = strings(vuln.fix_versions);
    const description = text(vuln.description);
    return {
      rule: id,
      severity: options.severity,
      subject: normalizePackageName(name),
      message: `${package_}: ${id}${aliases.length ? ` (${aliases.join(", ")})` : ""}${description ? `: ${firstSentence(description)}` : ""}`,
      ...options.requirements ? { file: options.requirements.file } : {},
      ...line ? { line } : {},
      ...aliases.length ? { aliases } : {},
      url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
      hint: fixes.length ? `upgrade ${name} to ${fixes.join(" or ")}` : `no fixed release of ${name} yet: waive it with a reason and an expiry, or replace the package`
    };
  });
}

export {
  requirementLines,
  parsePipAudit
};
//# sourceMappingURL=chunk-NHF6CQWA.js.map
