import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';
import { normalizeOutput } from '../../util/text.ts';
import { PYTHON_EXCLUDED_DIRS } from './python-excludes.ts';

/** Directories a tree walk never enters: dependencies, environments, caches, build output. */
const WALK_SKIPPED = new Set<string>([...PYTHON_EXCLUDED_DIRS, '.next']);

/** Files of the repository, relative to the root with forward slashes, and how they were listed. */
export interface RepoFiles {
  files: string[];
  source: 'git' | 'walk';
}

/**
 * The files a scan should read: what git tracks or would add (ignored files are left out, as
 * they are never pushed), or, when the root is not a git work tree or git is absent, every
 * file under it except dependency and environment directories.
 */
export async function listRepoFiles(context: CheckContext): Promise<RepoFiles> {
  // Tracked files plus untracked ones that are not ignored: what `git add -A` would commit,
  // so that a local run also sees the file about to be committed.
  const listed = await context.exec(
    'git',
    ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: context.root },
  );
  if (listed.exitCode === 0 && !listed.truncated) {
    return { files: listed.stdout.split('\0').filter(Boolean), source: 'git' };
  }
  return { files: await walk(context.root, '', context.signal), source: 'walk' };
}

async function walk(root: string, dir: string, signal: AbortSignal): Promise<string[]> {
  if (signal.aborted) return [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    // Symbolic links are not followed: they can loop, or lead out of the repository.
    if (entry.isFile()) files.push(relative);
    else if (entry.isDirectory() && !WALK_SKIPPED.has(entry.name)) {
      files.push(...(await walk(root, relative, signal)));
    }
  }
  return files;
}

/**
 * A project file (requirements, settings, lockfile, config) as text, normalised like tool
 * output (BOM dropped, CRLF to LF, bad bytes to U+FFFD) so that line numbers and values read
 * from it match on every platform. Undefined when it cannot be read: the caller decides
 * whether a missing file matters.
 */
export function readProjectText(file: string): Promise<string | undefined> {
  return readFile(file).then(normalizeOutput, () => undefined);
}

/** A file of the project directory `dir` (repository-relative), with its text. */
export interface ProjectFile {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
}

/** `name` in the project directory `dir`, as a repository-relative path. */
export const repoJoin = (dir: string, name: string): string =>
  dir === '.' ? name : `${dir}/${name}`;

/** The first of `names` that exists in the project directory `dir`, in the order given. */
export async function readFirstProjectFile(
  root: string,
  dir: string,
  names: readonly string[],
): Promise<ProjectFile | undefined> {
  for (const name of names) {
    const text = await readProjectText(path.join(root, dir, name));
    if (text !== undefined) return { path: repoJoin(dir, name), text };
  }
  return undefined;
}
