import { formatDuration } from '../util/duration.ts';
import { plural, tail } from '../util/text.ts';
import { fitSections, clip } from './budget.ts';
import { sourceUrl } from './location.ts';
import { codeBlock, escapeInline, inlineCode, link } from './markdown-escape.ts';
import type { CheckResult, Finding, Report } from '../core/model.ts';
import { SEVERITY_ICON, STATUS_LABEL, findingLocation, statusTally } from './presentation.ts';
import { ruleDocsUrl } from './rule-docs.ts';
import { triage, verdictTally, type Triage, type TriagedFinding } from './triage.ts';
import { bySeverity } from '../core/severity.ts';

/**
 * What a sign-off shows. `brief` (the PR comment, the check run's summary): the verdict, what
 * blocks the merge, the checks that did not pass, the passing ones on one line. `full` (the
 * job summary): the verdict, every blocking finding, every check and its findings. `details`
 * (the check run's text, under its summary): every check and its findings.
 */
type MarkdownShape = 'brief' | 'full' | 'details';

export interface MarkdownOptions {
  shape?: MarkdownShape;
  /** The workflow run's page (the job summary is on it), linked at the end. */
  runUrl?: string;
  /** Where the JSON report was uploaded (an artifact), linked beside the run. */
  reportUrl?: string;
  /** `{server}/{owner}/{repo}/blob/{sha}`: each finding's `file:line` links into it. */
  blobBase?: string;
  /** Blocking findings listed before the rest are counted (all that fit when unset). */
  maxBlocking?: number;
  /** Findings listed per check in the folded details before the rest are only counted. */
  maxFindingsPerCheck?: number;
  /**
   * The most characters (JS `.length`) the whole text may have. The header, the verdict
   * line, the table of every check (full, details) and the links always stay; the sections
   * are trimmed to fit, and every cut says what was left out and where to find it.
   */
  budget?: number;
  /** Where the complete details are, named where something was left out (Markdown). */
  fullReportHint?: string;
  /** Text that must lead the output whatever the budget, e.g. a sticky-comment marker. */
  header?: string;
}

/** Long enough for any real summary line, short enough that a row cannot eat the budget. */
const MAX_CELL = 300;
const MAX_MESSAGE = 1000;
const DEFAULT_HINT = 'the JSON report';
/** What of a failed command's output a brief sign-off shows: its last lines. */
const BRIEF_TAIL = { lines: 15, chars: 1500 };

/** The verdict line: the heading with the counts that decide it. */
function renderHeading(report: Report, t: Triage = triage(report)): string {
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const word = report.verdict === 'pass' ? 'passed' : 'failed';
  return `## ${icon} Shipgate ${word}: ${verdictTally(report, t)} · ${formatDuration(report.durationMs)}`;
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

const checkName = (check: CheckResult) =>
  `${escapeInline(clip(check.title, MAX_CELL))}${check.blocking ? '' : ' _(advisory)_'}`;

/** One blocking finding: severity, linked location, linked rule, message, fix, and its check. */
function blockerLine({ finding, check, alsoFrom }: TriagedFinding, blobBase?: string): string {
  const where = findingLocation(finding);
  const location = where
    ? ` ${link(inlineCode(where), blobBase ? sourceUrl(blobBase, finding) : undefined)}`
    : '';
  const rule = link(inlineCode(clip(finding.rule, MAX_CELL)), ruleDocsUrl(check.kind, finding));
  const from = [
    checkName(check),
    ...alsoFrom.map((title) => escapeInline(clip(title, MAX_CELL))),
  ].join(', ');
  const fix = finding.hint ? `  \n  Fix: ${escapeInline(clip(finding.hint, MAX_MESSAGE))}` : '';
  return `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**${location} ${rule}: ${escapeInline(clip(finding.message, MAX_MESSAGE))} · _${from}_${fix}`;
}

/** A blocking check with no finding to show: what it said, and the end of its output. */
function failedCheckLine(check: CheckResult): string {
  const verb = check.status === 'error' ? 'could not run' : 'failed';
  const line = `- ${STATUS_LABEL[check.status].icon} **${checkName(check)}** ${verb}: ${escapeInline(clip(check.summary, MAX_CELL))}`;
  const evidence = check.evidence?.trim();
  if (!evidence) return line;
  const output = tail(evidence, BRIEF_TAIL.lines, BRIEF_TAIL.chars);
  const block = codeBlock(output)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  return `${line}\n\n  <details><summary>Last lines of its output</summary>\n\n${block}\n\n  </details>`;
}

/**
 * "What blocks this merge": the blocking findings, most severe first, then the blocking checks
 * that failed or errored without one. As many as `maxItems` and `maxChars` allow, then a count
 * of the rest and where they are.
 */
function renderBlockers(
  t: Triage,
  options: MarkdownOptions,
  maxItems: number,
  maxChars: number,
): string {
  const items = [
    ...t.blocking.map((b) => blockerLine(b, options.blobBase)),
    ...t.unexplained.map(failedCheckLine),
  ];
  if (!items.length) return '';
  const heading = '### What blocks this merge';
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const more = (n: number) => `…and ${n} more: see ${hint}.`;
  const kept: string[] = [];
  let size = heading.length + 2 + more(items.length).length + 2;
  for (const item of items.slice(0, maxItems)) {
    if (size + item.length + 1 > maxChars) break;
    kept.push(item);
    size += item.length + 1;
  }
  if (!kept.length && maxChars < heading.length + more(items.length).length + 2) return '';
  const left = items.length - kept.length;
  return [heading, kept.join('\n'), left ? more(left) : ''].filter(Boolean).join('\n\n');
}

/** The checks that did not pass, worst first, as a compact table; as many rows as fit. */
function renderAttention(t: Triage, options: MarkdownOptions, maxChars: number): string {
  if (!t.attention.length) return '';
  const head = ['| Check | Status | Details |', '| --- | --- | --- |'];
  const rows = t.attention.map((check) => {
    const label = STATUS_LABEL[check.status];
    return `| ${checkName(check)} | ${label.icon} ${label.text} | ${escapeInline(clip(check.summary, MAX_CELL))} |`;
  });
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const lines = [...head];
  let size = head.join('\n').length + 200;
  for (const row of rows) {
    if (size + row.length + 1 > maxChars) break;
    lines.push(row);
    size += row.length + 1;
  }
  if (lines.length === head.length) return '';
  const left = rows.length - (lines.length - head.length);
  const note = left ? `\n\n_${plural(left, 'more check')} that did not pass: see ${hint}._` : '';
  return `${lines.join('\n')}${note}`;
}

/** Every passing (and skipped) check on one collapsed line. */
function renderPassing(t: Triage): string {
  if (!t.passed.length && !t.skipped.length) return '';
  const summary = [
    t.passed.length ? `✅ ${plural(t.passed.length, 'check')} passed` : '',
    t.skipped.length ? `⏭️ ${t.skipped.length} skipped` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [
    ...t.passed.map((c) => `- ${checkName(c)} · ${formatDuration(c.durationMs)}`),
    ...t.skipped.map((c) => `- ⏭️ ${checkName(c)}: ${escapeInline(clip(c.summary, MAX_CELL))}`),
  ];
  return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function findingLine(kind: string, finding: Finding, blobBase?: string): string {
  const where = findingLocation(finding);
  const waived = finding.waived
    ? ` _(waived: ${escapeInline(clip(finding.waived, MAX_CELL))})_`
    : '';
  const hint = finding.hint ? ` — ${escapeInline(clip(finding.hint, MAX_CELL))}` : '';
  const location = where
    ? ` ${link(inlineCode(where), blobBase ? sourceUrl(blobBase, finding) : undefined)}`
    : '';
  const rule = link(inlineCode(clip(finding.rule, MAX_CELL)), ruleDocsUrl(kind, finding));
  return `- **${finding.severity}** ${rule}${location}: ${escapeInline(clip(finding.message, MAX_MESSAGE))}${hint}${waived}`;
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
const partsCache = new WeakMap<
  CheckResult,
  DetailsParts & { capped: number; blobBase: string | undefined }
>();

function detailsParts(check: CheckResult, capped: number, blobBase?: string): DetailsParts {
  const cached = partsCache.get(check);
  if (cached?.capped === capped && cached.blobBase === blobBase) return cached;
  const parts = {
    capped,
    blobBase,
    // Highest severity first, so that whatever a budget cuts off is the least important.
    findingLines: [...check.findings]
      .sort(bySeverity)
      .slice(0, capped)
      .map((f) => findingLine(check.kind, f, blobBase)),
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
  const capped = Math.min(check.findings.length, options.maxFindingsPerCheck ?? 50);
  const evidenceLength = check.evidence?.length ?? 0;
  const parts = detailsParts(check, capped, options.blobBase);
  const hint = options.fullReportHint ?? DEFAULT_HINT;
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

/** The folded details of every check that has findings or output, within `budget`. */
function detailSections(
  report: Report,
  options: MarkdownOptions,
): ((maxChars: number) => string)[] {
  return report.checks
    .filter((check) => check.findings.length > 0 || check.evidence)
    .map((check) => (maxChars: number) => renderCheckDetails(check, options, maxChars));
}

/** The links line: the workflow run and the uploaded JSON report, when there are any. */
function renderLinks(options: MarkdownOptions): string {
  const links = [
    options.runUrl ? link('Workflow run and job summary', options.runUrl) : '',
    options.reportUrl ? link('JSON report', options.reportUrl) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return links ? `🔗 ${links}` : '';
}

/** The sections above the table: what blocks, and in the brief shape what wants a look and what passed. */
function primarySections(
  shape: MarkdownShape,
  t: Triage,
  options: MarkdownOptions,
): ((maxChars: number) => string)[] {
  const maxItems = options.maxBlocking ?? Number.POSITIVE_INFINITY;
  const blockers = (max: number) => renderBlockers(t, options, maxItems, max);
  if (shape === 'full') return [blockers];
  if (shape !== 'brief') return [];
  const passing = renderPassing(t);
  return [
    blockers,
    (max) => renderAttention(t, options, max),
    (max) => (passing.length <= max ? passing : ''),
  ];
}

/** What was left out to fit the budget, and where to find it. */
function omissionNotes(sections: number, checks: number, hint: string): string {
  return [
    sections ? `_${plural(sections, 'section')} left out to fit: see ${hint}._` : '',
    checks ? `_Details of ${plural(checks, 'check')} left out to fit: see ${hint}._` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The Markdown sign-off in the shape `options.shape` asks for (see MarkdownShape). The one
 * renderer for every surface (CLI, job summary, PR comment, check run): each passes its own
 * shape and budget.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const shape = options.shape ?? 'full';
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  const t = triage(report);
  const linkLine = renderLinks(options);
  const heading = shape === 'details' ? '' : renderHeading(report, t);
  // What blocks and the overview come first; the folded details share what they leave.
  const primary = primarySections(shape, t, options);
  // The table of every check always stays in the shapes that have one, within what the
  // header, verdict line and links leave: thousands of checks must not burst the budget.
  const tableRoom =
    budget -
    [options.header ?? '', heading, linkLine].reduce((sum, part) => sum + part.length + 2, 200);
  const table = shape === 'brief' ? '' : renderTable(report, tableRoom, hint);
  const details = shape === 'brief' ? [] : detailSections(report, options);
  const notes = (sections: number, checks: number) => omissionNotes(sections, checks, hint);
  const fixed = [options.header ?? '', heading, table, linkLine];
  // Room for the separators and for the notes about omissions, whatever they end up saying.
  const reserved =
    fixed.reduce((sum, part) => sum + part.length + 2, 0) +
    notes(primary.length, details.length).length +
    2;
  // At most half when details follow, so that a long list of blockers cannot crowd them out.
  const room = budget - reserved;
  const fittedPrimary = fitSections(primary, details.length ? Math.floor(room / 2) : room);
  const used = fittedPrimary.reduce((sum, text) => sum + (text ? text.length + 2 : 0), 0);
  const fittedDetails = fitSections(details, room - used);
  const omittedPrimary = fittedPrimary.filter((text, i) => !text && primary[i]?.(Infinity)).length;
  const omittedDetails = fittedDetails.filter((text) => !text).length;
  return (
    [
      options.header ?? '',
      heading,
      ...fittedPrimary,
      table,
      ...fittedDetails,
      notes(omittedPrimary, omittedDetails),
      linkLine,
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
