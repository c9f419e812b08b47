import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exec, ExecResult } from '../engine/exec.ts';
import { fail, ok, type Result } from '../util/result.ts';
import { parseDiff, type ChangeSet } from './diff.ts';
import { changedManifests, changedPackages } from './packages.ts';
import type { ChangeScope } from './touched.ts';

/** Where the change starts: `--base REF`, or a pull request event's base. */
export interface BaseRequest {
  /** A commit or ref: the pull request's `base.sha`, or what `--base` names. */
  ref: string;
  /**
   * The pull request's head commit. When HEAD is GitHub's merge commit of it (what
   * actions/checkout checks out on pull_request events), the merge's first parent is the
   * base branch the change was merged onto, and the change is the merge's own diff.
   */
  prHead?: string;
  /** Fetch missing commits from `origin` at depth 1 (in Actions, where clones are shallow). */
  fetch: boolean;
}

/** The change the run judges: the base commit, how it was found, and what changed since. */
export interface ResolvedChanges {
  base: string;
  /** For the log: e.g. "merge commit abc1234: its first parent". */
  how: string;
  changes: ChangeSet;
  /** A file's text at the base, or undefined when it did not exist there. */
  baseFile: (path: string) => Promise<string | undefined>;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const short = (sha: string) => sha.slice(0, 7);

/**
 * Finds the base of the change and what changed between it and the work tree (tracked
 * files: a run judges the tree as it is). Missing commits are fetched at depth 1 when the
 * request allows; when the merge base is beyond a shallow clone's history the failure says
 * which checkout setting to add. Never guesses: a base it cannot establish is a failure the
 * caller reports, not an empty change.
 */
export async function resolveChanges(
  root: string,
  request: BaseRequest,
  { exec, env }: { exec: Exec; env: Readonly<Record<string, string | undefined>> },
): Promise<Result<ResolvedChanges>> {
  const git: Git = (...args) =>
    exec('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: root,
      env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
  const head = await git('cat-file', 'commit', 'HEAD');
  if (head.notFound) return fail('git is not installed: changed lines need git on the PATH');
  if (head.exitCode !== 0) {
    return fail(`${root} is not a git work tree with a commit (${head.stderr.trim()})`);
  }
  const parents = [...head.stdout.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!);
  const found = await findBase(git, request, parents);
  if (!found.ok) return found;
  const { base, how } = found.value;
  const diff = await git(
    'diff',
    '--unified=0',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    base,
  );
  if (diff.exitCode !== 0) return fail(`git diff ${short(base)} failed: ${diff.stderr.trim()}`);
  return ok({
    base,
    how,
    changes: parseDiff(diff.stdout),
    baseFile: async (path) => {
      const shown = await git('show', `${base}:${path}`);
      return shown.exitCode === 0 ? shown.stdout : undefined;
    },
  });
}

type Git = (...args: string[]) => Promise<ExecResult>;

/**
 * The base commit and how it was found: the first parent when HEAD is GitHub's merge commit
 * of the pull request, otherwise the merge base of the requested ref and HEAD.
 */
async function findBase(
  git: Git,
  request: BaseRequest,
  parents: readonly string[],
): Promise<Result<{ base: string; how: string }>> {
  const commitOf = async (ref: string) => {
    const found = await git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    return found.exitCode === 0 ? found.stdout.trim() : undefined;
  };
  const fetched = async (ref: string): Promise<string | undefined> => {
    const present = await commitOf(ref);
    if (present || !request.fetch) return present;
    const fetch = await git('fetch', '--no-tags', '--depth=1', 'origin', ref);
    if (fetch.exitCode !== 0) return undefined;
    return commitOf(SHA.test(ref) ? ref : 'FETCH_HEAD');
  };

  const [first, second] = parents;
  if (request.prHead && parents.length === 2 && second === request.prHead) {
    const base = await fetched(first!);
    if (!base) return fail(`the merge commit's first parent ${first} could not be fetched`);
    const how = `HEAD is the merge commit of ${short(request.prHead)}: its first parent ${short(first!)}`;
    return ok({ base, how });
  }
  const tip = await fetched(request.ref);
  if (!tip) {
    return fail(
      `the base ${request.ref} is not a commit in this clone${request.fetch ? ' and could not be fetched from origin' : ' (fetch it, or name another with --base)'}`,
    );
  }
  const mergeBase = await git('merge-base', tip, 'HEAD');
  if (mergeBase.exitCode !== 0) {
    const shallow = await git('rev-parse', '--is-shallow-repository');
    return fail(
      shallow.stdout.trim() === 'true'
        ? `the merge base of ${short(tip)} and HEAD is beyond this shallow clone's history: set \`fetch-depth: 0\` on actions/checkout (or keep its default ref, the pull request's merge commit)`
        : `${short(tip)} and HEAD have no common ancestor`,
    );
  }
  const base = mergeBase.stdout.trim();
  return ok({ base, how: `the merge base of ${request.ref} and HEAD, ${short(base)}` });
}

/**
 * What the run judges against: the change's files and lines, and the packages its manifests
 * and lockfiles added or changed (the head's read from the work tree, the base's from git).
 */
export async function changeScope(
  root: string,
  resolved: ResolvedChanges,
  mode: ChangeScope['mode'],
): Promise<ChangeScope> {
  const packages = { npm: new Set<string>(), pip: new Set<string>() };
  for (const manifest of changedManifests(resolved.changes)) {
    const head = await readFile(path.join(root, manifest.head), 'utf8').catch(() => undefined);
    const base = manifest.base === undefined ? undefined : await resolved.baseFile(manifest.base);
    for (const name of changedPackages(manifest.ecosystem, base, head)) {
      packages[manifest.ecosystem].add(name);
    }
  }
  return { mode, changes: resolved.changes, packages };
}
