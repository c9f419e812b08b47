import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { untrackedPaths } from '../../../src/gates/kit/untracked-paths.ts';
import { testContext } from '../../support/context.ts';
import { git, writeFiles } from '../../support/git-repo.ts';

/** A git work tree with `tracked` added and `untracked` only written. */
async function repo(tracked: Record<string, string>, untracked: Record<string, string>) {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-untracked-'));
  git(root, 'init', '-q');
  writeFiles(root, tracked);
  git(root, 'add', '.');
  writeFiles(root, untracked);
  return root;
}

describe('untrackedPaths', () => {
  it('names each untracked directory once, never entering it, then each untracked file', async () => {
    const root = await repo(
      { 'app/page.tsx': '', 'public/robots.txt': '', 'package.json': '{}' },
      { '.next/server/app.js': '', '.next/cache/x': '', 'public/sw.js': '', 'scratch.js': '' },
    );
    expect(await untrackedPaths(testContext({ root }), '.')).toEqual([
      '.next/',
      'public/sw.js',
      'scratch.js',
    ]);
  });

  it('is relative to the project directory', async () => {
    const root = await repo(
      { 'frontend/app/page.tsx': '', 'backend/manage.py': '' },
      { 'frontend/.next/app.js': '', 'backend/db.sqlite3': '' },
    );
    expect(await untrackedPaths(testContext({ root }), 'frontend')).toEqual(['.next/']);
  });

  it('is empty outside a git work tree, leaving the tool its own ignores', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'shipgate-untracked-'));
    writeFiles(root, { '.next/app.js': '', 'app.js': '' });
    expect(await untrackedPaths(testContext({ root }), '.')).toEqual([]);
  });
});
