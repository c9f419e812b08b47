import { formatDuration } from '../util/duration.ts';
import { plural } from '../util/text.ts';
import type { CheckResult, Report } from '../core/model.ts';
import { STATUS_LABEL, findingLocation, statusTally } from './presentation.ts';

/** One line for a finished check, as progress output and the text report print it. */
export function checkLine(check: CheckResult): string {
  const label = STATUS_LABEL[check.status].text.toUpperCase().padEnd(5);
  return `${label} ${check.id} (${formatDuration(check.durationMs)}): ${check.summary}`;
}

/** The terminal report: verdict, one line per check, and the findings under each. */
export function renderText(report: Report, options: { maxFindingsPerCheck?: number } = {}): string {
  const limit = options.maxFindingsPerCheck ?? 20;
  const lines = [
    `Shipgate: ${report.verdict.toUpperCase()} · ${plural(report.checks.length, 'check')}: ${statusTally(report.checks)} · ${formatDuration(report.durationMs)}`,
  ];
  for (const check of report.checks) {
    lines.push(`  ${checkLine(check)}${check.blocking ? '' : ' [advisory]'}`);
    lines.push(...findingLines(check, limit));
  }
  return lines.join('\n') + '\n';
}

function findingLines(check: CheckResult, limit: number): string[] {
  const lines = check.findings.slice(0, limit).map((f) => {
    const where = findingLocation(f);
    return `      ${f.severity.padEnd(8)} ${f.rule}${where ? ` ${where}` : ''}: ${f.message}${f.waived ? ` (waived: ${f.waived})` : ''}`;
  });
  if (check.findings.length > limit)
    lines.push(`      …and ${check.findings.length - limit} more (see the JSON report)`);
  return lines;
}
