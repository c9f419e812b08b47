import type { Finding } from '../report/model.ts';

/** One `ignore` entry of a gate's config. */
export interface Waiver {
  id: string;
  reason: string;
  owner?: string | undefined;
  /** Last day the waiver applies, YYYY-MM-DD. */
  until?: string | undefined;
}

/** Something the reviewer should know about the waivers themselves. */
export interface WaiverNote {
  text: string;
  /** True when the check should at least warn (an expired or soon-expiring waiver). */
  warn: boolean;
}

/** Waivers that expire within this many days are called out before they lapse. */
export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

const matches = (waiver: Waiver, finding: Finding) =>
  finding.rule === waiver.id || (finding.aliases?.includes(waiver.id) ?? false);

/**
 * Applies a gate's waivers to its findings; the one waiver policy for every gate with ids
 * (pip-audit, npm audit, bandit). A waived finding stays in the report, marked with why. A
 * waiver past its `until` date no longer applies and says so; one close to it warns; one that
 * matched nothing is pointed out so that stale entries get cleaned up.
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  today: Date,
): { findings: Finding[]; notes: WaiverNote[] } {
  const notes: WaiverNote[] = [];
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const active: Waiver[] = [];
  for (const waiver of waivers) {
    const owner = waiver.owner ? `, owner ${waiver.owner}` : '';
    if (waiver.until) {
      const daysLeft = Math.round(
        (Date.parse(`${waiver.until}T00:00:00Z`) - startOfToday) / DAY_MS,
      );
      if (daysLeft < 0) {
        notes.push({
          text: `waiver for ${waiver.id} expired on ${waiver.until}${owner}: it no longer applies`,
          warn: true,
        });
        continue;
      }
      if (daysLeft <= EXPIRY_WARNING_DAYS) {
        const when = daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
        notes.push({
          text: `waiver for ${waiver.id} expires ${when} (${waiver.until}${owner})`,
          warn: true,
        });
      }
    }
    active.push(waiver);
  }
  const used = new Set<Waiver>();
  const result = findings.map((finding) => {
    const waiver = active.find((w) => matches(w, finding));
    if (!waiver) return finding;
    used.add(waiver);
    const details = [waiver.owner, waiver.until ? `until ${waiver.until}` : undefined]
      .filter(Boolean)
      .join(', ');
    return { ...finding, waived: details ? `${waiver.reason} (${details})` : waiver.reason };
  });
  for (const waiver of active) {
    if (!used.has(waiver))
      notes.push({ text: `waiver for ${waiver.id} matched no finding: remove it`, warn: false });
  }
  return { findings: result, notes };
}
