import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { leadsOut } from '../../util/paths.ts';
import { PYTHON_EXCLUDED_DIRS } from './python-excludes.ts';

export const PYTHON_FILES = ['.py', '.pyi'] as const;
export const SCRIPT_FILES = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'] as const;

const EXCLUDED = new Set<string>(PYTHON_EXCLUDED_DIRS);

/**
 * What a per-file tool checks when the run judges a change: the changed files under `dir`
 * with one of `extensions` that are still regular files (relative to `dir`), none inside a
 * dependency or environment directory. Undefined without a change: the whole project. The
 * findings are filtered to the changed lines afterwards either way; this only spares the
 * tool the files whose findings would all be existing.
 */
export async function changedTargets(
  context: Pick<CheckContext, 'root' | 'changedFiles'>,
  dir: string,
  extensions: readonly string[],
): Promise<string[] | undefined> {
  if (!context.changedFiles) return undefined;
  const targets: string[] = [];
  for (const file of context.changedFiles) {
    const relative = path.posix.relative(dir === '.' ? '' : dir, file);
    if (leadsOut(relative, path.posix)) continue;
    if (!extensions.includes(path.posix.extname(file))) continue;
    if (relative.split('/').some((part) => EXCLUDED.has(part))) continue;
    const stats = await lstat(path.join(context.root, file)).catch(() => undefined);
    if (stats?.isFile()) targets.push(relative);
  }
  return targets;
}

/** A per-file tool's outcome when the change touches none of its files. */
export const nothingChanged = (what: string): CheckOutcome => ({
  status: 'pass',
  summary: `no changed ${what} files to check`,
  findings: [],
  scanned: [],
});

/** The outcome of a tool run on `targets` (relative to `dir`) only, recording what it checked. */
export const scannedOnly = (
  outcome: CheckOutcome,
  dir: string,
  targets: readonly string[] | undefined,
): CheckOutcome =>
  targets ? { ...outcome, scanned: targets.map((file) => path.posix.join(dir, file)) } : outcome;
