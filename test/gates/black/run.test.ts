import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSpans, parseBlack } from '../../../src/gates/black/parse.ts';
import { run } from '../../../src/gates/black/run.ts';
import { printed } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const options = gateOptions('black');

describe('black gate (real black)', () => {
  it('names the unformatted file of the CRM backend with its first changed line', async () => {
    const outcome = await run(
      { options, dir: 'examples/crm/backend', stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'would-reformat examples/crm/backend/jewellery/views.py:8',
    ]);
  });

  it('reports a file black cannot parse at the line it names', async () => {
    const outcome = await run(
      { options, dir: 'test/fixtures/black/broken', stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'cannot-format',
        severity: 'high',
        file: 'test/fixtures/black/broken/bad.py',
        line: 1,
        column: 11,
      }),
    ]);
    expect(outcome.summary).toContain('2 files checked');
  });

  it('passes formatted code and is not applicable without Python files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shipgate-black-'));
    const empty = await run({ options, dir: '.', stacks: {} }, testContext({ root: dir }));
    expect(empty.status).toBe('skip');
    await writeFile(path.join(dir, 'ok.py'), 'x = 1\n');
    const clean = await run({ options, dir: '.', stacks: {} }, testContext({ root: dir }));
    expect(clean).toMatchObject({ status: 'pass', summary: 'no findings; 1 file checked' });
  });
});

describe('black output parsing', () => {
  it('spans every change in committed numbering, and survives "--- " inside a hunk', () => {
    const diff = [
      '--- a.py\t2026-01-01 00:00:00 +0000',
      '+++ a.py\t2026-01-01 00:00:01 +0000',
      '@@ -10,7 +10,8 @@',
      ' x = 1',
      ' y = 2',
      '--- z = 3',
      '+z = 3',
      ' w = 4',
      '-a=1',
      '-b=2',
      '+a = 1',
      '+b = 2',
      ' c = 3',
      '+',
      '--- b.py\t2026-01-01 00:00:00 +0000',
      '+++ b.py\t2026-01-01 00:00:01 +0000',
      '@@ -0,0 +1 @@',
      '+import os',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...changedSpans(diff)]).toEqual([
      [
        'a.py',
        [
          { line: 12, endLine: 12 },
          { line: 14, endLine: 15 },
          { line: 17, endLine: 17 },
        ],
      ],
      ['b.py', [{ line: 1, endLine: 1 }]],
    ]);
  });

  it('relates absolute paths to the repository and ignores garbage', () => {
    const report = parseBlack(
      printed(
        '--- /repo/app/x.py\t2026\n+++ /repo/app/x.py\t2026\n@@ -3,2 +3,2 @@\n-a\n+b\n',
        'would reformat /repo/app/x.py\nwould reformat /elsewhere/y.py\n\u0000garbage\n\nOh no! 💥 💔 💥\n2 files would be reformatted, 5 files would be left unchanged.\n',
      ),
      { root: '/repo', cwd: '/repo/app' },
    );
    if (!report.ok) throw new Error(report.error);
    expect(report.value.findings.map((f) => [f.file, f.line])).toEqual([
      ['app/x.py', 3],
      [undefined, undefined],
    ]);
    expect(report.value.scope).toBe('7 files checked');
  });

  it('knows a clean run by its tally, and output without one is no report', () => {
    expect(
      parseBlack(printed('', 'All done! ✨ 🍰 ✨\n3 files would be left unchanged.\n'), {
        root: '/r',
        cwd: '/r',
      }),
    ).toEqual({
      ok: true,
      value: { findings: [], scope: '3 files checked', metrics: { files: 3, wouldReformat: 0 } },
    });
    expect(
      parseBlack(printed('', 'No Python files are present to be formatted. Nothing to do 😴\n'), {
        root: '/r',
        cwd: '/r',
      }),
    ).toMatchObject({ ok: true, value: { nothingToCheck: 'no Python files to check' } });
    for (const garbage of ['', 'Segmentation fault\n', '\uFFFD\uFFFD<html>502</html>\n']) {
      expect(parseBlack(printed(garbage, garbage), { root: '/r', cwd: '/r' })).toEqual({
        ok: false,
        error: 'no black report in its output (neither a file nor the closing tally)',
      });
    }
  });

  it('reads a 20 MB diff and names every file', () => {
    const hunk = (i: number) =>
      `--- m${i}.py\t2026\n+++ m${i}.py\t2026\n@@ -1,2 +1,2 @@\n x = 1\n-y=${'1'.repeat(150)}\n+y = ${'1'.repeat(150)}\n`;
    const files = 60_000;
    const diff = Array.from({ length: files }, (_, i) => hunk(i)).join('');
    expect(diff.length).toBeGreaterThan(20_000_000);
    const stderr = Array.from({ length: files }, (_, i) => `would reformat m${i}.py\n`).join('');
    const report = parseBlack(printed(diff, stderr), { root: '/r', cwd: '/r' });
    if (!report.ok) throw new Error(report.error);
    expect(report.value.findings).toHaveLength(files);
    expect(report.value.findings.at(-1)).toMatchObject({ file: `m${files - 1}.py`, line: 2 });
  });
});
