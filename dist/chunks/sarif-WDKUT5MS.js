import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  locate,
  pathUri
} from "./chunk-M5ASX7ZK.js";
import {
  bySeverity,
  moreSevere
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  info: void 0
};
var FINGERPRINT_KEY = "shipgateFingerprint/v1";
var MAX_RUNS = 20;
var nonEmpty = (text, fallback) => text?.trim() ? text.trim() : fallback;
var firstLine = (text) => text.split("\n")[0] ?? text;
function ruleFor(id, findings, check) {
  const worst = findings.reduce((acc, f) => moreSevere(acc, f.severity), "info");
  const example = findings[0];
  const description = nonEmpty(example?.message, `${check.title}: ${id}`);
  const helpText = nonEmpty(
    [example?.hint, example?.url ? `More: ${example.url}` : void 0].filter(Boolean).join("\n"),
    `Reported by ${check.title}. See the Shipgate report for details.`
  );
  const securitySeverity = SECURITY_SEVERITY[worst];
  return {
    id,
    shortDescription: { text: firstLine(description).slice(0, 1e3) },
    fullDescription: { text: description.slice(0, 1e4) },
    help: { text: helpText },
    ...example?.url ? { helpUri: example.url } : {},
    defaultConfiguration: { level: LEVEL[worst] },
    properties: {
      tags: ["shipgate", check.kind, ...securitySeverity ? ["security"] : []],
      ...securitySeverity ? { "security-severity": securitySeverity } : {},
      precision: "high"
    }
  };
}
var MAX_RESULTS_PER_RUN = 25e3;
function resultFor(ruleId, ruleIndex, finding, check) {
  const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
  return {
    ruleId,
    ruleIndex,
    level: finding.waived ? "note" : LEVEL[finding.severity],
    message: { text: nonEmpty(finding.message, ruleId) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathUri(finding.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: finding.line,
            ...endLine !== finding.line ? { endLine } : {},
            ...finding.column ? { startColumn: finding.column } : {},
            ...finding.column && finding.endColumn && endLine === finding.line ? { endColumn: Math.max(finding.column, finding.endColumn) } : {}
          }
        }
      }
    ],
    // A waived finding is accepted, not fixed: SARIF's suppression says exactly that.
    ...finding.waived ? { suppressions: [{ kind: "external", justification: nonEmpty(finding.waived, "waived") }] } : {},
    // Code scanning tracks an alert across commits by this, not by the line it is on.
    ...finding.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } } : {},
    properties: { severity: finding.severity, check: check.id }
  };
}
function runFor(kind, checks, version) {
  const located = checks.flatMap(
    (check) => check.findings.flatMap((finding) => {
      const at = locate(finding);
      return at ? [{ finding: at, check, ruleId: nonEmpty(at.rule, kind) }] : [];
    })
  );
  const kept = located.length > MAX_RESULTS_PER_RUN ? [...located].sort((a, b) => bySeverity(a.finding, b.finding)).slice(0, MAX_RESULTS_PER_RUN) : located;
  const byRule = /* @__PURE__ */ new Map();
  for (const { finding, check, ruleId } of kept) {
    const group = byRule.get(ruleId) ?? { check, findings: [] };
    group.findings.push(finding);
    byRule.set(ruleId, group);
  }
  const ruleIds = [...byRule.keys()];
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const omitted = located.length - kept.length;
  return {
    tool: {
      driver: {
        name: `Shipgate ${kind}`,
        semanticVersion: version,
        rules: ruleIds.map((id) => {
          const group = byRule.get(id);
          return ruleFor(id, group.findings, group.check);
        })
      }
    },
    // Tells the runs apart in code scanning, which rejects two runs with one tool and category.
    automationDetails: { id: `shipgate/${kind}/` },
    results: kept.map(
      ({ finding, check, ruleId }) => resultFor(ruleId, ruleIndex.get(ruleId) ?? 0, finding, check)
    ),
    ...omitted ? { properties: { omittedResults: omitted } } : {}
  };
}
function toSarif(report, version) {
  const byKind = /* @__PURE__ */ new Map();
  for (const check of report.checks) {
    if (check.status === "skip" || check.status === "error") continue;
    byKind.set(check.kind, [...byKind.get(check.kind) ?? [], check]);
  }
  const runs = [...byKind.entries()].map(([kind, checks]) => runFor(kind, checks, version)).sort((a, b) => Number(b.results.length > 0) - Number(a.results.length > 0)).slice(0, MAX_RUNS);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs
  };
}
export {
  toSarif
};
//# sourceMappingURL=sarif-WDKUT5MS.js.map
