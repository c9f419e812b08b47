import { describe, expect, it } from 'vitest';
import { BUDGETS, fitSections } from '../../src/report/budget.ts';
import { escapeInline } from '../../src/report/markdown-escape.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { check, findings, report } from '../github/fixtures.ts';

describe('fitSections', () => {
  it('serves small sections whole and shares the rest between the large ones', () => {
    const sized = (size: number) => (max: number) => 'x'.repeat(Math.min(size, max));
    const [small, big1, big2] = fitSections([sized(100), sized(10_000), sized(10_000)], 1000);
    expect(small).toHaveLength(100);
    expect(big1?.length).toBeGreaterThan(400);
    expect(big2?.length).toBeGreaterThan(400);
    expect(
      (small?.length ?? 0) + (big1?.length ?? 0) + (big2?.length ?? 0) + 6,
    ).toBeLessThanOrEqual(1000);
  });
});

describe('renderMarkdown within a budget', () => {
  it('keeps verdict, table and header, trims each check, and says what was left out and where', () => {
    const quiet = check({
      id: 'pre/quiet',
      title: 'Quiet check',
      status: 'warn',
      findings: findings(2),
    });
    const loud = check({
      id: 'pre/loud',
      title: 'Loud check',
      status: 'fail',
      findings: findings(400, { message: 'm'.repeat(200) }),
      evidence: 'e'.repeat(30_000),
    });
    const text = renderMarkdown(report([quiet, loud]), {
      budget: 8_000,
      header: '<!-- shipgate:signoff -->',
      fullReportHint: 'the job summary',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(text.length).toBeLessThanOrEqual(8_000);
    expect(text.startsWith('<!-- shipgate:signoff -->\n\n## ❌ Shipgate sign-off: failed')).toBe(
      true,
    );
    expect(text).toContain('| pre | Quiet check | ⚠️ warn |');
    expect(text).toContain('| pre | Loud check | ❌ fail |');
    expect(text).toContain('<summary>⚠️ Quiet check (2 findings)</summary>');
    expect(text).toMatch(/- …and \d+ more \(left out to fit\): see the job summary/);
    expect(text).toContain('Tool output left out to fit: see the job summary');
    expect(text.trimEnd().endsWith('[Workflow run](https://github.com/o/r/actions/runs/1)')).toBe(
      true,
    );
    // The kept findings are the most severe ones.
    expect(text).not.toMatch(/<summary>❌ Loud check[\s\S]*\*\*info\*\*/);
  });

  it('drops the details of checks that cannot fit at all, and counts them', () => {
    const checks = Array.from({ length: 30 }, (_, i) =>
      check({ id: `pre/c${i}`, title: `Check ${i}`, status: 'fail', findings: findings(50) }),
    );
    const text = renderMarkdown(report(checks), {
      budget: 3500,
      fullReportHint: 'the JSON report',
    });
    expect(text.length).toBeLessThanOrEqual(3500);
    expect(text.match(/^\| pre \| Check/gm)).toHaveLength(30);
    expect(text).toMatch(/_Details of \d+ checks left out to fit: see the JSON report\._/);
  });

  it('stays under the job summary limit with a huge report', () => {
    const checks = Array.from({ length: 20 }, (_, i) =>
      check({
        id: `pre/c${i}`,
        status: 'fail',
        findings: findings(50, { message: 'z'.repeat(1000) }),
        evidence: 'q'.repeat(100_000),
      }),
    );
    const text = renderMarkdown(report(checks), {
      budget: BUDGETS.jobSummary,
      maxFindingsPerCheck: 50,
    });
    expect(text.length).toBeLessThanOrEqual(BUDGETS.jobSummary);
    expect(text.length).toBeGreaterThan(BUDGETS.jobSummary * 0.8);
  });
});

describe('escapeInline', () => {
  it('cannot be un-escaped with a backslash, and pings nobody', () => {
    expect(escapeInline('a\\|b')).toBe('a\\\\\\|b');
    expect(escapeInline('@octocat @org/team &#64;admin me@example.com')).toBe(
      '@\u200Boctocat @\u200Borg/team &amp;#64;admin me@\u200Bexample.com',
    );
    expect(escapeInline('</details><img src=x onerror=alert(1)>')).toBe(
      '&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeInline('line\r\nbreak\rlone')).toBe('line break lone');
  });
});
