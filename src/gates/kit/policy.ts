import type { CheckOutcome } from '../../engine/check.ts';
import { SEVERITIES, type Finding, type Severity } from '../../core/model.ts';
import { statusOf } from '../../core/severity.ts';
import type { WaiverNote } from './waivers.ts';

export interface FindingsPolicy {
  /** Findings at or above this severity fail the check; those below only warn. */
  failOn: Severity;
  /** Appended to the summary, e.g. "in 12 files". */
  scope?: string;
  /** Notes about waivers (or other caveats); a `warn` note turns a pass into a warn. */
  notes?: readonly WaiverNote[];
}

/**
 * The status and one-line summary for a list of findings: `fail` when any unwaived finding
 * reaches `failOn`, `warn` when only lower ones remain, `pass` when none do. Waived findings
 * are counted but never judged.
 */
export function judgeFindings(findings: Finding[], policy: FindingsPolicy): CheckOutcome {
  const active = findings.filter((f) => !f.waived);
  const waived = findings.length - active.length;
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const notes = policy.notes ?? [];
  const judged = statusOf(findings, { failOn: policy.failOn });
  const failing = judged === 'fail';
  const status = judged === 'pass' && notes.some((n) => n.warn) ? 'warn' : judged;
  const parts = [counts.length ? counts.join(', ') : 'no findings'];
  if (active.length > 0)
    parts[0] += failing ? ` (fail-on: ${policy.failOn})` : ` (below fail-on: ${policy.failOn})`;
  if (waived > 0) parts.push(`${waived} waived`);
  if (policy.scope) parts.push(policy.scope);
  parts.push(...notes.map((n) => n.text));
  return { status, summary: parts.join('; '), findings };
}
