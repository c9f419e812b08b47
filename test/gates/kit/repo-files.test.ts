import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SkippedFile } from '../../../src/gates/kit/source-files.ts';
import {
  readFirstProjectFile,
  readProjectText,
  repoJoin,
} from '../../../src/gates/kit/repo-files.ts';
import { writeFiles } from '../../support/git-repo.ts';

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-repo-files-'));
  writeFiles(root, files);
  return root;
}

describe('repoJoin', () => {
  it('joins a name to the project directory, the root being "."', () => {
    expect(repoJoin('.', 'package.json')).toBe('package.json');
    expect(repoJoin('frontend', 'package.json')).toBe('frontend/package.json');
  });
});

describe('readProjectText', () => {
  it('reads a file of the repository, and nothing for a missing one', async () => {
    const root = await repo({ 'backend/requirements.txt': 'django==4.2\n' });
    expect(await readProjectText(root, 'backend/requirements.txt')).toBe('django==4.2\n');
    expect(await readProjectText(root, 'backend/missing.txt')).toBeUndefined();
  });

  it('reads nothing outside the repository', async () => {
    const root = await repo({});
    expect(await readProjectText(root, '../../etc/passwd')).toBeUndefined();
  });
});

describe('readFirstProjectFile', () => {
  it('takes the first of the names that exists, in the order given', async () => {
    const root = await repo({ 'web/next.config.mjs': 'a', 'web/next.config.ts': 'b' });
    expect(
      await readFirstProjectFile(root, 'web', [
        'next.config.js',
        'next.config.ts',
        'next.config.mjs',
      ]),
    ).toEqual({
      path: 'web/next.config.ts',
      text: 'b',
    });
  });

  it('records the files it could not read on the way, and is undefined when none is read', async () => {
    const root = await repo({});
    await symlink('/etc/hostname', path.join(root, 'vercel.json'));
    const skipped: SkippedFile[] = [];
    expect(
      await readFirstProjectFile(root, '.', ['vercel.json', 'missing.json'], skipped),
    ).toBeUndefined();
    expect(skipped).toEqual([{ file: 'vercel.json', reason: 'outside the repository' }]);
  });
});
