import type { CheckResult, Verdict } from '../core/model.ts';

/**
 * The verdict policy: a run fails when any blocking check failed or could not run.
 * Advisory (non-blocking) checks are reported but never fail the run.
 */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  return checks.some((c) => c.blocking && (c.status === 'fail' || c.status === 'error'))
    ? 'fail'
    : 'pass';
}
