import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../core/model.ts';
import { UsageError } from '../util/errors.ts';
import { normalizeOutput, plural } from '../util/text.ts';
import { formatBaseline, parseBaseline, type BaselineEntry } from './file.ts';
import { updateBaseline, type BaselineUpdate, type UncoveredCheck } from './update.ts';

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
  return {
    ...update,
    message: `${plural(update.entries.length, 'entry', 'entries')} in ${file} (${update.added.length} added, ${update.removed.length} removed)${notCovered(update.uncovered)}`,
  };
}

/** One check the baseline does not cover, and why: "pre/eslint (skipped: run npm ci in frontend)". */
const uncoveredCheck = ({ check, status, summary }: UncoveredCheck) =>
  `${check} (${status === 'skip' ? 'skipped' : 'error'}${summary ? `: ${summary}` : ''})`;

/**
 * The checks the baseline does not cover, and what that means: later runs that do run them
 * judge every one of their findings as new.
 */
function notCovered(uncovered: readonly UncoveredCheck[]): string {
  if (!uncovered.length) return '';
  const [its, it] = uncovered.length === 1 ? ['its', 'it'] : ['their', 'they'];
  return `; not covered: ${uncovered.map(uncoveredCheck).join(', ')}; ${its} entries were kept as they were: run shipgate baseline again where ${it} can run, or ${its} findings count as new`;
}
