import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { sourceLines } from '../../src/baseline/source-lines.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'shipgate-lines-'));
  await writeFile(path.join(root, 'app.py'), '\uFEFFimport os\r\nx = 1\n');
  execFileSync('mkfifo', [path.join(root, 'pipe')]);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const at = (file: string, line = 1): Finding => ({
  rule: 'R',
  severity: 'low',
  message: 'm',
  file,
  ...(line ? { line } : {}),
});

describe('sourceLines', () => {
  it('reads each file a located finding names, normalized to lines', async () => {
    const lines = await sourceLines(root, [at('app.py'), at('./app.py', 2)]);
    expect(lines('app.py')).toEqual(['import os', 'x = 1', '']);
  });

  it('reads no file for a finding without a line', async () => {
    const lines = await sourceLines(root, [at('app.py', 0)]);
    expect(lines('app.py')).toBeUndefined();
  });

  it('has no lines for a missing file, a FIFO, or a path outside the repository', async () => {
    const lines = await sourceLines(root, [at('gone.py'), at('pipe'), at('../etc/passwd')]);
    expect([lines('gone.py'), lines('pipe'), lines('../etc/passwd')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
