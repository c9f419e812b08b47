import type { Finding, FindingCounts } from '../core/model.ts';
import type { CheckOutcome, PlannedCheck } from '../engine/check.ts';
import type { Baseline } from './file.ts';
import { withFingerprints } from './fingerprint.ts';
import { sourceLines } from './source-lines.ts';
import { touchedBy, type ChangeScope } from './touched.ts';

/** What tells a pre-deploy check's new findings from the existing ones. */
export interface Review {
  /** The accepted findings; undefined: none. */
  baseline?: Baseline;
  /** Gate kinds the baseline does not apply to (their `baseline: false`). */
  ignoresBaseline?: ReadonlySet<string>;
  /** What the change touched (a base is known and `changes` is not off); undefined: all of it. */
  scope?: ChangeScope;
}

type ReviewedCheck = Pick<PlannedCheck, 'id' | 'phase' | 'kind'>;

function tally(findings: readonly Finding[], fixed: number): FindingCounts {
  const unwaived = findings.filter((f) => !f.waived);
  const existing = unwaived.filter((f) => f.new === false).length;
  return { new: unwaived.length - existing, existing, fixed };
}

/**
 * What happens to every check's outcome once its own code is done, whichever gate or probe
 * it is: its findings get their fingerprints from the files as they are now, and a
 * pre-deploy finding whose fingerprint the baseline holds, or that the change did not touch
 * (`touchedBy`), is `existing` (`new: false`).
 * When any is, the check is judged again by its own policy on the new findings alone. A
 * check that reached a conclusion counts the baseline entries it no longer found as fixed.
 */
export async function reviewOutcome(
  check: ReviewedCheck,
  outcome: CheckOutcome,
  root: string,
  review: Review = {},
): Promise<CheckOutcome> {
  const found = outcome.findings ?? [];
  const fingerprinted = withFingerprints(check.id, found, await sourceLines(root, found));
  const accepted =
    check.phase === 'pre' && !review.ignoresBaseline?.has(check.kind)
      ? review.baseline?.get(check.id)
      : undefined;
  const scope = check.phase === 'pre' ? review.scope : undefined;
  const findings = fingerprinted.map((f) => ({
    ...f,
    new: !accepted?.has(f.fingerprint!) && (!scope || touchedBy(scope, check.kind, f)),
  }));
  const concluded = outcome.status !== 'error' && outcome.status !== 'skip';
  const seen = new Set(findings.map((f) => f.fingerprint));
  // A tool that checked only the changed files says nothing of the entries of the others.
  const checked = outcome.scanned && new Set(outcome.scanned);
  const fixed =
    concluded && accepted
      ? [...accepted.values()].filter(
          (entry) =>
            !seen.has(entry.fingerprint) &&
            (!checked || (entry.file !== undefined && checked.has(entry.file))),
        ).length
      : 0;
  const rejudged =
    concluded && outcome.judge && findings.some((f) => !f.new) ? outcome.judge(findings) : outcome;
  const summary = fixed > 0 ? `${rejudged.summary}; ${fixed} fixed` : rejudged.summary;
  return {
    ...outcome,
    status: rejudged.status,
    summary,
    ...(outcome.findings ? { findings } : {}),
    counts: tally(findings, fixed),
  };
}

/** The checks, each reviewed by `reviewOutcome` when it has run. */
export function reviewed(checks: readonly PlannedCheck[], review: Review = {}): PlannedCheck[] {
  return checks.map((check) => ({
    ...check,
    run: async (context) => reviewOutcome(check, await check.run(context), context.root, review),
  }));
}
