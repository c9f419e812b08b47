import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding, Report } from '../../src/core/model.ts';
import { reportCounts } from '../../src/report/counts.ts';

const finding = (extra: Partial<Finding> = {}): Finding => ({
  rule: 'R1',
  severity: 'high',
  message: 'm',
  ...extra,
});
const check = (extra: Partial<CheckResult>): CheckResult => ({
  id: 'pre/x',
  phase: 'pre',
  kind: 'x',
  title: 'X',
  status: 'pass',
  blocking: true,
  durationMs: 1,
  summary: '',
  findings: [],
  metrics: {},
  ...extra,
});
const report = (checks: CheckResult[]): Report => ({
  schema: 'shipgate/report@1',
  verdict: 'fail',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  checks,
});

describe('reportCounts', () => {
  it('counts failed and errored checks apart', () => {
    const counts = reportCounts(
      report([check({ status: 'fail' }), check({ status: 'error' }), check({ status: 'fail' })]),
    );
    expect(counts).toMatchObject({ failed: 2, errors: 1 });
  });

  it('leaves waived findings out and counts trimmed ones in', () => {
    const counts = reportCounts(
      report([
        check({
          findings: [finding(), finding({ waived: 'no fix yet' })],
          trimmed: { findings: 5 },
        }),
      ]),
    );
    expect(counts).toMatchObject({ findings: 6, newFindings: 6 });
  });

  it('takes new and existing from the baseline counts when the check has them', () => {
    const counts = reportCounts(
      report([
        check({
          findings: [finding({ new: true }), finding({ new: false })],
          counts: { new: 3, existing: 4, fixed: 1 },
        }),
      ]),
    );
    expect(counts).toMatchObject({ findings: 7, newFindings: 3 });
  });

  it('counts a finding marked existing out of the new ones', () => {
    const counts = reportCounts(
      report([check({ findings: [finding({ new: false }), finding()] })]),
    );
    expect(counts).toMatchObject({ findings: 2, newFindings: 1 });
  });
});
