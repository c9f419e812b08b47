import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';
import { runValue } from '../../engine/run-values.ts';
import { leadsOut } from '../../util/paths.ts';
import { normalizeOutput, plural } from '../../util/text.ts';
import { PYTHON_EXCLUDED_DIRS } from './python-excludes.ts';

/** Directories a tree walk never enters: dependencies, environments, caches, build output. */
const WALK_SKIPPED = new Set<string>([...PYTHON_EXCLUDED_DIRS, '.next']);

/**
 * What a source file may weigh before a gate stops reading it: a committed config or source
 * file is far smaller; a larger one is data, a bundle or a trap, and is named as skipped.
 */
const SOURCE_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** The repository's source files, relative to the root with forward slashes, and how they were listed. */
export interface SourceFileList {
  files: readonly string[];
  source: 'git' | 'walk';
}

/**
 * Every source file of the repository, listed once per run however many gates read them: on
 * a large monorepo, `git ls-files` is the same long answer for each.
 */
const REPOSITORY_FILES = runValue(async ({ root, exec, signal }): Promise<SourceFileList> => {
  const listed = await exec('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached'], {
    cwd: root,
  });
  return listed.exitCode === 0 && !listed.truncated
    ? { files: listed.stdout.split('\0').filter(Boolean), source: 'git' }
    : { files: await walk(root, '', signal), source: 'walk' };
});

/**
 * The files a gate that reads source should read: in a git work tree, what git tracks
 * (`git ls-files --cached`), so that what a build wrote into the tree (`.next/`,
 * `public/sw.js`) is never judged as committed; outside git, or without git, every file
 * under the root except dependency, environment and build directories. `under` (a
 * repository-relative directory) keeps the files inside it. A listed file can still be a
 * symlink out of the repository or a FIFO: read each one with `readSourceFile`.
 */
export async function listSourceFiles(
  context: Pick<CheckContext, 'shared'>,
  under = '.',
): Promise<SourceFileList> {
  const { files, source } = await context.shared(REPOSITORY_FILES);
  const prefix = under.replace(/^\.\/?|\/+$/g, '');
  return {
    files: prefix ? files.filter((file) => file.startsWith(`${prefix}/`)) : files,
    source,
  };
}

async function walk(root: string, dir: string, signal: AbortSignal): Promise<string[]> {
  if (signal.aborted) return [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    // A symbolic link is listed, never entered: readSourceFile says where it leads.
    if (entry.isDirectory()) {
      if (!WALK_SKIPPED.has(entry.name)) files.push(...(await walk(root, relative, signal)));
    } else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative);
  }
  return files;
}

/** Why a source file was not read; `outside the repository` is said as `file -> …`. */
type SkipReason =
  | 'outside the repository'
  | 'not a regular file'
  | 'a symlink loop'
  | 'unreadable'
  | `over ${string}`;

/** A source file as read: its text, absent from the work tree, or skipped for a reason. */
export type SourceRead =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'skipped'; reason: SkipReason };

export interface SkippedFile {
  /** Repository-relative, as it was asked for. */
  file: string;
  reason: SkipReason;
}

/** Whether `candidate` (absolute) is `root` or lies under it; both resolved the same way. */
export const isInside = (root: string, candidate: string): boolean =>
  !leadsOut(path.relative(root, candidate));

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;

/**
 * One file of the repository (`file` relative to `root`, or absolute), read only if it is
 * a regular file whose real path lies inside the root's real path: a committed symlink to
 * the runner's home is never followed out, and a FIFO or device is never opened for reading
 * (the type is checked first, and the open cannot block). At most `maxBytes` are read; a
 * larger file is skipped. Text is normalised like tool output (BOM dropped, CRLF to LF, bad
 * bytes to U+FFFD) so that line numbers match on every platform. Never throws.
 */
export async function readSourceFile(
  root: string,
  file: string,
  maxBytes = SOURCE_FILE_MAX_BYTES,
): Promise<SourceRead> {
  const absolute = path.resolve(root, file);
  if (!isInside(path.resolve(root), absolute))
    return { kind: 'skipped', reason: 'outside the repository' };
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'skipped', reason: code === 'ELOOP' ? 'a symlink loop' : 'unreadable' };
  }
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  if (!isInside(realRoot, real)) return { kind: 'skipped', reason: 'outside the repository' };
  const stats = await stat(real).catch(() => undefined);
  if (!stats) return { kind: 'skipped', reason: 'unreadable' };
  if (!stats.isFile()) return { kind: 'skipped', reason: 'not a regular file' };
  if (stats.size > maxBytes) return { kind: 'skipped', reason: `over ${sizeLabel(maxBytes)}` };
  // The path may be swapped between the checks and the open: O_NOFOLLOW refuses a symlink
  // put in its place, O_NONBLOCK keeps a FIFO from blocking the open, and the handle's own
  // type and the byte cap are checked again.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
  const handle = await open(real, flags).catch(() => undefined);
  if (!handle) return { kind: 'skipped', reason: 'unreadable' };
  try {
    if (!(await handle.stat()).isFile()) return { kind: 'skipped', reason: 'not a regular file' };
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { kind: 'skipped', reason: `over ${sizeLabel(maxBytes)}` };
    return { kind: 'text', text: normalizeOutput(buffer.subarray(0, length)) };
  } catch {
    return { kind: 'skipped', reason: 'unreadable' };
  } finally {
    await handle.close();
  }
}

/**
 * "skipped 2 files: a -> outside the repository, b: not a regular file", for a check's
 * summary: the first few by name, then how many more. Empty when nothing was skipped.
 */
export function describeSkipped(skipped: readonly SkippedFile[], shown = 5): string {
  if (skipped.length === 0) return '';
  const named = skipped
    .slice(0, shown)
    .map(({ file, reason }) =>
      reason === 'outside the repository' ? `${file} -> ${reason}` : `${file}: ${reason}`,
    );
  const more = skipped.length > shown ? `, and ${skipped.length - shown} more` : '';
  return `skipped ${plural(skipped.length, 'file')}: ${named.join(', ')}${more}`;
}
