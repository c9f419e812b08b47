import type { CheckResult } from '../../src/core/model.ts';
import type { PlannedCheck } from '../../src/engine/check.ts';

/** What both progress reporters are handed: a planned check, then its result. */
export const planned = (id: string): PlannedCheck => ({
  id,
  phase: 'pre',
  kind: 'command',
  title: `Title of ${id}`,
  blocking: true,
  timeoutMs: 1000,
  skipIfToolMissing: false,
  run: () => Promise.resolve({ status: 'pass', summary: 'ok' }),
});

export const result = (id: string, status: CheckResult['status'] = 'pass'): CheckResult => ({
  id,
  phase: 'pre',
  kind: 'command',
  title: id,
  status,
  blocking: true,
  durationMs: 1500,
  summary: 'exit code 0',
  findings: [],
  metrics: {},
});
