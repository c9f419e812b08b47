import { formatDuration } from '../util/duration.ts';
import { codeBlock, escapeInline, inlineCode } from './markdown-escape.ts';
import type { CheckResult, Report } from './model.ts';
import { STATUS_LABEL, findingLocation, statusTally } from './presentation.ts';

export interface MarkdownOptions {
  /** A link to the workflow run, shown under the table. */
  runUrl?: string;
  /** Findings listed per check before the rest are only counted. */
  maxFindingsPerCheck?: number;
}

/** The sign-off heading and the one-line tally under it. */
export function renderHeading(report: Report): string {
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const word = report.verdict === 'pass' ? 'passed' : 'failed';
  return `## ${icon} Shipgate sign-off: ${word}\n\n${report.checks.length} checks: ${statusTally(report.checks)} · ${formatDuration(report.durationMs)}`;
}

/** The sign-off table: phase, check, status, time and the one-line summary of each check. */
export function renderTable(report: Report): string {
  const rows = report.checks.map((check) => {
    const label = STATUS_LABEL[check.status];
    const blocking = check.blocking ? '' : ' _(advisory)_';
    return `| ${check.phase} | ${escapeInline(check.title)}${blocking} | ${label.icon} ${label.text} | ${formatDuration(check.durationMs)} | ${escapeInline(check.summary)} |`;
  });
  return [
    '| Phase | Check | Status | Time | Details |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** One check's findings and evidence, folded: the part a reviewer opens on demand. */
export function renderCheckDetails(check: CheckResult, options: MarkdownOptions = {}): string {
  const limit = options.maxFindingsPerCheck ?? 50;
  const shown = check.findings.slice(0, limit);
  const lines = shown.map((finding) => {
    const where = findingLocation(finding);
    const waived = finding.waived ? ` _(waived: ${escapeInline(finding.waived)})_` : '';
    const hint = finding.hint ? ` — ${escapeInline(finding.hint)}` : '';
    return `- **${finding.severity}** ${inlineCode(finding.rule)}${where ? ` ${inlineCode(where)}` : ''}: ${escapeInline(finding.message)}${hint}${waived}`;
  });
  if (check.findings.length > shown.length) {
    lines.push(`- …and ${check.findings.length - shown.length} more in the JSON report`);
  }
  const body = [lines.join('\n'), check.evidence ? codeBlock(check.evidence) : '']
    .filter(Boolean)
    .join('\n\n');
  const label = STATUS_LABEL[check.status];
  const count = check.findings.length ? ` (${check.findings.length} findings)` : '';
  return `<details><summary>${label.icon} ${escapeInline(check.title)}${count}</summary>\n\n${body}\n\n</details>`;
}

/** The complete Markdown sign-off: heading, table, and folded details of every check that has any. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const details = report.checks
    .filter((check) => check.findings.length > 0 || check.evidence)
    .map((check) => renderCheckDetails(check, options));
  const footer = options.runUrl ? `[Workflow run](${options.runUrl})` : '';
  return (
    [renderHeading(report), renderTable(report), ...details, footer].filter(Boolean).join('\n\n') +
    '\n'
  );
}
