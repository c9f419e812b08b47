import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Real git repositories made at test time: a base commit, a pull request, GitHub's merge. */

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export const gitEnv = { ...process.env, ...IDENTITY };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: gitEnv,
    encoding: 'utf8',
  }).trim();
}

export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    if (text === null) {
      rmSync(full);
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

export function commitAll(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

export interface PullRequestRepo {
  /** The developer's clone, on the pull request branch, with full history. */
  work: string;
  /** A bare repository playing GitHub: main, the PR branch and refs/pull/1/merge. */
  origin: string;
  base: string;
  head: string;
  /** GitHub's merge commit of the head onto main (first parent: main's tip). */
  merge: string;
  /** Removes every directory made. */
  remove: () => void;
}

/**
 * A repository with `baseFiles` on main, a pull request commit that applies `prFiles`
 * (null deletes; `moves` are `git mv`s made first), and main moved on by one commit after
 * the branch point (`mainAfter`), so that base...HEAD and base..HEAD differ.
 */
export function pullRequestRepo(options: {
  baseFiles: Record<string, string>;
  moves?: Record<string, string>;
  prFiles: Record<string, string | null>;
  mainAfter?: Record<string, string>;
}): PullRequestRepo {
  const top = mkdtempSync(path.join(os.tmpdir(), 'shipgate-git-'));
  const work = path.join(top, 'work');
  const origin = path.join(top, 'origin.git');
  mkdirSync(work);
  git(work, 'init', '-q');
  writeFiles(work, options.baseFiles);
  commitAll(work, 'base');
  git(work, 'checkout', '-q', '-b', 'feature');
  for (const [from, to] of Object.entries(options.moves ?? {})) {
    mkdirSync(path.dirname(path.join(work, to)), { recursive: true });
    git(work, 'mv', from, to);
  }
  writeFiles(work, options.prFiles);
  const head = commitAll(work, 'pull request');
  git(work, 'checkout', '-q', 'main');
  writeFiles(work, options.mainAfter ?? { 'MAIN_MOVED_ON.md': 'main moved on\n' });
  const base = commitAll(work, 'main moves on');
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const merge = git(work, 'rev-parse', 'HEAD');
  git(work, 'reset', '-q', '--hard', base);
  git(work, 'checkout', '-q', 'feature');
  git(top, 'clone', '-q', '--bare', work, origin);
  git(origin, 'update-ref', 'refs/pull/1/merge', merge);
  git(origin, 'update-ref', 'refs/pull/1/head', head);
  return {
    work,
    origin,
    base,
    head,
    merge,
    remove: () => rmSync(top, { recursive: true, force: true }),
  };
}

/**
 * A clone as actions/checkout makes one: `git init`, origin, one commit fetched at the
 * given depth (default 1) into a detached HEAD, no tags.
 */
export function checkoutLikeActions(origin: string, sha: string, depth = 1): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-checkout-'));
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(
    dir,
    'fetch',
    '-q',
    '--no-tags',
    '--prune',
    ...(depth > 0 ? [`--depth=${depth}`] : []),
    'origin',
    `+${sha}:refs/remotes/origin/checked-out`,
    // fetch-depth: 0 fetches every branch with its whole history.
    ...(depth > 0 ? [] : ['+refs/heads/*:refs/remotes/origin/*']),
  );
  git(dir, 'checkout', '-q', '--detach', sha);
  return dir;
}
