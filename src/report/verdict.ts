import type { CheckResult, Severity, Status, Verdict } from './model.ts';
import { SEVERITIES } from './model.ts';

/**
 * The verdict policy: a run fails when any blocking check failed or could not run.
 * Advisory (non-blocking) checks are reported but never fail the run.
 */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  return checks.some((c) => c.blocking && (c.status === 'fail' || c.status === 'error'))
    ? 'fail'
    : 'pass';
}

/** True when `severity` is at or above `threshold` (critical > high > medium > low > info). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Counts per status, in a stable order, for one-line summaries. */
export function countByStatus(checks: readonly CheckResult[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, error: 0, skip: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}
