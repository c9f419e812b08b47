import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveChanges } from '../../src/baseline/changes.ts';
import { exec } from '../../src/engine/exec.ts';
import { checkoutLikeActions, git, gitEnv, pullRequestRepo } from '../support/git-repo.ts';

const repo = pullRequestRepo({
  baseFiles: { 'app/views.py': 'a = 1\nb = 2\nc = 3\n', 'requirements.txt': 'django==5.0\n' },
  prFiles: { 'app/views.py': 'a = 1\nb = 20\nc = 3\n', 'requirements.txt': 'django==5.1\n' },
  mainAfter: { 'app/other.py': 'main = "moved on"\n' },
});
const clones: string[] = [];
afterAll(() => {
  repo.remove();
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});
const checkout = (sha: string, depth?: number) => {
  const dir = checkoutLikeActions(repo.origin, sha, depth);
  clones.push(dir);
  return dir;
};
const tools = { exec, env: gitEnv };
const failure = (result: Awaited<ReturnType<typeof resolveChanges>>) =>
  result.ok ? 'resolved' : result.error;
const changed = (result: Awaited<ReturnType<typeof resolveChanges>>) => {
  if (!result.ok) throw new Error(result.error);
  return Object.fromEntries([...result.value.changes.files].map(([file, c]) => [file, c.lines]));
};

describe('resolveChanges', () => {
  it("with checkout's defaults (the merge commit, depth 1) diffs against the merge's first parent, fetched", async () => {
    const dir = checkout(repo.merge);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const result = await resolveChanges(
      dir,
      { ref: repo.base, prHead: repo.head, fetch: true },
      tools,
    );
    // main's own later commit (app/other.py) is in both sides: not the change's.
    expect(changed(result)).toEqual({ 'app/views.py': [2], 'requirements.txt': [1] });
    expect(result.ok && result.value.base).toBe(repo.base);
    expect(result.ok && (await result.value.baseFile('requirements.txt'))).toBe('django==5.0\n');
    expect(result.ok && (await result.value.baseFile('missing.txt'))).toBeUndefined();
  });

  it('checking out the head at depth 1 names the setting to add', async () => {
    const dir = checkout(repo.head);
    const result = await resolveChanges(
      dir,
      { ref: repo.base, prHead: repo.head, fetch: true },
      tools,
    );
    expect(failure(result)).toContain('set `fetch-depth: 0` on actions/checkout');
  });

  it('checking out the head with fetch-depth: 0 diffs base...HEAD', async () => {
    const dir = checkout(repo.head, 0);
    const result = await resolveChanges(
      dir,
      { ref: repo.base, prHead: repo.head, fetch: true },
      tools,
    );
    expect(changed(result)).toEqual({ 'app/views.py': [2], 'requirements.txt': [1] });
  });

  it('--base REF in a local clone: the merge base, and the work tree as it is', async () => {
    const result = await resolveChanges(repo.work, { ref: 'main', fetch: false }, tools);
    expect(changed(result)).toEqual({ 'app/views.py': [2], 'requirements.txt': [1] });
    expect(result.ok && result.value.how).toContain('merge base of main');
  });

  it('a base that is not there says so', async () => {
    const result = await resolveChanges(repo.work, { ref: 'no-such-branch', fetch: false }, tools);
    expect(failure(result)).toContain('no-such-branch is not a commit');
    const dir = checkout(repo.merge);
    const unfetchable = await resolveChanges(dir, { ref: 'f'.repeat(40), fetch: true }, tools);
    expect(failure(unfetchable)).toContain('could not be fetched');
  });

  it('outside a git work tree says so', async () => {
    const result = await resolveChanges('/', { ref: 'main', fetch: false }, tools);
    expect(result.ok).toBe(false);
  });
});
