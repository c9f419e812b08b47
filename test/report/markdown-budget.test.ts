import { describe, expect, it } from 'vitest';
import { BUDGETS, fitSections, withinBytes } from '../../src/report/budget.ts';
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
    expect(
      text.startsWith('<!-- shipgate:signoff -->\n\n## ❌ Shipgate failed: 400 blocking findings'),
    ).toBe(true);
    expect(text).toContain('| pre | Quiet check | ⚠️ warn |');
    expect(text).toContain('| pre | Loud check | ❌ fail |');
    expect(text).toContain('<summary>⚠️ Quiet check (2 findings)</summary>');
    expect(text).toMatch(/- …and \d+ more \(left out to fit\): see the job summary/);
    expect(text).toContain('Tool output left out to fit: see the job summary');
    expect(
      text
        .trimEnd()
        .endsWith('[Workflow run and job summary](https://github.com/o/r/actions/runs/1)'),
    ).toBe(true);
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
    const text = withinBytes(
      (budget) => renderMarkdown(report(checks), { budget, maxFindingsPerCheck: 50 }),
      BUDGETS.jobSummaryBytes,
    );
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(BUDGETS.jobSummaryBytes);
    expect(text.length).toBeGreaterThan(BUDGETS.jobSummaryBytes * 0.8);
  });

  it('counts the job summary in bytes: 100,000 findings of three-byte text stay under 1 MiB', () => {
    const checks = Array.from({ length: 200 }, (_, i) =>
      check({
        id: `pre/c${i}`,
        title: `検査 ${i}`,
        status: 'fail',
        summary: '日本語の要約'.repeat(40),
        findings: findings(500, { message: 'メッセージ'.repeat(50) }),
        evidence: '出力'.repeat(3000),
      }),
    );
    const byCharacters = renderMarkdown(report(checks), { budget: BUDGETS.jobSummaryBytes });
    expect(Buffer.byteLength(byCharacters)).toBeGreaterThan(1024 * 1024);
    const text = withinBytes(
      (budget) => renderMarkdown(report(checks), { budget }),
      BUDGETS.jobSummaryBytes,
    );
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(BUDGETS.jobSummaryBytes);
    expect(Buffer.byteLength(text)).toBeGreaterThan(BUDGETS.jobSummaryBytes * 0.8);
  });

  it('trims the table itself past thousands of checks: failing rows first, the rest counted', () => {
    const checks = Array.from({ length: 20_000 }, (_, i) =>
      check({ id: `pre/c${i}`, title: `Check ${i}`, status: i % 1000 === 7 ? 'fail' : 'pass' }),
    );
    const text = renderMarkdown(report(checks), { budget: 60_000, fullReportHint: 'the report' });
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text.match(/^\| pre \| Check \d+ \| ❌ fail \|/gm)).toHaveLength(20);
    const shown = text.match(/^\| pre \| Check/gm)?.length ?? 0;
    expect(text).toContain(
      `| … | ${20_000 - shown} more checks left out to fit (${20_000 - shown} passed) | | | see the report |`,
    );
  });

  it("counts findings over the report's cap in the check's fold", () => {
    const capped = check({ status: 'fail', findings: findings(3), trimmed: { findings: 40_000 } });
    const text = renderMarkdown(report([capped]));
    expect(text).toContain('<summary>❌ Code security (bandit) (40003 findings)</summary>');
    expect(text).toContain("- …and 40000 less severe, over the report's cap per check");
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
