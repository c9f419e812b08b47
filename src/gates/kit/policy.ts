import type { CheckOutcome } from '../../engine/check.ts';
import { SEVERITIES, type Finding, type Severity } from '../../core/model.ts';
import { isJudged, statusOf } from '../../core/severity.ts';
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
 * The status and one-line summary for a list of findings: `fail` when any judged finding
 * reaches `failOn`, `warn` when only lower ones remain, `pass` when none do. Waived and
 * existing findings (see `isJudged`) are counted but never judged. The outcome carries this
 * judgement, so that the review can judge again once it knows which findings are new.
 */
export function judgeFindings(findings: Finding[], policy: FindingsPolicy): CheckOutcome {
  const judged = findings.filter(isJudged);
  const waived = findings.filter((f) => f.waived).length;
  const existing = findings.filter((f) => !f.waived && f.new === false).length;
  const counts = SEVERITIES.map((s) => [s, judged.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const notes = policy.notes ?? [];
  const status = statusOf(findings, { failOn: policy.failOn });
  const parts = [counts.length ? counts.join(', ') : existing ? 'no new findings' : 'no findings'];
  if (judged.length > 0)
    parts[0] +=
      status === 'fail' ? ` (fail-on: ${policy.failOn})` : ` (below fail-on: ${policy.failOn})`;
  if (existing > 0) parts.push(`${existing.toLocaleString('en-US')} existing`);
  if (waived > 0) parts.push(`${waived} waived`);
  if (policy.scope) parts.push(policy.scope);
  parts.push(...notes.map((n) => n.text));
  return {
    status: status === 'pass' && notes.some((n) => n.warn) ? 'warn' : status,
    summary: parts.join('; '),
    findings,
    failOn: policy.failOn,
    judge: (reviewed) => judgeFindings(reviewed, policy),
  };
}
