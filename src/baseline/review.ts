import type { CheckOutcome, PlannedCheck } from '../engine/check.ts';
import { withFingerprints } from './fingerprint.ts';
import { sourceLines } from './source-lines.ts';

/**
 * What happens to every check's outcome once its own code is done, whichever gate or probe
 * it is: its findings get their fingerprints from the files as they are now.
 */
export async function reviewOutcome(
  check: Pick<PlannedCheck, 'id'>,
  outcome: CheckOutcome,
  root: string,
): Promise<CheckOutcome> {
  const findings = outcome.findings ?? [];
  if (findings.length === 0) return outcome;
  const lines = await sourceLines(root, findings);
  return { ...outcome, findings: withFingerprints(check.id, findings, lines) };
}

/** The checks, each reviewed by `reviewOutcome` when it has run. */
export function reviewed(checks: readonly PlannedCheck[]): PlannedCheck[] {
  return checks.map((check) => ({
    ...check,
    run: async (context) => reviewOutcome(check, await check.run(context), context.root),
  }));
}
