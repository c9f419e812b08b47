import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../core/model.ts';
import { UsageError } from '../util/errors.ts';
import { normalizeOutput, plural } from '../util/text.ts';
import { formatBaseline, parseBaseline, type BaselineEntry } from './file.ts';
import { updateBaseline, type BaselineUpdate } from './update.ts';

async function readPrevious(root: string, file: string): Promise<BaselineEntry[] | undefined> {
  let text: string;
  try {
    text = normalizeOutput(await readFile(path.resolve(root, file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = parseBaseline(text, file);
  if (!parsed.ok) throw new UsageError(`Invalid baseline ${parsed.error}`);
  return parsed.value;
}

/**
 * `shipgate baseline`: writes the baseline file `file` (relative to `root`) from a run of the
 * pre-deploy gates, and returns what changed with one line to tell the user.
 */
export async function writeBaseline(
  root: string,
  file: string,
  report: Report,
  { prune }: { prune: boolean },
): Promise<BaselineUpdate & { message: string }> {
  const previous = await readPrevious(root, file);
  if (prune && previous === undefined) {
    throw new UsageError(`--prune: ${file} does not exist; run shipgate baseline to create it`);
  }
  const update = updateBaseline(previous ?? [], report, { prune });
  const absolute = path.resolve(root, file);
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, formatBaseline(update.entries));
  const unfinished = update.unfinished.length
    ? `; ${update.unfinished.join(', ')} did not finish, so ${update.unfinished.length === 1 ? 'its' : 'their'} entries were kept as they were`
    : '';
  return {
    ...update,
    message: `${plural(update.entries.length, 'entry', 'entries')} in ${file} (${update.added.length} added, ${update.removed.length} removed)${unfinished}`,
  };
}
