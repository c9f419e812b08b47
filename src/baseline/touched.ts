import type { Finding, Span } from '../core/model.ts';
import type { ChangeSet } from './diff.ts';
import type { Ecosystem } from './packages.ts';

/** What a change touched, and how closely a finding must meet it to be the change's. */
export interface ChangeScope {
  /** `lines`: the finding's lines must include a changed line; `files`: its file must be changed. */
  mode: 'lines' | 'files';
  changes: ChangeSet;
  /** Packages the change added or changed in a manifest or lockfile, by ecosystem. */
  packages: Record<Ecosystem, ReadonlySet<string>>;
}

/** Gates whose findings are advisories about packages: judged by the packages changed. */
const AUDITS: Record<string, Ecosystem> = { 'npm-audit': 'npm', 'pip-audit': 'pip' };

const spansOf = (finding: Finding): Span[] =>
  finding.spans?.length
    ? finding.spans
    : finding.line
      ? [{ line: finding.line, endLine: finding.endLine ?? finding.line }]
      : [];

/** Whether any of the sorted `lines` falls within one of the spans. */
function meets(lines: readonly number[], spans: readonly Span[]): boolean {
  return spans.some((span) => {
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lines[middle]! < span.line) low = middle + 1;
      else high = middle;
    }
    return low < lines.length && lines[low]! <= span.endLine;
  });
}

/**
 * Whether the change could have introduced the finding of a pre-deploy check of `kind`
 * (pure). An advisory: its package was added or changed. A finding in a file: the change
 * added or edited lines of the file (moving it is no edit) and, for `lines`, one of the finding's lines (every span black would rewrite) is
 * a changed line; a finding in a changed file without a line is about the whole file. A
 * finding of no file (a settings check, a missing variable) is about the whole project and
 * is always the change's to answer for.
 */
export function touchedBy(scope: ChangeScope, kind: string, finding: Finding): boolean {
  const ecosystem = AUDITS[kind];
  if (ecosystem)
    return finding.subject !== undefined && scope.packages[ecosystem].has(finding.subject);
  if (finding.file === undefined) return true;
  const file = scope.changes.files.get(finding.file);
  if (!file) return false;
  // A file moved as it was brought its findings along; the change did not write them.
  if (scope.mode === 'files') return file.lines.length > 0;
  const spans = spansOf(finding);
  return spans.length === 0 ? file.lines.length > 0 : meets(file.lines, spans);
}
