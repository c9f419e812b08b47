import type { CheckResult, Finding } from '../core/model.ts';
import { plural } from '../util/text.ts';
import { parseBaseline, type BaselineEntry } from './file.ts';

const key = (entry: BaselineEntry) => `${entry.check}\0${entry.fingerprint}`;

/**
 * The sign-off's own check on a change that adds entries to the baseline file: adding one is
 * the one way to accept a finding, so a reviewer must see each (pure). A warning, never a
 * failure: accepting is allowed, only not unseen. Undefined when the change adds none. The
 * file at the base is undefined when it did not exist there, or was not a baseline.
 */
export function acceptedCheck(
  file: string,
  base: string | undefined,
  head: readonly BaselineEntry[],
): CheckResult | undefined {
  const parsed = base === undefined ? undefined : parseBaseline(base, file);
  const before = new Set((parsed?.ok ? parsed.value : []).map(key));
  const added = head.filter((entry) => !before.has(key(entry)));
  if (added.length === 0) return undefined;
  const findings: Finding[] = added.map((entry) => ({
    rule: entry.rule,
    severity: 'info',
    message: `Accepted into ${file} by this change: ${entry.check} ${entry.rule}${entry.file ? ` in ${entry.file}` : ''} (fingerprint ${entry.fingerprint})`,
    ...(entry.file ? { file: entry.file } : {}),
    subject: entry.check,
    fingerprint: entry.fingerprint,
  }));
  return {
    id: 'signoff/baseline',
    phase: 'signoff',
    kind: 'baseline',
    title: 'Findings accepted into the baseline',
    status: 'warn',
    blocking: false,
    durationMs: 0,
    summary: `${plural(added.length, 'entry', 'entries')} added to ${file}: each accepts a finding without fixing it`,
    findings,
    metrics: { added: added.length },
  };
}
