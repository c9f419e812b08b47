import type { Finding, Span } from '../core/model.ts';

/**
 * Fingerprints: the identity of a finding that survives the code around it moving. Lines
 * move whenever anything above them changes, so a line number is never part of it; the text
 * of the line is. Pure: the file's lines come in as a lookup.
 */

/** A file's lines (index 0 is line 1), or undefined when the file cannot be read. */
export type LinesOf = (file: string) => readonly string[] | undefined;

/** Lines of one finding read for its fingerprint; beyond this the rest is left out. */
const MAX_LINES = 2000;

/** Whitespace never tells two findings apart: re-indenting a block must not make it new. */
const normalizeLine = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The lines a finding covers: its spans, else its line; none for a finding without a line. */
function spansOf(finding: Finding): Span[] {
  if (finding.spans?.length) return finding.spans;
  return finding.line ? [{ line: finding.line, endLine: finding.line }] : [];
}

function textOf(finding: Finding, lines: LinesOf): string {
  const file = finding.file === undefined ? undefined : lines(finding.file);
  if (!file) return '';
  const text: string[] = [];
  for (const span of spansOf(finding)) {
    for (let n = span.line; n <= span.endLine && text.length < MAX_LINES; n++) {
      text.push(normalizeLine(file[n - 1] ?? ''));
    }
  }
  return text.join('\n');
}

// node:crypto is loaded on the first finding, not at start.
const digest = (parts: readonly string[]): string =>
  process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(parts.join('\0'))
    .digest('hex')
    .slice(0, 16);

/**
 * The fingerprint of each finding of the check `checkId`, in order: a digest of the check,
 * the rule, the file (as `pathOf` names it: a renamed file's old path finds its old
 * fingerprints), the subject, the normalised text of its lines, and its occurrence among
 * the findings that share all of these (counted in line order), so equal lines stay apart.
 */
export function fingerprints(
  checkId: string,
  findings: readonly Finding[],
  lines: LinesOf,
  pathOf: (finding: Finding) => string | undefined = (finding) => finding.file,
): string[] {
  const identities = findings.map((finding) =>
    digest([
      checkId,
      finding.rule,
      pathOf(finding) ?? '',
      finding.subject ?? '',
      textOf(finding, lines),
    ]),
  );
  const order = findings
    .map((finding, index) => ({ index, line: finding.line ?? 0, column: finding.column ?? 0 }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.index - b.index);
  const seen = new Map<string, number>();
  const result = new Array<string>(findings.length);
  for (const { index } of order) {
    const identity = identities[index]!;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    result[index] = digest([identity, String(occurrence)]);
  }
  return result;
}

/** The findings with their `fingerprint` set. */
export function withFingerprints(
  checkId: string,
  findings: readonly Finding[],
  lines: LinesOf,
): Finding[] {
  const ids = fingerprints(checkId, findings, lines);
  return findings.map((finding, i) => ({ ...finding, fingerprint: ids[i]! }));
}
