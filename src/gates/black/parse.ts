import type { Finding, Span } from '../../core/model.ts';
import { repoRelative } from '../../util/paths.ts';
import { fail, ok } from '../../util/result.ts';
import { plural } from '../../util/text.ts';
import type { ToolParser } from '../kit/tool-report.ts';

const WOULD_REFORMAT = /^would reformat (.+)$/;
const CANNOT_FORMAT = /^error: cannot format (.+?): (.*)$/;
const CANNOT_PARSE_AT = /Cannot parse[^:]*: (\d+):(\d+)/;
const NOTHING_TO_DO = /^No Python files are present to be formatted/;
const UNCHANGED = /(\d+) files? would be left unchanged/;
/** The closing tally black prints on every completed run (`1 file would be reformatted.`). */
const TALLY = /\d+ files? (?:would be (?:reformatted|left unchanged)|would fail to reformat)/;
const DIFF_FROM = /^--- (.+?)(?:\t.*)?$/;
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/**
 * The lines of each file that black's unified diff changes, as spans in the numbering of the
 * file as committed (which is what a reviewer sees and what a pull request's diff numbers):
 * removed lines are those lines, and an insertion is placed on the line it comes before.
 * Hunk bodies are consumed by their declared lengths, so a removed line that itself starts
 * with "--- " is never taken for a file header. Keys are the diff's own paths.
 */
export function changedSpans(diff: string): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  let file: string | undefined;
  let line = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let open: Span | undefined;
  for (const text of diff.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      const mark = text[0];
      if (mark === '\\') continue; // "\ No newline at end of file"
      if (mark === '-' || mark === '+') {
        if (!open && file !== undefined) {
          open = { line: Math.max(1, line), endLine: Math.max(1, line) };
          spans.set(file, [...(spans.get(file) ?? []), open]);
        }
        if (mark === '-') {
          if (open) open.endLine = Math.max(open.line, line);
          line += 1;
          oldLeft -= 1;
        } else newLeft -= 1;
      } else {
        open = undefined;
        line += 1;
        oldLeft -= 1;
        newLeft -= 1;
      }
      continue;
    }
    open = undefined;
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      oldLeft = Number(hunk[2] ?? 1);
      newLeft = Number(hunk[3] ?? 1);
      continue;
    }
    const from = DIFF_FROM.exec(text);
    if (from) file = from[1];
  }
  return spans;
}

/**
 * Reads `black --check --diff`: the status lines on stderr name the files (`would reformat
 * x.py`, `error: cannot format x.py: …`), the diff on stdout gives each file's first changed
 * line. Pure and total; paths become repository-relative. Output that names no file and
 * carries neither black's closing tally nor its "no Python files" notice is not a black
 * report: it is an error, so that a wrapper that printed something else never reads as clean.
 */
export const parseBlack: ToolParser = ({ stdout, stderr }, { root, cwd }) => {
  const where = (file: string) => repoRelative(root, cwd, file);
  const changed = new Map<string, Span[]>();
  for (const [file, spans] of changedSpans(stdout)) {
    const relative = where(file);
    if (relative) changed.set(relative, spans);
  }
  const findings: Finding[] = [];
  let unchanged = 0;
  let nothing = false;
  let tallied = false;
  for (const text of stderr.split('\n')) {
    const reformat = WOULD_REFORMAT.exec(text);
    if (reformat?.[1] !== undefined) {
      const file = where(reformat[1]);
      const spans = file ? changed.get(file) : undefined;
      const line = spans?.[0]?.line;
      findings.push({
        rule: 'would-reformat',
        severity: 'low',
        message: `black would reformat this file${line ? ` (first change at line ${line})` : ''}`,
        ...(file ? { file } : {}),
        ...(line ? { line } : {}),
        ...(spans ? { spans } : {}),
        hint: 'run black on it and commit the result',
      });
      continue;
    }
    const cannot = CANNOT_FORMAT.exec(text);
    if (cannot?.[1] !== undefined) {
      const file = where(cannot[1]);
      const at = CANNOT_PARSE_AT.exec(cannot[2] ?? '');
      findings.push({
        rule: 'cannot-format',
        severity: 'high',
        message: `black cannot format this file: ${cannot[2] ?? ''}`,
        ...(file ? { file } : {}),
        ...(at && Number(at[1]) > 0 ? { line: Number(at[1]) } : {}),
        ...(at && Number(at[2]) > 0 ? { column: Number(at[2]) } : {}),
      });
      continue;
    }
    unchanged = Number(UNCHANGED.exec(text)?.[1] ?? unchanged);
    nothing ||= NOTHING_TO_DO.test(text);
    tallied ||= TALLY.test(text);
  }
  if (findings.length === 0 && !tallied && !nothing) {
    return fail('no black report in its output (neither a file nor the closing tally)');
  }
  const files = unchanged + findings.length;
  return ok({
    findings,
    scope: `${plural(files, 'file')} checked`,
    metrics: { files, wouldReformat: findings.filter((f) => f.rule === 'would-reformat').length },
    ...(nothing ? { nothingToCheck: 'no Python files to check' } : {}),
  });
};
