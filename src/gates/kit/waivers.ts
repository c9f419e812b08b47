import type { Finding } from '../../core/model.ts';

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
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

/** Ids are compared without case: advisories spell GHSA ids both ways, CVE ids upper-case. */
const matches = (waiver: Waiver, finding: Finding) => {
  const id = waiver.id.toLowerCase();
  return (
    finding.rule.toLowerCase() === id ||
    (finding.aliases?.some((alias) => alias.toLowerCase() === id) ?? false)
  );
};

/** Days from today (UTC) to the waiver's last day; NaN for a date that does not exist. */
function daysUntil(until: string, startOfToday: number): number {
  const time = Date.parse(`${until}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2; a real date survives the round trip.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== until) return NaN;
  return Math.round((time - startOfToday) / DAY_MS);
}

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
      const daysLeft = daysUntil(waiver.until, startOfToday);
      if (Number.isNaN(daysLeft)) {
        // An impossible date must not make a waiver eternal.
        notes.push({
          text: `waiver for ${waiver.id} has an invalid until date ${waiver.until}: it does not apply`,
          warn: true,
        });
        continue;
      }
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
