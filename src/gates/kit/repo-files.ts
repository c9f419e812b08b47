import { readSourceFile, type SkippedFile } from './source-files.ts';

/**
 * A project file (requirements, settings, lockfile, config; relative to `root` or absolute)
 * as text, read as `readSourceFile` reads it: inside the repository, a regular file, capped.
 * Undefined when it is missing or was not read: the caller decides whether that matters.
 */
export async function readProjectText(root: string, file: string): Promise<string | undefined> {
  const read = await readSourceFile(root, file);
  return read.kind === 'text' ? read.text : undefined;
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

/**
 * The first of `names` that exists in the project directory `dir`, in the order given. Those
 * not read on the way (`readSourceFile`'s reasons) are added to `skipped`, when given.
 */
export async function readFirstProjectFile(
  root: string,
  dir: string,
  names: readonly string[],
  skipped?: SkippedFile[],
): Promise<ProjectFile | undefined> {
  for (const name of names) {
    const file = repoJoin(dir, name);
    const read = await readSourceFile(root, file);
    if (read.kind === 'text') return { path: file, text: read.text };
    if (read.kind === 'skipped') skipped?.push({ file, reason: read.reason });
  }
  return undefined;
}
