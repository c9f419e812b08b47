import { z } from 'zod';
import type { CheckResult } from '../core/model.ts';
import { formatKeyPath } from '../config/load.ts';
import { fail, ok, parseJson, type Result } from '../util/result.ts';

/**
 * The baseline file (`.github/shipgate-baseline.json`): the findings a team accepted when it
 * adopted Shipgate, by fingerprint. It is committed and reviewed, so it is written for small
 * diffs: one entry a line, sorted, nothing in it that changes when the code merely moves.
 */

const BASELINE_SCHEMA_ID = 'shipgate/baseline@1';

/** Where the baseline is when the config names none. */
export const DEFAULT_BASELINE_PATH = '.github/shipgate-baseline.json';

const entrySchema = z.strictObject({
  check: z.string().min(1),
  rule: z.string(),
  file: z.string().optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hex digits' }),
});
export type BaselineEntry = z.infer<typeof entrySchema>;

const baselineSchema = z.strictObject({
  schema: z.literal(BASELINE_SCHEMA_ID),
  entries: z.array(entrySchema),
});

/** Entries by check id, then fingerprint: what the review looks findings up in. */
export type Baseline = ReadonlyMap<string, ReadonlyMap<string, BaselineEntry>>;

export function indexBaseline(entries: readonly BaselineEntry[]): Baseline {
  const index = new Map<string, Map<string, BaselineEntry>>();
  for (const entry of entries) {
    const byCheck = index.get(entry.check) ?? new Map<string, BaselineEntry>();
    byCheck.set(entry.fingerprint, entry);
    index.set(entry.check, byCheck);
  }
  return index;
}

/** The line of `text` an entry index sits on, for messages (entries are one a line). */
function entryLine(text: string, index: number): number | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trimStart().startsWith('{"check"'));
  return first < 0 ? undefined : first + index + 1;
}

/** The entries of a baseline file's text, or what is wrong with it, naming where. */
export function parseBaseline(text: string, file: string): Result<BaselineEntry[]> {
  const json = parseJson(text);
  if (!json.ok) return fail(`${file}: ${json.error}`);
  const parsed = baselineSchema.safeParse(json.value);
  if (parsed.success) return ok(parsed.data.entries);
  const issue = parsed.error.issues[0]!;
  const [key, index] = issue.path;
  const line = key === 'entries' && typeof index === 'number' ? entryLine(text, index) : undefined;
  const where = issue.path.length ? `${formatKeyPath(issue.path)}: ` : '';
  return fail(`${file}${line ? `:${line}` : ''}: ${where}${issue.message}`);
}

const compare = (a: BaselineEntry, b: BaselineEntry): number =>
  a.check.localeCompare(b.check, 'en') ||
  (a.file ?? '').localeCompare(b.file ?? '', 'en') ||
  a.rule.localeCompare(b.rule, 'en') ||
  a.fingerprint.localeCompare(b.fingerprint, 'en');

/** The file's text: sorted entries, one a line with its keys in one order, so diffs stay small. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries].sort(compare).map((entry) =>
    JSON.stringify({
      check: entry.check,
      rule: entry.rule,
      ...(entry.file !== undefined ? { file: entry.file } : {}),
      fingerprint: entry.fingerprint,
    }),
  );
  const body = lines.length ? `\n    ${lines.join(',\n    ')}\n  ` : '';
  return `{\n  "schema": "${BASELINE_SCHEMA_ID}",\n  "entries": [${body}]\n}\n`;
}

/** The entries a check's findings make: every unwaived finding with a fingerprint. */
export function entriesOf(check: CheckResult): BaselineEntry[] {
  return check.findings.flatMap((finding) =>
    finding.fingerprint && !finding.waived
      ? [
          {
            check: check.id,
            rule: finding.rule,
            ...(finding.file !== undefined ? { file: finding.file } : {}),
            fingerprint: finding.fingerprint,
          },
        ]
      : [],
  );
}
