import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../core/model.ts';
import { annotatablePath } from '../report/location.ts';
import { normalizeOutput } from '../util/text.ts';
import type { LinesOf } from './fingerprint.ts';

/** Files larger than this are not read for fingerprints: their findings go by rule and file. */
const MAX_BYTES = 8 * 1024 * 1024;

async function readLines(root: string, file: string): Promise<string[] | undefined> {
  const relative = annotatablePath(file);
  if (relative === undefined) return undefined;
  const absolute = path.join(root, relative);
  try {
    // Only regular files: a FIFO or a device named by a finding must not hang the run.
    const info = await stat(absolute);
    if (!info.isFile() || info.size > MAX_BYTES) return undefined;
    return normalizeOutput(await readFile(absolute)).split('\n');
  } catch {
    return undefined;
  }
}

/** The lines of every file the findings name, read once each, as the fingerprints' lookup. */
export async function sourceLines(root: string, findings: readonly Finding[]): Promise<LinesOf> {
  const files = new Set(findings.flatMap((f) => (f.file && (f.line || f.spans) ? [f.file] : [])));
  const read = new Map<string, string[] | undefined>();
  for (const file of files) read.set(file, await readLines(root, file));
  return (file) => read.get(file);
}
