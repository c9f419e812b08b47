import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';
import { listSourceFiles } from '../kit/source-files.ts';

/**
 * How many characters of `--ignore-pattern` arguments one command line may carry: far under
 * Linux's 128 KiB per argument and 2 MiB in all, and Windows' 32 Ki characters per command.
 */
const PATTERN_BUDGET = 24 * 1024;

/** Characters that mean something to ESLint's glob matcher (minimatch), escaped to match literally. */
const escapeGlob = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, (c) => `\\${c}`);

/**
 * `--ignore-pattern` arguments, relative to `dir`, for every path under it that git does not
 * track: a build's `.next/`, a generated `public/sw.js`, a scratch file. The project's flat
 * config still decides what is linted among the committed files; these only take away what
 * a clean checkout would not have. A directory without a tracked file is one pattern and is
 * never entered. Outside a git work tree: none (ESLint's config alone decides, as before).
 * Directories come first (build output is one); past the command-line budget, what is left
 * is left to the config.
 */
export async function untrackedIgnorePatterns(
  context: Pick<CheckContext, 'root' | 'exec' | 'signal'>,
  dir: string,
): Promise<string[]> {
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
        else dirs.push(`${escapeGlob(child)}/`);
      } else if (!tracked.has(child)) loose.push(escapeGlob(child));
    }
  };
  await walk('');

  const patterns: string[] = [];
  let length = 0;
  for (const pattern of [...dirs.sort(), ...loose.sort()]) {
    length += pattern.length + '--ignore-pattern'.length + 2;
    if (length > PATTERN_BUDGET) break;
    patterns.push(pattern);
  }
  return patterns;
}
