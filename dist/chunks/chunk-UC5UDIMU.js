import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isJudged,
  statusOf
} from "./chunk-XG56XFHO.js";
import {
  SEVERITIES
} from "./chunk-J6AANBPF.js";

// src/gates/kit/policy.ts
function judgeFindings(findings, policy) {
  const judged = findings.filter(isJudged);
  const waived = findings.filter((f) => f.waived).length;
  const existing = findings.filter((f) => !f.waived && f.new === false).length;
  const counts = SEVERITIES.map((s) => [s, judged.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const notes = policy.notes ?? [];
  const status = statusOf(findings, { failOn: policy.failOn });
  const parts = [counts.length ? counts.join(", ") : existing ? "no new findings" : "no findings"];
  if (judged.length > 0)
    parts[0] += status === "fail" ? ` (fail-on: ${policy.failOn})` : ` (below fail-on: ${policy.failOn})`;
  if (existing > 0) parts.push(`${existing.toLocaleString("en-US")} existing`);
  if (waived > 0) parts.push(`${waived} waived`);
  if (policy.scope) parts.push(policy.scope);
  parts.push(...notes.map((n) => n.text));
  return {
    status: status === "pass" && notes.some((n) => n.warn) ? "warn" : status,
    summary: parts.join("; "),
    findings,
    failOn: policy.failOn,
    judge: (reviewed) => judgeFindings(reviewed, policy)
  };
}

export {
  judgeFindings
};
//# sourceMappingURL=chunk-UC5UDIMU.js.map
