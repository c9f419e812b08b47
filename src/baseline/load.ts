import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.ts';
import { UsageError } from '../util/errors.ts';
import { normalizeOutput } from '../util/text.ts';
import { DEFAULT_BASELINE_PATH, parseBaseline, type BaselineEntry } from './file.ts';

/** The baseline a run judges against: its entries and the file they came from. */
export interface LoadedBaseline {
  /** Repository-relative. */
  file: string;
  entries: BaselineEntry[];
}

/** Where the config puts the baseline file, or undefined for `baseline: false`. */
export const baselinePath = (config: Pick<Config, 'baseline'>): string | undefined =>
  config.baseline === false ? undefined : (config.baseline ?? DEFAULT_BASELINE_PATH);

/**
 * Reads the baseline file the config names. No file at the default path means no baseline
 * (a project that has not adopted one); a file the config names explicitly must exist, and a
 * file that is not a baseline stops the run (exit 2), naming the file and the line.
 */
export async function loadBaseline(
  root: string,
  config: Pick<Config, 'baseline'>,
): Promise<LoadedBaseline | undefined> {
  const file = baselinePath(config);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = normalizeOutput(await readFile(path.join(root, file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && config.baseline === undefined) return undefined;
    throw new UsageError(
      code === 'ENOENT'
        ? `baseline: ${file} does not exist (create it with \`shipgate baseline\`, or set baseline: false)`
        : `baseline: ${file} cannot be read (${code ?? String(error)})`,
    );
  }
  const parsed = parseBaseline(text, file);
  if (!parsed.ok) throw new UsageError(`Invalid baseline ${parsed.error}`);
  return { file, entries: parsed.value };
}
