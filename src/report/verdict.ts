import type { CheckResult, Severity, Verdict } from './model.ts';
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
