import type { CheckResult, Report } from '../core/model.ts';

/** The figures a later workflow step reads from the action's outputs. */
export interface ReportCounts {
  /** Checks that failed. */
  failed: number;
  /** Checks that could not run to a verdict. */
  errors: number;
  /** Findings not waived, new or existing, including those trimmed from the report. */
  findings: number;
  /** Of those, the ones the change introduced (every finding when there is no baseline). */
  newFindings: number;
}

function findingsOf(check: CheckResult): { all: number; fresh: number } {
  // The baseline's counts cover every finding, the trimmed ones too.
  if (check.counts) {
    return { all: check.counts.new + check.counts.existing, fresh: check.counts.new };
  }
  const kept = check.findings.filter((finding) => !finding.waived);
  const trimmed = check.trimmed?.findings ?? 0;
  return {
    all: kept.length + trimmed,
    fresh: kept.filter((finding) => finding.new !== false).length + trimmed,
  };
}

export function reportCounts(report: Report): ReportCounts {
  const counts: ReportCounts = { failed: 0, errors: 0, findings: 0, newFindings: 0 };
  for (const check of report.checks) {
    if (check.status === 'fail') counts.failed += 1;
    if (check.status === 'error') counts.errors += 1;
    const { all, fresh } = findingsOf(check);
    counts.findings += all;
    counts.newFindings += fresh;
  }
  return counts;
}
