import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  SEVERITIES,
  statusOf
} from "./chunk-4VSYR5X4.js";

// src/gates/kit/policy.ts
function judgeFindings(findings, policy) {
  const active = findings.filter((f) => !f.waived);
  const waived = findings.length - active.length;
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const notes = policy.notes ?? [];
  const judged = statusOf(findings, { failOn: policy.failOn });
  const failing = judged === "fail";
  const status = judged === "pass" && notes.some((n) => n.warn) ? "warn" : judged;
  const parts = [counts.length ? counts.join(", ") : "no findings"];
  if (active.length > 0)
    parts[0] += failing ? ` (fail-on: ${policy.failOn})` : ` (below fail-on: ${policy.failOn})`;
  if (waived > 0) parts.push(`${waived} waived`);
  if (policy.scope) parts.push(policy.scope);
  parts.push(...notes.map((n) => n.text));
  return { status, summary: parts.join("; "), findings };
}

export {
  judgeFindings
};
//# sourceMappingURL=chunk-PO47NLXX.js.map
