import type { CheckResult, Finding, Severity, Status } from '../core/model.ts';

/** How each status reads to a person; one table for every renderer. */
export const STATUS_LABEL: Readonly<Record<Status, { icon: string; text: string }>> = {
  pass: { icon: '✅', text: 'pass' },
  warn: { icon: '⚠️', text: 'warn' },
  fail: { icon: '❌', text: 'fail' },
  error: { icon: '💥', text: 'error' },
  skip: { icon: '⏭️', text: 'skip' },
};

/** A mark per severity, so that the worst stands out in a list. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🟥',
  high: '🔴',
  medium: '🟠',
  low: '🟡',
  info: '⚪',
};

/** `backend/crm/settings.py:12:5`, or '' for a finding without a file. */
export function findingLocation(finding: Finding): string {
  if (!finding.file) return '';
  return [finding.file, finding.line, finding.line ? finding.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
}

/** "1 failed, 2 passed": the non-zero status counts, worst first. */
export function statusTally(checks: readonly CheckResult[]): string {
  const order: Status[] = ['fail', 'error', 'warn', 'pass', 'skip'];
  const words: Record<Status, string> = {
    fail: 'failed',
    error: 'errored',
    warn: 'warned',
    pass: 'passed',
    skip: 'skipped',
  };
  const parts = order
    .map((status) => [status, checks.filter((c) => c.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${words[status]}`);
  return parts.length ? parts.join(', ') : 'no checks';
}
