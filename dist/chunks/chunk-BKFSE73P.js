import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  clip,
  fitSections
} from "./chunk-UBWSTWLM.js";
import {
  codeBlock,
  escapeInline,
  inlineCode,
  link
} from "./chunk-CP5KLOYK.js";
import {
  sourceUrl
} from "./chunk-M5ASX7ZK.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import {
  plural,
  tail
} from "./chunk-DVUULFWV.js";
import {
  atLeast,
  bySeverity,
  isJudged
} from "./chunk-XG56XFHO.js";

// src/report/presentation.ts
var STATUS_LABEL = {
  pass: { icon: "\u2705", text: "pass" },
  warn: { icon: "\u26A0\uFE0F", text: "warn" },
  fail: { icon: "\u274C", text: "fail" },
  error: { icon: "\u{1F4A5}", text: "error" },
  skip: { icon: "\u23ED\uFE0F", text: "skip" }
};
var SEVERITY_ICON = {
  critical: "\u{1F7E5}",
  high: "\u{1F534}",
  medium: "\u{1F7E0}",
  low: "\u{1F7E1}",
  info: "\u26AA"
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

// src/report/triage.ts
function blocksVerdict(finding, check) {
  if (!isJudged(finding) || !check.blocking || !isFailure(check)) return false;
  return check.failOn ? atLeast(finding.severity, check.failOn) : true;
}
var isFailure = (c) => c.status === "fail" || c.status === "error";
var findingKey = (f) => JSON.stringify([
  f.rule,
  f.message,
  f.file ?? "",
  f.line ?? 0,
  f.column ?? 0,
  f.endLine ?? 0,
  f.endColumn ?? 0
]);
function uniqueFindings(pairs) {
  const seen = /* @__PURE__ */ new Map();
  const mostSevereFirst = [...pairs].sort((a, b) => bySeverity(a.finding, b.finding));
  for (const { finding, check } of mostSevereFirst) {
    const key = findingKey(finding);
    const first = seen.get(key);
    if (!first) seen.set(key, { finding, check, alsoFrom: [] });
    else if (first.check !== check && !first.alsoFrom.includes(check.title)) {
      first.alsoFrom.push(check.title);
    }
  }
  return [...seen.values()];
}
function triage(report) {
  const { checks } = report;
  const pairs = checks.flatMap(
    (check) => check.findings.filter((f) => blocksVerdict(f, check)).map((finding) => ({ finding, check }))
  );
  const withBlocking = new Set(pairs.map(({ check }) => check));
  const failedBlocking = checks.filter((c) => c.blocking && c.status === "fail");
  const errors = checks.filter((c) => c.blocking && c.status === "error");
  const advisory2 = checks.filter((c) => !c.blocking && isFailure(c));
  const warned = checks.filter((c) => c.status === "warn");
  return {
    blocking: uniqueFindings(pairs),
    otherFailures: failedBlocking.filter((c) => !withBlocking.has(c)),
    errors,
    unexplained: [...failedBlocking, ...errors].filter((c) => !withBlocking.has(c)),
    advisory: advisory2,
    warned,
    passed: checks.filter((c) => c.status === "pass"),
    skipped: checks.filter((c) => c.status === "skip"),
    attention: [...failedBlocking, ...errors, ...advisory2, ...warned],
    findings: checks.reduce((n, c) => n + c.findings.filter((f) => !f.waived).length, 0),
    existing: checks.reduce(
      (n, c) => n + c.findings.filter((f) => !f.waived && f.new === false).length,
      0
    ),
    fixed: checks.reduce((n, c) => n + (c.counts?.fixed ?? 0), 0)
  };
}
function verdictTally(report, t = triage(report)) {
  const total = report.checks.length;
  const passed = total === 0 ? "no checks" : t.passed.length === total ? total === 1 ? "1 check passed" : `all ${total} checks passed` : `${t.passed.length} of ${plural(total, "check")} passed`;
  return [
    t.blocking.length ? plural(t.blocking.length, "blocking finding") : "",
    t.otherFailures.length ? plural(t.otherFailures.length, "other failure") : "",
    t.errors.length ? plural(t.errors.length, "error") : "",
    passed,
    t.warned.length ? `${t.warned.length} warned` : "",
    t.skipped.length ? `${t.skipped.length} skipped` : "",
    t.advisory.length ? `advisory: ${t.advisory.length} failing` : "",
    changeTally(t)
  ].filter(Boolean).join(" \xB7 ");
}
var count = (n) => n.toLocaleString("en-US");
function changeTally(t) {
  if (!t.existing && !t.fixed) return "";
  return [
    `${count(t.findings - t.existing)} new`,
    t.existing ? `${count(t.existing)} existing` : "",
    t.fixed ? `${count(t.fixed)} fixed: run \`shipgate baseline --prune\`` : ""
  ].filter(Boolean).join(" \xB7 ");
}

// src/report/rule-docs.ts
var BANDIT = "https://bandit.readthedocs.io/en/latest";
var BANDIT_PLUGINS = {
  B101: "assert_used",
  B102: "exec_used",
  B103: "set_bad_file_permissions",
  B104: "hardcoded_bind_all_interfaces",
  B105: "hardcoded_password_string",
  B106: "hardcoded_password_funcarg",
  B107: "hardcoded_password_default",
  B108: "hardcoded_tmp_directory",
  B110: "try_except_pass",
  B112: "try_except_continue",
  B113: "request_without_timeout",
  B201: "flask_debug_true",
  B202: "tarfile_unsafe_members",
  B324: "hashlib",
  B501: "request_with_no_cert_validation",
  B502: "ssl_with_bad_version",
  B503: "ssl_with_bad_defaults",
  B504: "ssl_with_no_version",
  B505: "weak_cryptographic_key",
  B506: "yaml_load",
  B507: "ssh_no_host_key_verification",
  B508: "snmp_insecure_version",
  B509: "snmp_weak_cryptography",
  B601: "paramiko_calls",
  B602: "subprocess_popen_with_shell_equals_true",
  B603: "subprocess_without_shell_equals_true",
  B604: "any_other_function_with_shell_equals_true",
  B605: "start_process_with_a_shell",
  B606: "start_process_with_no_shell",
  B607: "start_process_with_partial_path",
  B608: "hardcoded_sql_expressions",
  B609: "linux_commands_wildcard_injection",
  B610: "django_extra_used",
  B611: "django_rawsql_used",
  B612: "logging_config_insecure_listen",
  B613: "trojansource",
  B614: "pytorch_load",
  B615: "huggingface_unsafe_download",
  B701: "jinja2_autoescape_false",
  B702: "use_of_mako_templates",
  B703: "django_mark_safe",
  B704: "markupsafe_markup_xss"
};
function bandit(rule) {
  const plugin = BANDIT_PLUGINS[rule];
  if (plugin) return `${BANDIT}/plugins/${rule.toLowerCase()}_${plugin}.html`;
  if (/^B3\d\d$/.test(rule)) return `${BANDIT}/blacklists/blacklist_calls.html`;
  if (/^B4\d\d$/.test(rule)) return `${BANDIT}/blacklists/blacklist_imports.html`;
  return void 0;
}
function flake8(rule) {
  if (/^[EW]\d/.test(rule)) return "https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes";
  if (/^(F|C90)\d/.test(rule)) return "https://flake8.pycqa.org/en/latest/user/error-codes.html";
  return void 0;
}
function eslint(rule) {
  if (/^[a-z][a-z-]*$/.test(rule)) return `https://eslint.org/docs/latest/rules/${rule}`;
  const scoped = /^(@typescript-eslint|@next\/next)\/([a-z][a-z-]*)$/.exec(rule);
  if (scoped?.[1] === "@typescript-eslint")
    return `https://typescript-eslint.io/rules/${scoped[2]}`;
  if (scoped?.[1] === "@next/next") return `https://nextjs.org/docs/messages/${scoped[2]}`;
  return void 0;
}
var DJANGO_SECTIONS = /* @__PURE__ */ new Set(["security", "models", "templates", "urls", "caches", "database"]);
function django(rule) {
  const tag = rule.split(".")[0] ?? "";
  const anchor = DJANGO_SECTIONS.has(tag) ? `#${tag}` : "";
  return `https://docs.djangoproject.com/en/stable/ref/checks/${anchor}`;
}
var MDN = "https://developer.mozilla.org/en-US/docs/Web/HTTP";
var MDN_PAGES = [
  ["cross-origin-resource-sharing", "Guides/CORS"],
  ["cross-origin-opener-policy", "Reference/Headers/Cross-Origin-Opener-Policy"],
  ["cross-origin-embedder-policy", "Reference/Headers/Cross-Origin-Embedder-Policy"],
  ["cross-origin-resource-policy", "Reference/Headers/Cross-Origin-Resource-Policy"],
  ["x-content-type-options", "Reference/Headers/X-Content-Type-Options"],
  ["x-frame-options", "Reference/Headers/X-Frame-Options"],
  ["referrer-policy", "Reference/Headers/Referrer-Policy"],
  ["permissions-policy", "Reference/Headers/Permissions-Policy"],
  ["redirection", "Guides/Redirections"],
  ["cookies", "Reference/Headers/Set-Cookie"],
  ["hsts", "Reference/Headers/Strict-Transport-Security"],
  ["csp", "Reference/Headers/Content-Security-Policy"],
  ["cors", "Guides/CORS"]
];
function mdn(rule) {
  const page = MDN_PAGES.find(
    ([prefix]) => rule === prefix || rule.startsWith(`${prefix}-`) || rule.startsWith(`${prefix}/`)
  );
  return page ? `${MDN}/${page[1]}` : void 0;
}
var GHSA = /^GHSA(-[0-9a-z]{4}){3}$/i;
function advisory(finding) {
  const id = [finding.rule, ...finding.aliases ?? []].find((a) => GHSA.test(a));
  return id ? `https://github.com/advisories/${id}` : void 0;
}
var BY_KIND = {
  bandit,
  flake8,
  eslint,
  django,
  headers: mdn,
  cookies: mdn,
  cors: mdn,
  redirect: mdn,
  "headers-config": mdn
};
function ruleDocsUrl(kind, finding) {
  return advisory(finding) ?? BY_KIND[kind]?.(finding.rule) ?? finding.url;
}

// src/report/render-markdown.ts
var MAX_CELL = 300;
var MAX_MESSAGE = 1e3;
var DEFAULT_HINT = "the JSON report";
var BRIEF_TAIL = { lines: 15, chars: 1500 };
function renderHeading(report, t = triage(report)) {
  const icon = report.verdict === "pass" ? "\u2705" : "\u274C";
  const word = report.verdict === "pass" ? "passed" : "failed";
  return `## ${icon} Shipgate ${word}: ${verdictTally(report, t)} \xB7 ${formatDuration(report.durationMs)}`;
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
var checkName = (check) => `${escapeInline(clip(check.title, MAX_CELL))}${check.blocking ? "" : " _(advisory)_"}`;
function blockerLine({ finding, check, alsoFrom }, blobBase) {
  const where = findingLocation(finding);
  const location = where ? ` ${link(inlineCode(where), blobBase ? sourceUrl(blobBase, finding) : void 0)}` : "";
  const rule = link(inlineCode(clip(finding.rule, MAX_CELL)), ruleDocsUrl(check.kind, finding));
  const from = [
    checkName(check),
    ...alsoFrom.map((title) => escapeInline(clip(title, MAX_CELL)))
  ].join(", ");
  const fix = finding.hint ? `  
  Fix: ${escapeInline(clip(finding.hint, MAX_MESSAGE))}` : "";
  return `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**${location} ${rule}: ${escapeInline(clip(finding.message, MAX_MESSAGE))} \xB7 _${from}_${fix}`;
}
function failedCheckLine(check) {
  const verb = check.status === "error" ? "could not run" : "failed";
  const line = `- ${STATUS_LABEL[check.status].icon} **${checkName(check)}** ${verb}: ${escapeInline(clip(check.summary, MAX_CELL))}`;
  const evidence = check.evidence?.trim();
  if (!evidence) return line;
  const output = tail(evidence, BRIEF_TAIL.lines, BRIEF_TAIL.chars);
  const block = codeBlock(output).split("\n").map((l) => `  ${l}`).join("\n");
  return `${line}

  <details><summary>Last lines of its output</summary>

${block}

  </details>`;
}
function renderBlockers(t, options, maxItems, maxChars) {
  const items = [
    ...t.blocking.map((b) => blockerLine(b, options.blobBase)),
    ...t.unexplained.map(failedCheckLine)
  ];
  if (!items.length) return "";
  const heading = "### What blocks this merge";
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const more = (n) => `\u2026and ${n} more: see ${hint}.`;
  const kept = [];
  let size = heading.length + 2 + more(items.length).length + 2;
  for (const item of items.slice(0, maxItems)) {
    if (size + item.length + 1 > maxChars) break;
    kept.push(item);
    size += item.length + 1;
  }
  if (!kept.length && maxChars < heading.length + more(items.length).length + 2) return "";
  const left = items.length - kept.length;
  return [heading, kept.join("\n"), left ? more(left) : ""].filter(Boolean).join("\n\n");
}
function renderAttention(t, options, maxChars) {
  if (!t.attention.length) return "";
  const head = ["| Check | Status | Details |", "| --- | --- | --- |"];
  const rows = t.attention.map((check) => {
    const label = STATUS_LABEL[check.status];
    return `| ${checkName(check)} | ${label.icon} ${label.text} | ${escapeInline(clip(check.summary, MAX_CELL))} |`;
  });
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const lines = [...head];
  let size = head.join("\n").length + 200;
  for (const row of rows) {
    if (size + row.length + 1 > maxChars) break;
    lines.push(row);
    size += row.length + 1;
  }
  if (lines.length === head.length) return "";
  const left = rows.length - (lines.length - head.length);
  const note = left ? `

_${plural(left, "more check")} that did not pass: see ${hint}._` : "";
  return `${lines.join("\n")}${note}`;
}
function renderPassing(t) {
  if (!t.passed.length && !t.skipped.length) return "";
  const summary = [
    t.passed.length ? `\u2705 ${plural(t.passed.length, "check")} passed` : "",
    t.skipped.length ? `\u23ED\uFE0F ${t.skipped.length} skipped` : ""
  ].filter(Boolean).join(" \xB7 ");
  const lines = [
    ...t.passed.map((c) => `- ${checkName(c)} \xB7 ${formatDuration(c.durationMs)}`),
    ...t.skipped.map((c) => `- \u23ED\uFE0F ${checkName(c)}: ${escapeInline(clip(c.summary, MAX_CELL))}`)
  ];
  return `<details><summary>${summary}</summary>

${lines.join("\n")}

</details>`;
}
function findingLine(kind, finding, blobBase) {
  const where = findingLocation(finding);
  const waived = finding.waived ? ` _(waived: ${escapeInline(clip(finding.waived, MAX_CELL))})_` : "";
  const hint = finding.hint ? ` \u2014 ${escapeInline(clip(finding.hint, MAX_CELL))}` : "";
  const location = where ? ` ${link(inlineCode(where), blobBase ? sourceUrl(blobBase, finding) : void 0)}` : "";
  const rule = link(inlineCode(clip(finding.rule, MAX_CELL)), ruleDocsUrl(kind, finding));
  return `- **${finding.severity}** ${rule}${location}: ${escapeInline(clip(finding.message, MAX_MESSAGE))}${hint}${waived}`;
}
var partsCache = /* @__PURE__ */ new WeakMap();
function detailsParts(check, capped, blobBase) {
  const cached = partsCache.get(check);
  if (cached?.capped === capped && cached.blobBase === blobBase) return cached;
  const parts = {
    capped,
    blobBase,
    // Highest severity first, so that whatever a budget cuts off is the least important.
    findingLines: [...check.findings].sort(bySeverity).slice(0, capped).map((f) => findingLine(check.kind, f, blobBase)),
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
  const count2 = total ? ` (${plural(total, "finding")})` : "";
  return `<details><summary>${label.icon} ${escapeInline(clip(check.title, MAX_CELL))}${count2}</summary>

${body}

</details>`;
}
function renderCheckDetails(check, options = {}, maxChars = Number.POSITIVE_INFINITY) {
  const capped = Math.min(check.findings.length, options.maxFindingsPerCheck ?? 50);
  const evidenceLength = check.evidence?.length ?? 0;
  const parts = detailsParts(check, capped, options.blobBase);
  const hint = options.fullReportHint ?? DEFAULT_HINT;
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
function detailSections(report, options) {
  return report.checks.filter((check) => check.findings.length > 0 || check.evidence).map((check) => (maxChars) => renderCheckDetails(check, options, maxChars));
}
function renderLinks(options) {
  const links = [
    options.runUrl ? link("Workflow run and job summary", options.runUrl) : "",
    options.reportUrl ? link("JSON report", options.reportUrl) : ""
  ].filter(Boolean).join(" \xB7 ");
  return links ? `\u{1F517} ${links}` : "";
}
function primarySections(shape, t, options) {
  const maxItems = options.maxBlocking ?? Number.POSITIVE_INFINITY;
  const blockers = (max) => renderBlockers(t, options, maxItems, max);
  if (shape === "full") return [blockers];
  if (shape !== "brief") return [];
  const passing = renderPassing(t);
  return [
    blockers,
    (max) => renderAttention(t, options, max),
    (max) => passing.length <= max ? passing : ""
  ];
}
function omissionNotes(sections, checks, hint) {
  return [
    sections ? `_${plural(sections, "section")} left out to fit: see ${hint}._` : "",
    checks ? `_Details of ${plural(checks, "check")} left out to fit: see ${hint}._` : ""
  ].filter(Boolean).join("\n\n");
}
function renderMarkdown(report, options = {}) {
  const shape = options.shape ?? "full";
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  const t = triage(report);
  const linkLine = renderLinks(options);
  const heading = shape === "details" ? "" : renderHeading(report, t);
  const primary = primarySections(shape, t, options);
  const tableRoom = budget - [options.header ?? "", heading, linkLine].reduce((sum, part) => sum + part.length + 2, 200);
  const table = shape === "brief" ? "" : renderTable(report, tableRoom, hint);
  const details = shape === "brief" ? [] : detailSections(report, options);
  const notes = (sections, checks) => omissionNotes(sections, checks, hint);
  const fixed = [options.header ?? "", heading, table, linkLine];
  const reserved = fixed.reduce((sum, part) => sum + part.length + 2, 0) + notes(primary.length, details.length).length + 2;
  const room = budget - reserved;
  const fittedPrimary = fitSections(primary, details.length ? Math.floor(room / 2) : room);
  const used = fittedPrimary.reduce((sum, text) => sum + (text ? text.length + 2 : 0), 0);
  const fittedDetails = fitSections(details, room - used);
  const omittedPrimary = fittedPrimary.filter((text, i) => !text && primary[i]?.(Infinity)).length;
  const omittedDetails = fittedDetails.filter((text) => !text).length;
  return [
    options.header ?? "",
    heading,
    ...fittedPrimary,
    table,
    ...fittedDetails,
    notes(omittedPrimary, omittedDetails),
    linkLine
  ].filter(Boolean).join("\n\n") + "\n";
}

export {
  STATUS_LABEL,
  findingLocation,
  statusTally,
  ruleDocsUrl,
  findingKey,
  triage,
  verdictTally,
  renderMarkdown
};
//# sourceMappingURL=chunk-BKFSE73P.js.map
