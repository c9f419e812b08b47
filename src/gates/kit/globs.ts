import path from 'node:path';

/**
 * Whether a repository-relative POSIX path falls under one of a gate's `exclude` entries:
 * a glob (`examples/**`, `**\/migrations/*.py`) or a directory (`legacy/` or `legacy`).
 */
export function isExcluded(file: string, globs: readonly string[]): boolean {
  return globs.some((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return file === bare || file.startsWith(`${bare}/`) || path.posix.matchesGlob(file, glob);
  });
}
