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
} from "./chunk-5UPM4TRG.js";

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
  /**
   * Job summary, in UTF-8 bytes: 1 MiB per step, over which the upload fails. A character
   * can take 3 bytes (CJK, most symbols), so a `.length` budget alone is not enough.
   */
  jobSummaryBytes: 9e5
};
function withinBytes(render, maxBytes) {
  let budget = maxBytes;
  let text = render(budget);
  for (let bytes = Buffer.byteLength(text); bytes > maxBytes; bytes = Buffer.byteLength(text)) {
    budget = Math.floor(budget * maxBytes / bytes) - 1e3;
    text = render(Math.max(0, budget));
    if (budget <= 0) break;
  }
  return text;
}
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
    if (share <= 0) return;
    const text = size <= share ? full[index] ?? "" : renderers[index]?.(share) ?? "";
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
var tableRow = (check) => {
  const label = STATUS_LABEL[check.status];
  const blocking = check.blocking ? "" : " _(advisory)_";
  return `| ${check.phase} | ${escapeInline(clip(check.title, MAX_CELL))}${blocking} | ${label.icon} ${label.text} | ${formatDuration(check.durationMs)} | ${escapeInline(clip(check.summary, MAX_CELL))} |`;
};
var NOTEWORTHY = /* @__PURE__ */ new Set(["fail", "error", "warn"]);
function renderTable(report, maxChars = Number.POSITIVE_INFINITY, hint = DEFAULT_HINT) {
  const head = ["| Phase | Check | Status | Time | Details |", "| --- | --- | --- | --- | --- |"];
  const rows = report.checks.map(tableRow);
  const full = [...head, ...rows].join("\n");
  if (full.length <= maxChars) return full;
  const leftOut = (checks) => `| \u2026 | ${plural(checks.length, "more check")} left out to fit (${statusTally(checks)}) | | | see ${escapeInline(hint)} |`;
  let room = maxChars - head.join("\n").length - leftOut(report.checks).length - 2;
  const keep = /* @__PURE__ */ new Set();
  const byAttention = report.checks.map((check, index) => ({ check, index })).sort(
    (a, b) => Number(NOTEWORTHY.has(b.check.status)) - Number(NOTEWORTHY.has(a.check.status))
  );
  for (const { index } of byAttention) {
    const size = (rows[index] ?? "").length + 1;
    if (size > room) break;
    keep.add(index);
    room -= size;
  }
  const omitted = report.checks.filter((_, index) => !keep.has(index));
  return [...head, ...rows.filter((_, index) => keep.has(index)), leftOut(omitted)].join("\n");
}
function findingLine(finding) {
  const where = findingLocation(finding);
  const waived = finding.waived ? ` _(waived: ${escapeInline(clip(finding.waived, MAX_CELL))})_` : "";
  const hint = finding.hint ? ` \u2014 ${escapeInline(clip(finding.hint, MAX_CELL))}` : "";
  return `- **${finding.severity}** ${inlineCode(clip(finding.rule, MAX_CELL))}${where ? ` ${inlineCode(where)}` : ""}: ${escapeInline(clip(finding.message, MAX_MESSAGE))}${hint}${waived}`;
}
var partsCache = /* @__PURE__ */ new WeakMap();
function detailsParts(check, capped) {
  const cached = partsCache.get(check);
  if (cached?.capped === capped) return cached;
  const parts = {
    capped,
    // Highest severity first, so that whatever a budget cuts off is the least important.
    findingLines: [...check.findings].sort(bySeverity).slice(0, capped).map(findingLine),
    evidence: check.evidence?.trimEnd() ?? ""
  };
  partsCache.set(check, parts);
  return parts;
}
function detailsWith(check, parts, cut, hint, capped) {
  const lines = parts.findingLines.slice(0, cut.findings);
  const hidden = check.findings.length - cut.findings;
  if (hidden > 0) {
    lines.push(
      cut.findings < capped ? `- \u2026and ${hidden} more (left out to fit): see ${hint}` : `- \u2026and ${hidden} more in the JSON report`
    );
  }
  const notKept = check.trimmed?.findings ?? 0;
  if (notKept) lines.push(`- \u2026and ${notKept} less severe, over the report's cap per check`);
  const { evidence } = parts;
  let evidenceBlock = "";
  if (evidence && cut.evidenceChars >= evidence.length) evidenceBlock = codeBlock(evidence);
  else if (evidence && cut.evidenceChars > 0) {
    evidenceBlock = codeBlock(`\u2026
${evidence.slice(-cut.evidenceChars)}`);
  } else if (evidence) lines.push(`- Tool output left out to fit: see ${hint}`);
  const body = [lines.join("\n"), evidenceBlock].filter(Boolean).join("\n\n");
  const label = STATUS_LABEL[check.status];
  const total = check.findings.length + (check.trimmed?.findings ?? 0);
  const count = total ? ` (${plural(total, "finding")})` : "";
  return `<details><summary>${label.icon} ${escapeInline(clip(check.title, MAX_CELL))}${count}</summary>

${body}

</details>`;
}
function renderCheckDetails(check, options = {}, maxChars = Number.POSITIVE_INFINITY) {
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const capped = Math.min(check.findings.length, options.maxFindingsPerCheck ?? 50);
  const evidenceLength = check.evidence?.length ?? 0;
  const parts = detailsParts(check, capped);
  const render = (cut) => detailsWith(check, parts, cut, hint, capped);
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
  const withDetails = report.checks.filter((check) => check.findings.length > 0 || check.evidence);
  const omittedNote = (n) => `_Details of ${n} ${n === 1 ? "check" : "checks"} left out to fit: see ${hint}._`;
  const heading = renderHeading(report);
  const tableRoom = budget - [options.header ?? "", heading, footer, omittedNote(withDetails.length)].reduce(
    (sum, part) => sum + part.length + 2,
    2
  );
  const fixed = [options.header ?? "", heading, renderTable(report, tableRoom, hint), footer];
  const reserved = fixed.reduce((sum, part) => sum + part.length + 2, 0) + omittedNote(withDetails.length).length + 2;
  const sections = fitSections(
    withDetails.map((check) => (maxChars) => renderCheckDetails(check, options, maxChars)),
    budget - reserved
  );
  const omitted = sections.filter((section) => !section).length;
  const [header, , table] = fixed;
  return [header, heading, table, ...sections, omitted ? omittedNote(omitted) : "", footer].filter(Boolean).join("\n\n") + "\n";
}

export {
  STATUS_LABEL,
  findingLocation,
  statusTally,
  BUDGETS,
  withinBytes,
  clip,
  codeBlock,
  renderMarkdown
};
//# sourceMappingURL=chunk-5LHGVPZY.js.map
