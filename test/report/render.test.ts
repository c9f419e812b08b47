import { describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../../src/core/model.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { renderReport } from '../../src/report/render.ts';
import { check, report } from '../github/fixtures.ts';

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

describe('verdict policy', () => {
  it('fails on a blocking fail or error, never on advisory checks, warnings or skips', () => {
    expect(baseline([{ status: 'fail' }]).verdict).toBe('fail');
    expect(baseline([{ status: 'error' }]).verdict).toBe('fail');
    expect(
      baseline([
        { status: 'fail', blocking: false },
        { status: 'error', blocking: false },
      ]).verdict,
    ).toBe('pass');
    expect(baseline([{ status: 'warn' }, { status: 'skip' }]).verdict).toBe('pass');
  });
});

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

describe('renderReport', () => {
  it('renders the report JSON contract as is', () => {
    const report = baseline();
    expect(JSON.parse(renderReport(report, 'json'))).toEqual(report);
  });
});
