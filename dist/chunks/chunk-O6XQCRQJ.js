import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-JWG6RZIF.js";
import {
  plural
} from "./chunk-CUFLXAQW.js";
import {
  bySeverity
} from "./chunk-47AQDYNB.js";

// src/report/presentation.ts
var STATUS_LABEL = {
  pass: { icon: "\u2705", text: "pass" },
  warn: { icon: "\u26A0\uFE0F", text: "warn" },
  fail: { icon: "\u274C", text: "fail" },
  error: { icon: "\u{1F4A5}", text: "error" },
  skip: { icon: "\u23ED\uFE0F", text: "skip" }
};
function findingLocation(finding) {
  if (!finding.file) return "";
  return [finding.file, finding.line, finding.line ? finding.column : void 0].filter((p) => p !== void 0).join(":");
}
function statusTally(checks) {
  const order = ["fail", "error", "warn", "pass", "skip"];
  const words = {
    fail: "failed",
    error: "errored",
    warn: "warned",
    pass: "passed",
    skip: "skipped"
  };
  const parts = order.map((status) => [status, checks.filter((c) => c.status === status).length]).filter(([, n]) => n > 0).map(([status, n]) => `${n} ${words[status]}`);
  return parts.length ? parts.join(", ") : "no checks";
}

// src/report/budget.ts
var BUDGETS = {
  /** Issue/PR comment body: 65,536 characters. */
  comment: 6e4,
  /** Check run `output.summary` and `output.text`: 65,535 characters each. */
  checkRun: 6e4,
  /** Job summary: 1 MiB per step; over it the upload fails. */
  jobSummary: 9e5
};
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
function fitSections(renderers, budget) {
  const separator = 2;
  if (!Number.isFinite(budget)) return renderers.map((render) => render(budget));
  const full = renderers.map((render) => render(Number.POSITIVE_INFINITY));
  const order = full.map((text, index) => ({ index, size: text.length })).sort((a, b) => a.size - b.size);
  const result = new Array(renderers.length).fill("");
  let remaining = Math.max(0, budget);
  order.forEach(({ index, size }, position) => {
    const share = Math.floor(remaining / (order.length - position)) - separator;
    const text = size <= share ? full[index] ?? "" : renderers[index]?.(Math.max(0, share)) ?? "";
    result[index] = text;
    remaining -= text ? text.length + separator : 0;
  });
  return result;
}

// src/report/markdown-escape.ts
function escapeInline(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([`*_[\]])/g, "\\$1").replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/\r\n?|\n/g, " ");
}
function codeBlock(text, language = "") {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${text.replace(/\s+$/, "")}
${fence}`;
}
function inlineCode(text) {
  const clean = text.replace(/\r\n?|\n/g, " ");
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

// src/report/render-markdown.ts
var MAX_CELL = 300;
var MAX_MESSAGE = 1e3;
var DEFAULT_HINT = "the JSON report";
function renderHeading(report) {
  const icon = report.verdict === "pass" ? "\u2705" : "\u274C";
  const word = report.verdict === "pass" ? "passed" : "failed";
  return `## ${icon} Shipgate sign-off: ${word}

${report.checks.length} checks: ${statusTally(report.checks)} \xB7 ${formatDuration(report.durationMs)}`;
}
function renderTable(report) {
  const rows = report.checks.map((check) => {
    const label = STATUS_LABEL[check.status];
    const blocking = check.blocking ? "" : " _(advisory)_";
    return `| ${check.phase} | ${escapeInline(clip(check.title, MAX_CELL))}${blocking} | ${label.icon} ${label.text} | ${formatDuration(check.durationMs)} | ${escapeInline(clip(check.summary, MAX_CELL))} |`;
  });
  return [
    "| Phase | Check | Status | Time | Details |",
    "| --- | --- | --- | --- | --- |",
    ...rows
  ].join("\n");
}
function findingLine(finding) {
  const where = findingLocation(finding);
  const waived = finding.waived ? ` _(waived: ${escapeInline(clip(finding.waived, MAX_CELL))})_` : "";
  const hint = finding.hint ? ` \u2014 ${escapeInline(clip(finding.hint, MAX_CELL))}` : "";
  return `- **${finding.severity}** ${inlineCode(clip(finding.rule, MAX_CELL))}${where ? ` ${inlineCode(where)}` : ""}: ${escapeInline(clip(finding.message, MAX_MESSAGE))}${hint}${waived}`;
}
function detailsWith(check, cut, hint, capped) {
  const ordered = [...check.findings].sort(bySeverity);
  const lines = ordered.slice(0, cut.findings).map(findingLine);
  const hidden = check.findings.length - cut.findings;
  if (hidden > 0) {
    lines.push(
      cut.findings < capped ? `- \u2026and ${hidden} more (left out to fit): see ${hint}` : `- \u2026and ${hidden} more in the JSON report`
    );
  }
  const evidence = check.evidence?.replace(/\s+$/, "") ?? "";
  let evidenceBlock = "";
  if (evidence && cut.evidenceChars >= evidence.length) evidenceBlock = codeBlock(evidence);
  else if (evidence && cut.evidenceChars > 0) {
    evidenceBlock = codeBlock(`\u2026
${evidence.slice(-cut.evidenceChars)}`);
  } else if (evidence) lines.push(`- Tool output left out to fit: see ${hint}`);
  const body = [lines.join("\n"), evidenceBlock].filter(Boolean).join("\n\n");
  const label = STATUS_LABEL[check.status];
  const count = check.findings.length ? ` (${plural(check.findings.length, "finding")})` : "";
  return `<details><summary>${label.icon} ${escapeInline(clip(check.title, MAX_CELL))}${count}</summary>

${body}

</details>`;
}
function renderCheckDetails(check, options = {}, maxChars = Number.POSITIVE_INFINITY) {
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const capped = Math.min(check.findings.length, options.maxFindingsPerCheck ?? 50);
  const evidenceLength = check.evidence?.length ?? 0;
  const render = (cut) => detailsWith(check, cut, hint, capped);
  const full = render({ findings: capped, evidenceChars: evidenceLength });
  if (full.length <= maxChars) return full;
  const withoutEvidence = render({ findings: capped, evidenceChars: 0 });
  if (withoutEvidence.length <= maxChars) {
    const room = maxChars - withoutEvidence.length - 20;
    return room > 200 ? render({ findings: capped, evidenceChars: room }) : withoutEvidence;
  }
  let low = 0;
  let high = capped;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render({ findings: mid, evidenceChars: 0 }).length <= maxChars) low = mid;
    else high = mid - 1;
  }
  const fitted = render({ findings: low, evidenceChars: 0 });
  return fitted.length <= maxChars ? fitted : "";
}
function renderMarkdown(report, options = {}) {
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  const footer = options.runUrl ? `[Workflow run](${options.runUrl})` : "";
  const fixed = [options.header ?? "", renderHeading(report), renderTable(report), footer];
  const withDetails = report.checks.filter((check) => check.findings.length > 0 || check.evidence);
  const omittedNote = (n) => `_Details of ${n} ${n === 1 ? "check" : "checks"} left out to fit: see ${hint}._`;
  const reserved = fixed.reduce((sum, part) => sum + part.length + 2, 0) + omittedNote(withDetails.length).length + 2;
  const sections = fitSections(
    withDetails.map((check) => (maxChars) => renderCheckDetails(check, options, maxChars)),
    budget - reserved
  );
  const omitted = sections.filter((section) => !section).length;
  const [header, heading, table] = fixed;
  return [header, heading, table, ...sections, omitted ? omittedNote(omitted) : "", footer].filter(Boolean).join("\n\n") + "\n";
}

export {
  STATUS_LABEL,
  findingLocation,
  statusTally,
  BUDGETS,
  clip,
  codeBlock,
  renderMarkdown
};
//# sourceMappingURL=chunk-O6XQCRQJ.js.map
