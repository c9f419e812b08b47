import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedTargets, PYTHON_FILES, scannedOnly } from '../../../src/gates/kit/changed-files.ts';

async function tree(files: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-changed-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), 'x = 1\n');
  }
  return root;
}

describe('changedTargets', () => {
  it("keeps the changed files of the tool's types under its directory that still exist", async () => {
    const root = await tree([
      'backend/app.py',
      'backend/.venv/lib/x.py',
      'web/a.py',
      'backend/b.txt',
      '..hidden.py',
    ]);
    await symlink('/etc/hostname', path.join(root, 'backend/link.py'));
    const changedFiles = [
      'backend/app.py',
      'backend/.venv/lib/x.py',
      'web/a.py',
      'backend/b.txt',
      'backend/deleted.py',
      'backend/link.py',
      '..hidden.py',
    ];
    expect(await changedTargets({ root, changedFiles }, 'backend', PYTHON_FILES)).toEqual([
      'app.py',
    ]);
    expect(await changedTargets({ root, changedFiles }, '.', PYTHON_FILES)).toEqual([
      'backend/app.py',
      'web/a.py',
      '..hidden.py', // a name that begins with "..", not a way out
    ]);
  });

  it('is undefined without a change (the whole project), empty when none qualifies', async () => {
    const root = await tree([]);
    expect(await changedTargets({ root }, '.', PYTHON_FILES)).toBeUndefined();
    expect(await changedTargets({ root, changedFiles: ['a.ts'] }, '.', PYTHON_FILES)).toEqual([]);
  });

  it('records what was checked, repository-relative', () => {
    const outcome = { status: 'pass' as const, summary: 'ok' };
    expect(scannedOnly(outcome, 'backend', ['app.py']).scanned).toEqual(['backend/app.py']);
    expect(scannedOnly(outcome, 'backend', undefined)).toBe(outcome);
  });
});
