import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';
import { listSourceFiles } from './source-files.ts';

/**
 * How many characters of untracked paths one command line may carry: far under Linux's
 * 128 KiB per argument and 2 MiB in all, and Windows' 32 Ki characters per command.
 */
const BUDGET = 24 * 1024;

/** A path under the project directory that git does not track; a directory ends in `/`. */
export type UntrackedPath = string;

/**
 * What a tool run on `.` would read that a clean checkout does not have: a build's `.next/`,
 * a generated `public/sw.js`, a scratch file. For a tool whose command line adds to its
 * config's ignores rather than replacing them (ESLint's `--ignore-pattern`), so that it is
 * spared reading them; what it reports in untracked files is dropped either way (the tool
 * gate's `tracked`). Derived from the tracked files of `listSourceFiles`: a directory with
 * no tracked file is one entry and is never entered. Relative to `dir`, directories first
 * (build output is one), within a command-line budget. Outside a git work tree: none, so
 * the tool's config alone decides, as it does on a developer's machine.
 */
export async function untrackedPaths(
  context: Pick<CheckContext, 'root' | 'shared' | 'signal'>,
  dir: string,
): Promise<UntrackedPath[]> {
  const { files, source } = await listSourceFiles(context, dir);
  if (source !== 'git') return [];
  const prefix = path.posix.normalize(dir.replaceAll('\\', '/')).replace(/^\.$|\/$/g, '');
  const tracked = new Set(files.map((file) => (prefix ? file.slice(prefix.length + 1) : file)));
  const trackedDirs = new Set<string>();
  for (const file of tracked)
    for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1))
      trackedDirs.add(file.slice(0, at));

  const dirs: string[] = [];
  const loose: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const absolute = path.join(context.root, dir, relative);
    const entries = await readdir(absolute, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (context.signal.aborted) return;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name === '.git' && !relative) continue;
      if (entry.isDirectory()) {
        if (trackedDirs.has(child)) await walk(child);
        else dirs.push(`${child}/`);
      } else if (!tracked.has(child)) loose.push(child);
    }
  };
  await walk('');

  const kept: string[] = [];
  let length = 0;
  for (const entry of [...dirs.sort(), ...loose.sort()]) {
    length += entry.length + 20;
    if (length > BUDGET) break;
    kept.push(entry);
  }
  return kept;
}
