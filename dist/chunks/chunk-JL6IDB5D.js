import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  toolError
} from "./chunk-II5KJ2VI.js";
import {
  judgeFindings
} from "./chunk-UC5UDIMU.js";
import {
  plural
} from "./chunk-DVUULFWV.js";

// src/gates/kit/waivers.ts
var EXPIRY_WARNING_DAYS = 14;
var DAY_MS = 864e5;
var matches = (waiver, finding) => {
  const id = waiver.id.toLowerCase();
  return finding.rule.toLowerCase() === id || (finding.aliases?.some((alias) => alias.toLowerCase() === id) ?? false);
};
function daysUntil(until, startOfToday) {
  const time = Date.parse(`${until}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== until) return NaN;
  return Math.round((time - startOfToday) / DAY_MS);
}
function applyWaivers(findings, waivers, today) {
  const notes = [];
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const active = [];
  for (const waiver of waivers) {
    const owner = waiver.owner ? `, owner ${waiver.owner}` : "";
    if (waiver.until) {
      const daysLeft = daysUntil(waiver.until, startOfToday);
      if (Number.isNaN(daysLeft)) {
        notes.push({
          text: `waiver for ${waiver.id} has an invalid until date ${waiver.until}: it does not apply`,
          warn: true
        });
        continue;
      }
      if (daysLeft < 0) {
        notes.push({
          text: `waiver for ${waiver.id} expired on ${waiver.until}${owner}: it no longer applies`,
          warn: true
        });
        continue;
      }
      if (daysLeft <= EXPIRY_WARNING_DAYS) {
        const when = daysLeft === 0 ? "today" : `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
        notes.push({
          text: `waiver for ${waiver.id} expires ${when} (${waiver.until}${owner})`,
          warn: true
        });
      }
    }
    active.push(waiver);
  }
  const used = /* @__PURE__ */ new Set();
  const result = findings.map((finding) => {
    const waiver = active.find((w) => matches(w, finding));
    if (!waiver) return finding;
    used.add(waiver);
    const details = [waiver.owner, waiver.until ? `until ${waiver.until}` : void 0].filter(Boolean).join(", ");
    return { ...finding, waived: details ? `${waiver.reason} (${details})` : waiver.reason };
  });
  for (const waiver of active) {
    if (!used.has(waiver))
      notes.push({ text: `waiver for ${waiver.id} matched no finding: remove it`, warn: false });
  }
  return { findings: result, notes };
}

// src/gates/kit/tool-report.ts
function filesScope(findings) {
  const files = new Set(findings.flatMap((f) => f.file ? [f.file] : [])).size;
  return files > 0 ? `in ${plural(files, "file")}` : void 0;
}
function unfinishedRun(tool, result) {
  if (result.aborted) return toolError(tool, "stopped before it finished", result);
  if (result.signal !== null) {
    return toolError(tool, "did not exit on its own, so its report cannot be trusted", result);
  }
  if (result.truncated) {
    return toolError(
      tool,
      "output exceeded the capture limit, so the report is incomplete",
      result
    );
  }
  return void 0;
}
function failureOutcome(tool, failure, result) {
  if (!failure.own) return toolError(tool, failure.error, result);
  const { evidence } = failure.own;
  return {
    status: "error",
    summary: `${tool}: ${failure.error}`,
    ...evidence ? { evidence } : {}
  };
}
function judgeToolReport(tool, result, parsed, judgement) {
  const unfinished = unfinishedRun(tool, result);
  if (unfinished) return unfinished;
  if (!parsed.ok) return failureOutcome(tool, parsed, result);
  const report = parsed.value;
  const metrics = report.metrics ? { metrics: report.metrics } : {};
  if (report.nothingToCheck && report.findings.length === 0) {
    return { status: "skip", summary: `not applicable: ${report.nothingToCheck}`, ...metrics };
  }
  const waived = applyWaivers(report.findings, judgement.waivers ?? [], judgement.today);
  return {
    ...judgeFindings(waived.findings, {
      failOn: judgement.failOn,
      ...report.scope ? { scope: report.scope } : {},
      notes: [...report.notes ?? [], ...waived.notes]
    }),
    ...metrics
  };
}

export {
  filesScope,
  unfinishedRun,
  judgeToolReport
};
//# sourceMappingURL=chunk-JL6IDB5D.js.map
