import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlake8 } from '../../../src/gates/flake8/parse.ts';
import { run } from '../../../src/gates/flake8/run.ts';
import { normalizeOutput } from '../../../src/util/text.ts';
import { printed } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const options = gateOptions('flake8');

describe('flake8 gate (real flake8)', () => {
  it('reports every violation of the CRM backend with code, file, line and column', async () => {
    const outcome = await run(
      { options, dir: 'examples/crm/backend', stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        rule: 'F401',
        severity: 'medium',
        message: "'json' imported but unused",
        file: 'examples/crm/backend/jewellery/views.py',
        line: 1,
        column: 1,
      },
      {
        rule: 'E501',
        severity: 'low',
        message: 'line too long (121 > 88 characters)',
        file: 'examples/crm/backend/jewellery/views.py',
        line: 12,
        column: 89,
      },
    ]);
  });

  it('passes args to flake8 as a workflow would, before the path it checks', async () => {
    const outcome = await run(
      {
        options: gateOptions('flake8', { args: ['--max-line-length=130'] }),
        dir: 'examples/crm/backend',
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.findings?.map((f) => f.rule)).toEqual(['F401']);
  });

  it('drops and counts the findings in excluded files', async () => {
    const outcome = await run(
      {
        options: gateOptions('flake8', { exclude: ['examples/crm/backend/jewellery/views.py'] }),
        dir: 'examples/crm/backend',
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.findings ?? []).toEqual([]);
    expect(outcome.summary).toMatch(/2 findings in excluded files not judged/);
  });

  it('rates a syntax error high', async () => {
    const outcome = await run(
      {
        options: gateOptions('flake8', { 'fail-on': 'high' }),
        dir: 'test/fixtures/black/broken',
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(
      outcome.findings?.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column}`),
    ).toEqual(['E999 high test/fixtures/black/broken/bad.py:1:13']);
  });

  it('is an error when flake8 fails without a violation (bad configuration)', async () => {
    const context = testContext({ root: repo });
    const outcome = await run(
      { options, dir: 'test/fixtures/flake8/bad-config', stacks: {} },
      context,
    );
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toMatch(
      /^flake8: failed without reporting a violation \(exit code \d+\)$/,
    );
  });
});

describe('parseFlake8', () => {
  const parse = (stdout: string, root: string, cwd: string) => {
    const parsed = parseFlake8(printed(stdout), { root, cwd });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };

  it('keeps colons of Windows paths and messages, skips chatter, maps severities in one table', () => {
    const output = normalizeOutput(
      Buffer.from(
        "C:\\src\\app.py:3:1: F821 undefined name 'x: y'\r\n\u001b[1mnot a violation\u001b[0m\r\n./a.py:10:5: W605 invalid escape sequence '\\d'\r\n./a.py:1:1: F401 'os' imported but unused\r\n./b.py:2:1: C901 'f' is too complex (11)\r\n",
      ),
    );
    const report = parse(output, '/repo', '/repo/app');
    expect(
      report.findings.map((f) => [f.rule, f.severity, f.file, f.line, f.column, f.message]),
    ).toEqual([
      // The drive letter's colon stays in the path (a POSIX runner reads it as a file name).
      ['F821', 'high', 'app/C:\\src\\app.py', 3, 1, "undefined name 'x: y'"],
      ['W605', 'low', 'app/a.py', 10, 5, "invalid escape sequence '\\d'"],
      ['F401', 'medium', 'app/a.py', 1, 1, "'os' imported but unused"],
      ['C901', 'low', 'app/b.py', 2, 1, "'f' is too complex (11)"],
    ]);
    expect(report.scope).toBe('in 3 files');
  });

  it('survives non-UTF-8 bytes and a 20 MB output', () => {
    const bad = normalizeOutput(
      Buffer.concat([
        Buffer.from('./caf'),
        Buffer.from([0xe9]),
        Buffer.from('.py:1:1: E265 block comment\n'),
      ]),
    );
    expect(parse(bad, '/r', '/r').findings[0]?.file).toBe('caf\uFFFD.py');
    const big = './a.py:1:80: E501 line too long (100 > 79 characters)\n'.repeat(400_000);
    expect(big.length).toBeGreaterThan(20_000_000);
    const { findings, scope } = parse(big, '/r', '/r');
    expect(findings).toHaveLength(400_000);
    expect(findings.at(-1)).toEqual({
      rule: 'E501',
      severity: 'low',
      message: 'line too long (100 > 79 characters)',
      file: 'a.py',
      line: 1,
      column: 80,
    });
    expect(scope).toBe('in 1 file');
  });
});
