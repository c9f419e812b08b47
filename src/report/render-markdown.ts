import { formatDuration } from '../util/duration.ts';
import { plural } from '../util/text.ts';
import { fitSections, clip } from './budget.ts';
import { codeBlock, escapeInline, inlineCode } from './markdown-escape.ts';
import type { CheckResult, Finding, Report } from '../core/model.ts';
import { STATUS_LABEL, findingLocation, statusTally } from './presentation.ts';
import { bySeverity } from '../core/severity.ts';

export interface MarkdownOptions {
  /** A link to the workflow run, shown under the table. */
  runUrl?: string;
  /** Findings listed per check before the rest are only counted. */
  maxFindingsPerCheck?: number;
  /**
   * The most characters (JS `.length`) the whole text may have. The heading, the table, the
   * `header` and the footer always stay; the folded details are trimmed per check to fit,
   * and every cut says what was left out and where to find it.
   */
  budget?: number;
  /** Where the complete details are, named where something was left out. */
  fullReportHint?: string;
  /** Text that must lead the output whatever the budget, e.g. a sticky-comment marker. */
  header?: string;
}

/** Long enough for any real summary line, short enough that a row cannot eat the budget. */
const MAX_CELL = 300;
const MAX_MESSAGE = 1000;
const DEFAULT_HINT = 'the JSON report';

/** The sign-off heading and the one-line tally under it. */
function renderHeading(report: Report): string {
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const word = report.verdict === 'pass' ? 'passed' : 'failed';
  return `## ${icon} Shipgate sign-off: ${word}\n\n${report.checks.length} checks: ${statusTally(report.checks)} · ${formatDuration(report.durationMs)}`;
}

const tableRow = (check: CheckResult): string => {
  const label = STATUS_LABEL[check.status];
  const blocking = check.blocking ? '' : ' _(advisory)_';
  return `| ${check.phase} | ${escapeInline(clip(check.title, MAX_CELL))}${blocking} | ${label.icon} ${label.text} | ${formatDuration(check.durationMs)} | ${escapeInline(clip(check.summary, MAX_CELL))} |`;
};

/** What a reader must see first when not every row fits: the checks that want a look. */
const NOTEWORTHY: ReadonlySet<CheckResult['status']> = new Set(['fail', 'error', 'warn']);

/**
 * The sign-off table: phase, check, status, time and the one-line summary of each check.
 * Within `maxChars`, rows are kept failing, erroring and warning checks first (in plan order
 * among themselves), and a last row counts the checks left out.
 */
function renderTable(
  report: Report,
  maxChars = Number.POSITIVE_INFINITY,
  hint = DEFAULT_HINT,
): string {
  const head = ['| Phase | Check | Status | Time | Details |', '| --- | --- | --- | --- | --- |'];
  const rows = report.checks.map(tableRow);
  const full = [...head, ...rows].join('\n');
  if (full.length <= maxChars) return full;
  const leftOut = (checks: readonly CheckResult[]) =>
    `| … | ${plural(checks.length, 'more check')} left out to fit (${statusTally(checks)}) | | | see ${escapeInline(hint)} |`;
  let room = maxChars - head.join('\n').length - leftOut(report.checks).length - 2;
  const keep = new Set<number>();
  const byAttention = report.checks
    .map((check, index) => ({ check, index }))
    .sort(
      (a, b) => Number(NOTEWORTHY.has(b.check.status)) - Number(NOTEWORTHY.has(a.check.status)),
    );
  for (const { index } of byAttention) {
    const size = (rows[index] ?? '').length + 1;
    if (size > room) break;
    keep.add(index);
    room -= size;
  }
  const omitted = report.checks.filter((_, index) => !keep.has(index));
  return [...head, ...rows.filter((_, index) => keep.has(index)), leftOut(omitted)].join('\n');
}

function findingLine(finding: Finding): string {
  const where = findingLocation(finding);
  const waived = finding.waived
    ? ` _(waived: ${escapeInline(clip(finding.waived, MAX_CELL))})_`
    : '';
  const hint = finding.hint ? ` — ${escapeInline(clip(finding.hint, MAX_CELL))}` : '';
  return `- **${finding.severity}** ${inlineCode(clip(finding.rule, MAX_CELL))}${where ? ` ${inlineCode(where)}` : ''}: ${escapeInline(clip(finding.message, MAX_MESSAGE))}${hint}${waived}`;
}

interface DetailsCut {
  findings: number;
  evidenceChars: number;
}

/** What every cut of one check's details is made of, rendered once. */
interface DetailsParts {
  /** The lines of the first `capped` findings, highest severity first. */
  findingLines: readonly string[];
  evidence: string;
}

/**
 * Rendered once per check and kept while the check lives: fitting a budget renders a
 * check's details many times, and each surface (comment, check run, summary) once more.
 */
const partsCache = new WeakMap<CheckResult, DetailsParts & { capped: number }>();

function detailsParts(check: CheckResult, capped: number): DetailsParts {
  const cached = partsCache.get(check);
  if (cached?.capped === capped) return cached;
  const parts = {
    capped,
    // Highest severity first, so that whatever a budget cuts off is the least important.
    findingLines: [...check.findings].sort(bySeverity).slice(0, capped).map(findingLine),
    evidence: check.evidence?.trimEnd() ?? '',
  };
  partsCache.set(check, parts);
  return parts;
}

function detailsWith(
  check: CheckResult,
  parts: DetailsParts,
  cut: DetailsCut,
  hint: string,
  capped: number,
): string {
  const lines = parts.findingLines.slice(0, cut.findings);
  const hidden = check.findings.length - cut.findings;
  if (hidden > 0) {
    lines.push(
      cut.findings < capped
        ? `- …and ${hidden} more (left out to fit): see ${hint}`
        : `- …and ${hidden} more in the JSON report`,
    );
  }
  const notKept = check.trimmed?.findings ?? 0;
  if (notKept) lines.push(`- …and ${notKept} less severe, over the report's cap per check`);
  const { evidence } = parts;
  let evidenceBlock = '';
  if (evidence && cut.evidenceChars >= evidence.length) evidenceBlock = codeBlock(evidence);
  else if (evidence && cut.evidenceChars > 0) {
    evidenceBlock = codeBlock(`…\n${evidence.slice(-cut.evidenceChars)}`);
  } else if (evidence) lines.push(`- Tool output left out to fit: see ${hint}`);
  const body = [lines.join('\n'), evidenceBlock].filter(Boolean).join('\n\n');
  const label = STATUS_LABEL[check.status];
  const total = check.findings.length + (check.trimmed?.findings ?? 0);
  const count = total ? ` (${plural(total, 'finding')})` : '';
  return `<details><summary>${label.icon} ${escapeInline(clip(check.title, MAX_CELL))}${count}</summary>\n\n${body}\n\n</details>`;
}

/**
 * One check's findings and evidence, folded: the part a reviewer opens on demand. Within
 * `maxChars` it keeps as many findings as fit (highest severity first), then as much of the
 * tool output's tail as fits; '' when not even the fold itself fits.
 */
function renderCheckDetails(
  check: CheckResult,
  options: MarkdownOptions = {},
  maxChars = Number.POSITIVE_INFINITY,
): string {
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const capped = Math.min(check.findings.length, options.maxFindingsPerCheck ?? 50);
  const evidenceLength = check.evidence?.length ?? 0;
  const parts = detailsParts(check, capped);
  const render = (cut: DetailsCut) => detailsWith(check, parts, cut, hint, capped);
  const full = render({ findings: capped, evidenceChars: evidenceLength });
  if (full.length <= maxChars) return full;

  // Findings matter more than the tool's output: shrink the evidence first, then findings.
  const withoutEvidence = render({ findings: capped, evidenceChars: 0 });
  if (withoutEvidence.length <= maxChars) {
    const room = maxChars - withoutEvidence.length - 20;
    return room > 200 ? render({ findings: capped, evidenceChars: room }) : withoutEvidence;
  }
  let low = 0;
  let high = capped;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render({ findings: mid, evidenceChars: 0 }).length <= maxChars) low = mid;
    else high = mid - 1;
  }
  const fitted = render({ findings: low, evidenceChars: 0 });
  return fitted.length <= maxChars ? fitted : '';
}

/**
 * The complete Markdown sign-off: heading, table, folded details of every check that has
 * any, and a link to the run. The one renderer for every surface (CLI, job summary, PR
 * comment, check run): each passes its own `budget`.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  const footer = options.runUrl ? `[Workflow run](${options.runUrl})` : '';
  const withDetails = report.checks.filter((check) => check.findings.length > 0 || check.evidence);
  const omittedNote = (n: number) =>
    `_Details of ${n} ${n === 1 ? 'check' : 'checks'} left out to fit: see ${hint}._`;
  const heading = renderHeading(report);
  // The table always stays, but thousands of checks must not burst the budget on their own.
  const tableRoom =
    budget -
    [options.header ?? '', heading, footer, omittedNote(withDetails.length)].reduce(
      (sum, part) => sum + part.length + 2,
      2,
    );
  const fixed = [options.header ?? '', heading, renderTable(report, tableRoom, hint), footer];
  // Room for the separators and for the note about omitted checks, whatever it ends up saying.
  const reserved =
    fixed.reduce((sum, part) => sum + part.length + 2, 0) +
    omittedNote(withDetails.length).length +
    2;
  const sections = fitSections(
    withDetails.map((check) => (maxChars: number) => renderCheckDetails(check, options, maxChars)),
    budget - reserved,
  );
  const omitted = sections.filter((section) => !section).length;
  const [header, , table] = fixed;
  return (
    [header, heading, table, ...sections, omitted ? omittedNote(omitted) : '', footer]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
