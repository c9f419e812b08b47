import type { CheckResult, Finding, Report } from '../../src/core/model.ts';
import { verdictOf } from '../../src/report/verdict.ts';

/** A check result that passed; each test changes what it is about. */
export function check(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    id: 'pre/bandit',
    phase: 'pre',
    kind: 'bandit',
    title: 'Code security (bandit)',
    status: 'pass',
    blocking: true,
    durationMs: 912,
    summary: 'no findings',
    findings: [],
    metrics: {},
    ...overrides,
  };
}

/** A report whose verdict is decided by the product's own policy. */
export function report(checks: CheckResult[]): Report {
  return {
    schema: 'shipgate/report@1',
    verdict: verdictOf(checks),
    startedAt: '2026-11-24T02:00:00.000Z',
    durationMs: 8123,
    checks,
  };
}

const SEVERITY_CYCLE = ['low', 'high', 'medium', 'critical', 'info'] as const;

/** `count` located findings with mixed severities, on distinct lines of one file. */
export function findings(count: number, extra: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: `B${100 + (i % 7)}`,
    severity: SEVERITY_CYCLE[i % SEVERITY_CYCLE.length] ?? 'low',
    message: `Finding number ${i + 1}`,
    file: 'backend/crm/views.py',
    line: i + 1,
    column: 5,
    ...extra,
  }));
}
