import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../util/errors.ts';

/** The files a run writes for people and later steps, by the name the action outputs them as. */
type OutputFileKind = 'report' | 'sarif' | 'markdown';

/** What each file is called in a message: the reader knows which input or flag to fix. */
const LABELS: Readonly<Record<OutputFileKind, string>> = {
  report: 'the report',
  sarif: 'the SARIF file',
  markdown: 'the sign-off markdown',
};

export interface OutputFile {
  kind: OutputFileKind;
  /** Absolute, or relative to the process's working directory. */
  path: string;
  /** Rendered only when the file is written (SARIF is loaded on demand). */
  text: () => string | Promise<string>;
}

export interface WrittenOutputs {
  /** The absolute path of every file written. */
  paths: Partial<Record<OutputFileKind, string>>;
  /** One message per file that could not be written, naming it and its path. */
  problems: string[];
}

/** Why a path cannot take a file, in the reader's words; the system's own text otherwise. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return 'it is a directory';
  // mkdir says EEXIST when a file stands where a parent directory would go.
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return 'a part of the path is a file, not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return errorMessage(error);
}

/**
 * Writes each file on its own, creating its directory: a path that cannot take one (a
 * directory, an unwritable place) is a problem for that file alone, and the others are still
 * written. The one writer of these files, for the action and the CLI.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<WrittenOutputs> {
  const written: WrittenOutputs = { paths: {}, problems: [] };
  for (const file of files) {
    const target = path.resolve(file.path);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await file.text());
      written.paths[file.kind] = target;
    } catch (error) {
      written.problems.push(`Could not write ${LABELS[file.kind]} to ${target}: ${reason(error)}.`);
    }
  }
  return written;
}
