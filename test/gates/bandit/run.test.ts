import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printed } from '../../support/canned-run.ts';
import { describe, expect, it } from 'vitest';
import { parseBandit } from '../../../src/gates/bandit/parse.ts';
import { run } from '../../../src/gates/bandit/run.ts';
import { normalizeOutput } from '../../../src/util/text.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const crm = 'examples/crm/backend';
const banditOptions = (section: object = {}) => gateOptions('bandit', section);
const where = (findings: { rule: string; file?: string; line?: number }[] = []) =>
  findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe('bandit gate (real bandit)', () => {
  it('reports the deliberate findings of the CRM backend, honouring # nosec', async () => {
    const outcome = await run(
      { options: banditOptions(), dir: crm, stacks: {} },
      testContext({ root: repo }),
    );
    expect(where(outcome.findings)).toEqual([
      `B404 ${crm}/jewellery/backup.py:3`,
      `B602 ${crm}/jewellery/backup.py:8`,
      `B303 ${crm}/jewellery/backup.py:16`,
    ]);
    expect(outcome.findings?.map((f) => f.severity)).toEqual(['low', 'high', 'medium']);
    expect(outcome.status).toBe('fail');
    expect(outcome.metrics).toMatchObject({ nosec: 1 });
    expect(outcome.summary).toContain('1 line marked # nosec');
  });

  it('waives by test id and fails only on what remains at fail-on', async () => {
    const outcome = await run(
      {
        options: banditOptions({
          'fail-on': 'high',
          ignore: [{ id: 'B602', reason: 'cron-only input', until: '2027-06-30' }],
        }),
        dir: crm,
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.findings?.find((f) => f.rule === 'B602')?.waived).toBe(
      'cron-only input (until 2027-06-30)',
    );
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toContain('1 waived');
  });

  it('turns a file bandit cannot parse into a finding, not a clean pass', async () => {
    const outcome = await run(
      { options: banditOptions(), dir: 'test/fixtures/black/broken', stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'not-scanned',
        severity: 'high',
        file: 'test/fixtures/black/broken/bad.py',
      }),
    ]);
  });

  it('is not applicable when there is no Python code', async () => {
    const outcome = await run(
      { options: banditOptions(), dir: '.', stacks: {} },
      testContext({ root: await mkdtemp(path.join(tmpdir(), 'shipgate-bandit-')) }),
    );
    expect(outcome.status).toBe('skip');
  });
});

describe('parseBandit', () => {
  const parse = (text: string, minConfidence: 'low' | 'medium' | 'high' = 'low') =>
    parseBandit(printed(text), { root: '/repo', cwd: '/repo/backend', minConfidence });

  it('reads a recorded report of bandit 1.6.2', async () => {
    const recorded = await readFile(
      path.join(repo, 'test/fixtures/bandit/crm-report.json'),
      'utf8',
    );
    const result = parse(recorded);
    expect(result.ok && result.value.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'B404 backend/jewellery/backup.py:3',
      'B602 backend/jewellery/backup.py:8',
      'B303 backend/jewellery/backup.py:16',
    ]);
  });

  it('drops findings below min-confidence and counts them', () => {
    const report = JSON.stringify({
      errors: [],
      metrics: { './a.py': {}, _totals: { loc: 3, nosec: 0 } },
      results: [
        {
          filename: './a.py',
          test_id: 'B608',
          issue_severity: 'MEDIUM',
          issue_confidence: 'LOW',
          issue_text: 'sql',
          line_number: 2,
          col_offset: 4,
        },
        {
          filename: './a.py',
          test_id: 'B307',
          issue_severity: 'MEDIUM',
          issue_confidence: 'HIGH',
          issue_text: 'eval',
          line_number: 3,
        },
      ],
    });
    const result = parse(report, 'medium');
    expect(result.ok && result.value.findings.map((f) => f.rule)).toEqual(['B307']);
    expect(result.ok && result.value.scope).toContain('1 below min-confidence medium');
    const all = parse(report);
    // bandit ≥ 1.7 gives a 0-based col_offset; findings carry 1-based columns.
    expect(all.ok && all.value.findings[0]).toMatchObject({
      rule: 'B608',
      file: 'backend/a.py',
      line: 2,
      column: 5,
    });
  });

  it('fails on garbage, truncated JSON and a report of another shape', () => {
    expect(parse('Traceback (most recent call last):\n  boom')).toMatchObject({ ok: false });
    expect(parse('{"errors": [], "results": [{"filename": "./a.py"')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid JSON/) as string,
    });
    expect(parse('')).toMatchObject({ ok: false, error: 'no output (expected JSON)' });
    expect(parse('[]')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no "results" array/) as string,
    });
  });

  it('survives odd items, a BOM and CRLF line ends', () => {
    const raw = Buffer.from(
      '\uFEFF{"results": [null, 7, {"test_id": "B101", "line_number": "x"}],\r\n "errors": [{"reason": "boom"}]}',
    );
    const result = parse(normalizeOutput(raw));
    expect(result.ok && result.value.findings).toEqual([
      expect.objectContaining({ rule: 'B101', severity: 'medium' }),
      expect.objectContaining({
        rule: 'not-scanned',
        message: 'bandit could not scan a file: boom',
      }),
    ]);
  });

  it('parses a 20 MB report', () => {
    const item = {
      filename: './a.py',
      test_id: 'B101',
      issue_severity: 'LOW',
      issue_confidence: 'HIGH',
      issue_text: 'assert used',
      line_number: 1,
    };
    const results = Array.from({ length: 150_000 }, (_, i) => ({ ...item, line_number: i + 1 }));
    const text = JSON.stringify({ errors: [], metrics: {}, results });
    expect(text.length).toBeGreaterThan(20_000_000);
    const result = parse(text);
    expect(result.ok && result.value.findings.length).toBe(150_000);
    expect(result.ok && result.value.findings[149_999]?.line).toBe(150_000);
  });
});
