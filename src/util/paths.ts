import path from 'node:path';

/**
 * Whether a path relative to some directory (as `path.relative` gives it) leads out of that
 * directory: it is absolute (another drive, on Windows), or its first segment is `..`. A
 * file named `..foo` inside the directory does not. `paths` is the flavour the path is
 * written in: the platform's by default, `path.posix` for git's paths.
 */
export function leadsOut(
  relative: string,
  paths: Pick<path.PlatformPath, 'sep' | 'isAbsolute'> = path,
): boolean {
  return paths.isAbsolute(relative) || relative.split(paths.sep)[0] === '..';
}

/**
 * A tool's file path made relative to the repository root with forward slashes, as
 * annotations and SARIF need it. Undefined when the file lies outside the repository,
 * so that nothing annotates a path GitHub cannot show.
 */
export function repoRelative(root: string, cwd: string, file: string): string | undefined {
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative === '' || leadsOut(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
