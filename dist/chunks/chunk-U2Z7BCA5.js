import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  external_exports
} from "./chunk-T4WLO72Z.js";

// src/core/model.ts
var STATUSES = ["pass", "warn", "fail", "error", "skip"];
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var PHASES = ["pre", "post", "signoff"];
var spanSchema = external_exports.object({
  line: external_exports.number().int().positive(),
  endLine: external_exports.number().int().positive()
});
var findingSchema = external_exports.object({
  rule: external_exports.string(),
  severity: external_exports.enum(SEVERITIES),
  message: external_exports.string(),
  file: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  column: external_exports.number().int().positive().optional(),
  endLine: external_exports.number().int().positive().optional(),
  endColumn: external_exports.number().int().positive().optional(),
  /** Other ids of the same issue (CVE, GHSA, PYSEC): a waiver may name any of them. */
  aliases: external_exports.array(external_exports.string()).optional(),
  /** Where to read more, e.g. an advisory or rule page. */
  url: external_exports.string().optional(),
  /** What to do about it, when the tool or Shipgate knows. */
  hint: external_exports.string().optional(),
  /** Set when a waiver (ignore entry) matched: the finding is kept for the record but not counted. */
  waived: external_exports.string().optional(),
  /**
   * What the finding is about when its line does not say it: the package of an advisory,
   * the settings module of a Django check. Part of its fingerprint.
   */
  subject: external_exports.string().optional(),
  /**
   * Every range of lines the finding covers when it covers several (the lines black would
   * rewrite): its fingerprint reads them all, and a change to any of them makes it new.
   */
  spans: external_exports.array(spanSchema).optional(),
  /**
   * A stable id of the finding that survives lines moving: from the check, the rule, the
   * file, the normalised text of its lines (or its subject) and its occurrence among equal
   * ones. Baselines list fingerprints; SARIF carries it in `partialFingerprints`.
   */
  fingerprint: external_exports.string().optional(),
  /**
   * False for a finding the change did not introduce: in the baseline, or outside the lines
   * the pull request changed. Only new findings are judged; existing ones are shown.
   */
  new: external_exports.boolean().optional()
});
var checkResultSchema = external_exports.object({
  id: external_exports.string(),
  phase: external_exports.enum(PHASES),
  kind: external_exports.string(),
  title: external_exports.string(),
  status: external_exports.enum(STATUSES),
  blocking: external_exports.boolean(),
  durationMs: external_exports.number().nonnegative(),
  summary: external_exports.string(),
  findings: external_exports.array(findingSchema),
  metrics: external_exports.record(external_exports.string(), external_exports.number()),
  /** The tail of the tool's output, kept as evidence for a reviewer. */
  evidence: external_exports.string().optional(),
  /**
   * Findings the change introduced (`new`), those it did not (`existing`), and baseline
   * entries of this check no longer found (`fixed`: prune them from the baseline).
   */
  counts: external_exports.object({
    new: external_exports.number().int().nonnegative(),
    existing: external_exports.number().int().nonnegative(),
    fixed: external_exports.number().int().nonnegative()
  }).optional(),
  /**
   * What was left out to keep the report bounded: `findings` beyond the per-check cap (the
   * most severe are kept; the summary and status count them all), and `outputBytes` a tool
   * printed past the capture limit. Absent when nothing was.
   */
  trimmed: external_exports.object({
    findings: external_exports.number().int().positive().optional(),
    outputBytes: external_exports.number().int().positive().optional()
  }).optional(),
  /**
   * The check's `fail-on`: unwaived findings at or above it are what failed the check.
   * Absent when the check judges otherwise (a command's exit code, a headers grade).
   */
  failOn: external_exports.enum(SEVERITIES).optional()
});
var REPORT_SCHEMA_ID = "shipgate/report@1";
var reportSchema = external_exports.object({
  schema: external_exports.literal(REPORT_SCHEMA_ID),
  verdict: external_exports.enum(["pass", "fail"]),
  startedAt: external_exports.iso.datetime(),
  durationMs: external_exports.number().nonnegative(),
  /** The commit judged: the PR head, the deployed or pushed commit. Shards must agree on it. */
  commit: external_exports.string().optional(),
  /** The workflow job that produced the report (GITHUB_JOB), to tell shards apart. */
  job: external_exports.string().optional(),
  checks: external_exports.array(checkResultSchema)
});

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
  SEVERITIES,
  REPORT_SCHEMA_ID,
  reportSchema,
  severityRank,
  atLeast,
  moreSevere,
  bySeverity,
  isJudged,
  statusOf,
  normalizeSeverity,
  ruleSeverity
};
//# sourceMappingURL=chunk-U2Z7BCA5.js.map
