import type { Finding } from './model.ts';
import { bySeverity } from './severity.ts';

/**
 * The most findings one check keeps in the report. A linter on a legacy codebase can report
 * hundreds of thousands; past this the report (and every surface rendered from it) would
 * grow without bound while telling a reviewer nothing more. The status and summary are
 * judged on all of them before the cut.
 */
const MAX_FINDINGS_PER_CHECK = 10_000;

/**
 * `findings` within `max`: all of them when they fit, otherwise the most severe (in their
 * order among equals), with the count of those left out.
 */
export function boundFindings(
  findings: readonly Finding[],
  max = MAX_FINDINGS_PER_CHECK,
): { kept: Finding[]; dropped: number } {
  if (findings.length <= max) return { kept: [...findings], dropped: 0 };
  return { kept: [...findings].sort(bySeverity).slice(0, max), dropped: findings.length - max };
}
