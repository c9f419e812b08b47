import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { triage, verdictTally } from '../../src/report/triage.ts';
import { check, report } from '../github/fixtures.ts';

const cookie: Finding = {
  rule: 'cookies-session-without-secure-flag',
  severity: 'high',
  message: 'Session cookie sessionid is set without the Secure flag.',
};

describe('triage', () => {
  it('blocks on unwaived findings at or above fail-on of blocking checks that failed', () => {
    const t = triage(
      report([
        check({
          status: 'fail',
          failOn: 'high',
          findings: [
            { rule: 'B105', severity: 'low', message: 'low' },
            { rule: 'B602', severity: 'high', message: 'high' },
            { rule: 'B608', severity: 'critical', message: 'waived', waived: 'accepted' },
          ],
        }),
        check({ id: 'pre/x', status: 'fail', blocking: false, findings: [cookie] }),
        check({ id: 'pre/y', status: 'warn', findings: [cookie] }),
      ]),
    );
    expect(t.blocking.map((b) => b.finding.rule)).toEqual(['B602']);
    expect(t.advisory.map((c) => c.id)).toEqual(['pre/x']);
    expect(t.findings).toBe(4);
  });

  it('never blocks on an existing finding, and counts existing ones apart', () => {
    const r = report([
      check({
        status: 'fail',
        findings: [
          { ...cookie, rule: 'old', new: false },
          { ...cookie, new: true },
        ],
      }),
    ]);
    const t = triage(r);
    expect(t.blocking.map((b) => b.finding.rule)).toEqual([cookie.rule]);
    expect(t.existing).toBe(1);
    expect(verdictTally(r)).toBe('1 blocking finding · 0 of 1 check passed · 1 new · 1 existing');
  });

  it('tallies new, existing and fixed, and says how to prune what was fixed', () => {
    const old = { ...cookie, new: false };
    const r = report([
      check({
        status: 'fail',
        findings: [...Array.from({ length: 11_981 }, () => old), cookie, cookie, cookie],
        counts: { new: 3, existing: 11_981, fixed: 12 },
      }),
    ]);
    expect(verdictTally(r)).toBe(
      '1 blocking finding · 0 of 1 check passed · 3 new · 11,981 existing · 12 fixed: run `shipgate baseline --prune`',
    );
    const clean = report([check({ status: 'pass', counts: { new: 0, existing: 0, fixed: 2 } })]);
    expect(verdictTally(clean)).toBe(
      '1 check passed · 0 new · 2 fixed: run `shipgate baseline --prune`',
    );
    expect(verdictTally(report([check({ status: 'fail', findings: [cookie] })]))).not.toContain(
      'new',
    );
  });

  it('shows a finding two probes reported once, naming both', () => {
    const t = triage(
      report([
        check({
          id: 'post/headers',
          kind: 'headers',
          title: 'Headers',
          status: 'fail',
          findings: [cookie],
        }),
        check({
          id: 'post/cookies',
          kind: 'cookies',
          title: 'Cookies',
          status: 'fail',
          findings: [cookie],
        }),
      ]),
    );
    expect(t.blocking).toHaveLength(1);
    expect(t.blocking[0]?.check.title).toBe('Headers');
    expect(t.blocking[0]?.alsoFrom).toEqual(['Cookies']);
    expect(t.otherFailures).toEqual([]);
  });

  it('keeps findings one line apart only by column or end, and merges only true duplicates', () => {
    const at = (column: number, endColumn?: number): Finding => ({
      rule: 'TS2322',
      severity: 'high',
      message: "Type 'string' is not assignable to type 'number'.",
      file: 'frontend/pages/index.tsx',
      line: 12,
      column,
      ...(endColumn ? { endColumn } : {}),
    });
    const typescript = check({
      id: 'pre/typescript',
      title: 'TypeScript',
      status: 'fail',
      findings: [at(17), at(29), at(29, 40)],
    });
    const again = check({ id: 'pre/again', title: 'Again', status: 'fail', findings: [at(29)] });
    const r = report([typescript, again]);
    const t = triage(r);
    expect(t.blocking.map((b) => [b.finding.column, b.finding.endColumn])).toEqual([
      [17, undefined],
      [29, undefined],
      [29, 40],
    ]);
    expect(t.blocking[1]?.alsoFrom).toEqual(['Again']);
    expect(verdictTally(r)).toMatch(/^3 blocking findings · /);
  });

  it('shows a finding two checks judged differently once, at its most severe', () => {
    const t = triage(
      report([
        check({
          id: 'pre/a',
          title: 'A',
          status: 'fail',
          findings: [{ ...cookie, severity: 'low' }],
        }),
        check({ id: 'pre/b', title: 'B', status: 'fail', findings: [cookie] }),
      ]),
    );
    expect(t.blocking.map((b) => [b.finding.severity, b.check.title, b.alsoFrom])).toEqual([
      ['high', 'B', ['A']],
    ]);
  });

  it('counts the verdict line what blocks first, advisory apart, singular or plural', () => {
    const r = report([
      check({ status: 'fail', findings: [cookie] }),
      check({ id: 'pre/cmd', kind: 'command', status: 'fail', summary: 'exit code 1' }),
      check({ id: 'pre/err', status: 'error' }),
      check({ id: 'pre/adv', status: 'error', blocking: false }),
      check({ id: 'pre/ok' }),
      check({ id: 'pre/skip', status: 'skip' }),
    ]);
    expect(verdictTally(r)).toBe(
      '1 blocking finding · 1 other failure · 1 error · 1 of 6 checks passed · 1 skipped · advisory: 1 failing',
    );
    expect(verdictTally(report([check(), check({ id: 'pre/b' })]))).toBe('all 2 checks passed');
    expect(verdictTally(report([]))).toBe('no checks');
  });
});
