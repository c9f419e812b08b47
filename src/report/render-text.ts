import type { styleText } from 'node:util';
import { formatDuration } from '../util/duration.ts';
import { plural, tail } from '../util/text.ts';
import type { CheckResult, Finding, Report, Severity, Status } from '../core/model.ts';
import { bySeverity, isJudged } from '../core/severity.ts';
import { STATUS_LABEL, findingLocation } from './presentation.ts';
import { ruleDocsUrl } from './rule-docs.ts';
import { findingKey, triage, verdictTally, type TriagedFinding } from './triage.ts';

/**
 * Colours and emphasis: `util.styleText` bound to the stream the text goes to (it honours
 * NO_COLOR, FORCE_COLOR and whether the stream is a terminal), or none.
 */
export type Style = (format: Parameters<typeof styleText>[0], text: string) => string;
const plain: Style = (_format, text) => text;

const STATUS_STYLE: Readonly<Record<Status, Parameters<Style>[0]>> = {
  fail: ['red', 'bold'],
  error: ['magenta', 'bold'],
  warn: 'yellow',
  pass: 'green',
  skip: 'dim',
};
const SEVERITY_STYLE: Readonly<Record<Severity, Parameters<Style>[0]>> = {
  critical: ['red', 'bold'],
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim',
};

/** What of a failed command's output the terminal shows: its last lines. */
const OUTPUT_TAIL = { lines: 15, chars: 2000 };

/** One line for a finished check, as progress output and the text report print it. */
export function checkLine(check: CheckResult, style: Style = plain): string {
  const label = STATUS_LABEL[check.status].text.toUpperCase().padEnd(5);
  const advisory = check.blocking ? '' : ' [advisory]';
  return `${style(STATUS_STYLE[check.status], label)} ${check.id} (${formatDuration(check.durationMs)}): ${check.summary}${advisory}`;
}

export interface TextOptions {
  style?: Style;
  /**
   * The live progress already printed a line per check on this terminal: the report then
   * lists only the checks that did not pass, not every check a second time.
   */
  progressShown?: boolean;
  /** Blocking findings listed before the rest are counted. */
  maxBlocking?: number;
  /** Other findings listed per check before the rest are counted. */
  maxFindingsPerCheck?: number;
}

const INDENT = '      ';

/** One finding on one line: severity, rule, location, message, and whether it is judged. */
export function findingLine(finding: Finding, style: Style = plain, from = ''): string {
  const where = findingLocation(finding);
  const severity = style(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
  const waived = finding.waived ? ` (waived: ${finding.waived})` : '';
  const existing = finding.new === false ? ' (existing)' : '';
  return `${severity} ${style('bold', finding.rule)}${where ? ` ${where}` : ''}: ${finding.message}${waived}${existing}${from}`;
}

/** A blocking finding: what, where, which checks, then how to fix it and where to read more. */
function blockerLines({ finding, check, alsoFrom }: TriagedFinding, style: Style): string[] {
  const from = style('dim', ` · ${[check.title, ...alsoFrom].join(', ')}`);
  const docs = ruleDocsUrl(check.kind, finding);
  return [
    `  ${findingLine(finding, style, from)}`,
    ...(finding.hint ? [`  ${INDENT}   fix: ${finding.hint}`] : []),
    ...(docs ? [`  ${INDENT}   ${style('dim', `docs: ${docs}`)}`] : []),
  ];
}

/** The last lines of a check's output, marked off from the report's own lines. */
function outputLines(check: CheckResult, style: Style): string[] {
  const evidence = check.evidence?.trim();
  if (!evidence) return [];
  return tail(evidence, OUTPUT_TAIL.lines, OUTPUT_TAIL.chars)
    .split('\n')
    .map((line) => `${INDENT}${style('dim', '│')} ${line}`);
}

/**
 * One check that did not pass: its line, its findings not shown yet (most severe first, each
 * finding once across checks), and the end of its output when it failed with nothing else
 * to say why.
 */
function attentionLines(
  check: CheckResult,
  shown: Set<string>,
  style: Style,
  limit: number,
): string[] {
  const rest = [...check.findings]
    .filter((f) => !f.waived && !shown.has(findingKey(f)))
    .sort(bySeverity);
  for (const finding of rest) shown.add(findingKey(finding));
  const lines = [`  ${checkLine(check, style)}`];
  lines.push(...rest.slice(0, limit).map((f) => `${INDENT}${findingLine(f, style)}`));
  if (rest.length > limit) {
    lines.push(`${INDENT}…and ${rest.length - limit} more (see --format json)`);
  }
  const failed = check.status === 'fail' || check.status === 'error';
  if (failed && !check.findings.some(isJudged)) lines.push(...outputLines(check, style));
  return lines;
}

/**
 * The terminal report, failures first: the verdict line, what blocks the merge (most severe
 * first, with fix hints), the checks that did not pass with their other findings and the end
 * of a failed command's output, advisory checks apart; then, unless the live progress showed
 * them already, every other check. A finding several checks reported is shown once.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const style = options.style ?? plain;
  const maxBlocking = options.maxBlocking ?? 20;
  const perCheck = options.maxFindingsPerCheck ?? 10;
  const t = triage(report);
  const verdict = style(
    report.verdict === 'pass' ? ['green', 'bold'] : ['red', 'bold'],
    report.verdict.toUpperCase(),
  );
  const sections: string[][] = [
    [`Shipgate: ${verdict} · ${verdictTally(report, t)} · ${formatDuration(report.durationMs)}`],
  ];
  const shown = new Set(t.blocking.map((b) => findingKey(b.finding)));
  if (t.blocking.length) {
    const left = t.blocking.length - maxBlocking;
    sections.push([
      style('bold', 'What blocks this merge:'),
      ...t.blocking.slice(0, maxBlocking).flatMap((b) => blockerLines(b, style)),
      ...(left > 0 ? [`  …and ${left} more (see --format json)`] : []),
    ]);
  }
  const blocking = t.attention.filter((c) => c.blocking);
  const advisory = t.attention.filter((c) => !c.blocking);
  if (blocking.length) {
    sections.push([
      style('bold', `Did not pass (${plural(blocking.length, 'check')}):`),
      ...blocking.flatMap((c) => attentionLines(c, shown, style, perCheck)),
    ]);
  }
  if (advisory.length) {
    sections.push([
      style('bold', `Advisory, never blocks (${plural(advisory.length, 'check')}):`),
      ...advisory.flatMap((c) => attentionLines(c, shown, style, perCheck)),
    ]);
  }
  const quiet = [...t.passed, ...t.skipped];
  if (!options.progressShown && quiet.length) {
    const inOrder = report.checks.filter((c) => quiet.includes(c));
    sections.push([
      style('bold', 'Passed or skipped:'),
      ...inOrder.map((c) => `  ${checkLine(c, style)}`),
    ]);
  }
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
