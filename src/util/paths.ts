import path from 'node:path';

/**
 * A tool's file path made relative to the repository root with forward slashes, as
 * annotations and SARIF need it. Undefined when the file lies outside the repository,
 * so that nothing annotates a path GitHub cannot show.
 */
export function repoRelative(root: string, cwd: string, file: string): string | undefined {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
