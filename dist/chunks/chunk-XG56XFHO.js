import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  SEVERITIES
} from "./chunk-J6AANBPF.js";

// src/core/severity.ts
var severityRank = (severity) => SEVERITIES.indexOf(severity);
var atLeast = (severity, threshold) => severityRank(severity) <= severityRank(threshold);
var moreSevere = (a, b) => severityRank(a) <= severityRank(b) ? a : b;
var bySeverity = (a, b) => severityRank(a.severity) - severityRank(b.severity);
var isJudged = (finding) => !finding.waived && finding.new !== false;
function statusOf(findings, { failOn, warnFrom = "info" }) {
  let status = "pass";
  for (const finding of findings) {
    if (!isJudged(finding)) continue;
    if (failOn && atLeast(finding.severity, failOn)) return "fail";
    if (atLeast(finding.severity, warnFrom)) status = "warn";
  }
  return status;
}
var SEVERITY_ALIASES = {
  critical: "critical",
  // also Django's CRITICAL level
  high: "high",
  error: "high",
  // eslint 2, tsc "error", SARIF "error", Django ERROR
  medium: "medium",
  moderate: "medium",
  // npm audit, GitHub advisories
  warning: "medium",
  // eslint 1, SARIF "warning", Django WARNING
  low: "low",
  note: "low",
  // SARIF "note"
  info: "info",
  // also Django INFO
  informational: "info",
  debug: "info",
  // Django DEBUG
  suggestion: "info",
  // tsc "suggestion"
  message: "info",
  // tsc "message"
  undefined: "info",
  // bandit's UNDEFINED severity
  none: "info"
};
function normalizeSeverity(raw, fallback) {
  if (!raw) return fallback;
  return SEVERITY_ALIASES[raw.trim().toLowerCase()] ?? fallback;
}
var RULE_SEVERITIES = {
  flake8: {
    E9: "high",
    F63: "high",
    F7: "high",
    F82: "high",
    F: "medium",
    E: "low",
    W: "low",
    C: "low"
  },
  django: {
    "security.W018": "critical"
  }
};
function ruleSeverity(tool, rule, fallback) {
  const table = RULE_SEVERITIES[tool];
  if (!table) return fallback;
  let best;
  for (const prefix of Object.keys(table)) {
    if (rule.startsWith(prefix) && prefix.length > (best?.length ?? -1)) best = prefix;
  }
  return best === void 0 ? fallback : table[best] ?? fallback;
}

export {
  severityRank,
  atLeast,
  moreSevere,
  bySeverity,
  isJudged,
  statusOf,
  normalizeSeverity,
  ruleSeverity
};
//# sourceMappingURL=chunk-XG56XFHO.js.map
