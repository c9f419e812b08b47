import type { Report } from '../core/model.ts';
import { entriesOf, type BaselineEntry } from './file.ts';

/**
 * A check the baseline does not cover: it was skipped (a tool or the dependencies missing) or
 * errored, so what it finds is not known; its previous entries were kept.
 */
export interface UncoveredCheck {
  check: string;
  status: 'skip' | 'error';
  summary: string;
}

/** A baseline written from a run: its entries, what changed, and what could not be redone. */
export interface BaselineUpdate {
  entries: BaselineEntry[];
  added: BaselineEntry[];
  removed: BaselineEntry[];
  /** The checks that reached no conclusion, in the order they ran. */
  uncovered: UncoveredCheck[];
}

const key = (entry: BaselineEntry) => `${entry.check}\0${entry.fingerprint}`;

/**
 * The baseline after a run of the pre-deploy gates. Without `prune` it is what the run found
 * (every unwaived finding); with `prune` it is the previous baseline less the entries the run
 * no longer found, and never gains one. Either way a check that could not conclude keeps its
 * previous entries, so that a missing tool never empties the baseline, and entries of checks
 * that are no longer planned are dropped.
 */
export function updateBaseline(
  previous: readonly BaselineEntry[],
  report: Report,
  { prune }: { prune: boolean },
): BaselineUpdate {
  const entries: BaselineEntry[] = [];
  const uncovered: UncoveredCheck[] = [];
  for (const check of report.checks) {
    if (check.phase !== 'pre') continue;
    const before = previous.filter((entry) => entry.check === check.id);
    if (check.status === 'error' || check.status === 'skip') {
      entries.push(...before);
      uncovered.push({ check: check.id, status: check.status, summary: check.summary });
      continue;
    }
    const found = entriesOf(check);
    if (!prune) {
      entries.push(...found);
      continue;
    }
    const still = new Set(found.map(key));
    entries.push(...before.filter((entry) => still.has(key(entry))));
  }
  const now = new Set(entries.map(key));
  const then = new Set(previous.map(key));
  return {
    entries,
    added: entries.filter((entry) => !then.has(key(entry))),
    removed: previous.filter((entry) => !now.has(key(entry))),
    uncovered,
  };
}
