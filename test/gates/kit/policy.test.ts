import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model.ts';
import { judgeFindings } from '../../../src/gates/kit/policy.ts';

const finding = (severity: Finding['severity'], overrides: Partial<Finding> = {}): Finding => ({
  rule: 'R1',
  severity,
  message: 'm',
  ...overrides,
});

describe('judgeFindings', () => {
  it('passes with no findings', () => {
    expect(judgeFindings([], { failOn: 'high' })).toMatchObject({
      status: 'pass',
      summary: 'no findings',
      failOn: 'high',
    });
  });

  it('fails on a finding at fail-on, counting each severity, worst first', () => {
    const outcome = judgeFindings([finding('low'), finding('high'), finding('low')], {
      failOn: 'high',
      scope: 'in 12 files',
    });
    expect(outcome).toMatchObject({
      status: 'fail',
      summary: '1 high, 2 low (fail-on: high); in 12 files',
    });
  });

  it('warns on findings below fail-on', () => {
    expect(judgeFindings([finding('medium')], { failOn: 'high' })).toMatchObject({
      status: 'warn',
      summary: '1 medium (below fail-on: high)',
    });
  });

  it('counts waived and existing findings without judging them', () => {
    const outcome = judgeFindings(
      [finding('critical', { waived: 'accepted' }), finding('critical', { new: false })],
      { failOn: 'high' },
    );
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'no new findings; 1 existing; 1 waived',
    });
  });

  it('turns a pass into a warn for a waiver note that asks for one', () => {
    const outcome = judgeFindings([], {
      failOn: 'high',
      notes: [
        { text: 'waiver for CVE-1 expires in 3 days', warn: true },
        { text: 'waiver for CVE-2 applies', warn: false },
      ],
    });
    expect(outcome).toMatchObject({
      status: 'warn',
      summary: 'no findings; waiver for CVE-1 expires in 3 days; waiver for CVE-2 applies',
    });
  });

  it('judges again by the same policy once the review knows which findings are new', () => {
    const outcome = judgeFindings([finding('high')], { failOn: 'high' });
    expect(outcome.judge?.([finding('high', { new: false })])).toMatchObject({
      status: 'pass',
      summary: 'no new findings; 1 existing',
    });
  });
});
