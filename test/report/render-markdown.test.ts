import { describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../../src/core/model.ts';
import { BUDGETS, withinBytes } from '../../src/report/budget.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { check, findings, report } from '../github/fixtures.ts';

/** A report of one check per entry, each the passing fixture with its overrides. */
const baseline = (checks: Partial<CheckResult>[] = [{}]): Report =>
  report(checks.map((overrides, i) => check({ id: `pre/check-${i}`, ...overrides })));

const finding = {
  rule: 'B105',
  severity: 'low' as const,
  message: "Possible hardcoded password: 'hunter2'",
  file: 'backend/crm/settings.py',
  line: 12,
  column: 1,
};

describe('renderMarkdown', () => {
  it('shows the verdict, a row per check and the findings folded under the table', () => {
    const markdown = renderMarkdown(
      baseline([
        { status: 'warn', summary: '1 low (below fail-on: medium)', findings: [finding] },
        { kind: 'command', title: 'Migrations ready', blocking: false },
      ]),
    );
    expect(markdown).toContain('## ✅ Shipgate passed: 1 of 2 checks passed · 1 warned · 8.1s');
    expect(markdown).not.toContain('What blocks');
    expect(markdown).toContain('| Phase | Check | Status | Time | Details |');
    expect(markdown).toContain(
      '| pre | Code security (bandit) | ⚠️ warn | 912ms | 1 low (below fail-on: medium) |',
    );
    expect(markdown).toContain(
      '| pre | Migrations ready _(advisory)_ | ✅ pass | 912ms | no findings |',
    );
    expect(markdown).toContain('<details><summary>⚠️ Code security (bandit) (1 finding)</summary>');
    expect(markdown).toContain(
      "- **low** [`B105`](https://bandit.readthedocs.io/en/latest/plugins/b105_hardcoded_password_string.html) `backend/crm/settings.py:12:1`: Possible hardcoded password: 'hunter2'",
    );
  });

  it('lists blocking findings most severe first with linked locations and rules, then the checks that failed without one', () => {
    const markdown = renderMarkdown(
      baseline([
        {
          status: 'fail',
          failOn: 'medium',
          findings: [
            finding,
            {
              ...finding,
              rule: 'B608',
              severity: 'medium',
              line: 40,
              hint: 'Use query parameters.',
            },
          ],
        },
        {
          kind: 'command',
          title: 'Migrations ready',
          status: 'fail',
          summary: 'exit code 1',
          evidence: 'No changes detected\nSystemCheckError: boom\n',
        },
        { kind: 'command', title: 'Lint', status: 'fail', blocking: false, summary: 'exit code 2' },
      ]),
      { shape: 'brief', blobBase: 'https://github.com/o/r/blob/abc' },
    );
    expect(markdown).toContain(
      '## ❌ Shipgate failed: 1 blocking finding · 1 other failure · 0 of 3 checks passed · advisory: 1 failing',
    );
    // The low finding is below fail-on: medium, so it does not block.
    expect(markdown).toContain(
      [
        '### What blocks this merge',
        '',
        "- 🟠 **medium** [`backend/crm/settings.py:40:1`](https://github.com/o/r/blob/abc/backend/crm/settings.py#L40) [`B608`](https://bandit.readthedocs.io/en/latest/plugins/b608_hardcoded_sql_expressions.html): Possible hardcoded password: 'hunter2' · _Code security (bandit)_  ",
        '  Fix: Use query parameters.',
        '- ❌ **Migrations ready** failed: exit code 1',
        '',
        '  <details><summary>Last lines of its output</summary>',
        '',
        '  ```',
        '  No changes detected',
        '  SystemCheckError: boom',
        '  ```',
        '',
        '  </details>',
      ].join('\n'),
    );
    expect(markdown).not.toContain('B105');
    expect(markdown).toContain('| Lint _(advisory)_ | ❌ fail | exit code 2 |');
  });

  it('cannot be broken or abused by text from tools', () => {
    const markdown = renderMarkdown(
      baseline([
        {
          status: 'fail',
          summary: 'pipe | in summary </details><img src=x> @octocat',
          findings: [{ ...finding, message: 'ping @org/team and &#64;admin `code`' }],
          evidence: 'output with ``` fences\n</details>',
        },
      ]),
    );
    expect(markdown).toContain(
      'pipe \\| in summary &lt;/details&gt;&lt;img src=x&gt; @\u200Boctocat',
    );
    expect(markdown).toContain('ping @\u200Borg/team and &amp;#64;admin \\`code\\`');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('````\noutput with ``` fences\n</details>\n````');
  });

  it('links only to http(s) targets, and a link from a tool cannot close early', () => {
    const markdown = renderMarkdown(
      baseline([
        {
          kind: 'command',
          status: 'fail',
          findings: [
            { ...finding, rule: 'a', url: 'javascript:alert(1)' },
            { ...finding, rule: 'b', url: 'https://example.com/x) [click](https://evil.example' },
            { ...finding, rule: 'c', file: '../outside.py' },
          ],
        },
      ]),
      { blobBase: 'https://github.com/o/r/blob/abc' },
    );
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('[`b`](https://example.com/x%29%20[click]%28https://evil.example)');
    expect(markdown).toContain(' `../outside.py:12:1`');
  });

  it('lists at most the configured number of findings per check and counts the rest', () => {
    const findings = Array.from({ length: 60 }, (_, i) => ({ ...finding, line: i + 1 }));
    const markdown = renderMarkdown(baseline([{ status: 'warn', findings }]));
    expect(markdown.match(/^- \*\*low\*\* /gm)).toHaveLength(50);
    expect(markdown).toContain('- …and 10 more in the JSON report');
  });
});

describe('sign-off links', () => {
  it('links the workflow run and, when uploaded, the JSON report', () => {
    const markdown = renderMarkdown(baseline(), {
      runUrl: 'https://github.com/o/r/actions/runs/42',
      reportUrl: 'https://github.com/o/r/actions/runs/42/artifacts/7',
    });
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      '🔗 [Workflow run and job summary](https://github.com/o/r/actions/runs/42) · [JSON report](https://github.com/o/r/actions/runs/42/artifacts/7)',
    );
    expect(renderMarkdown(baseline())).not.toContain('🔗');
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
