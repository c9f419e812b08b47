import { plural } from '../util/text.ts';
import { REPORT_SCHEMA_ID, type CheckResult, type Finding, type Report } from '../core/model.ts';
import type { ReportSource } from './read-report.ts';
import { verdictOf } from './verdict.ts';

export interface MergeOptions {
  /** The fewest report files there must be (`reports-expected`); at least 1. */
  expected?: number;
  /** The commit being signed off, from the event: every report must be for it. */
  commit?: string;
  /** The job doing the merge, recorded in the merged report. */
  job?: string;
  /** Shipgate's own checks on the sign-off, e.g. the triggering run's conclusion. */
  signoffChecks?: readonly CheckResult[];
  /** Why reports may be missing, added to that problem (e.g. the triggering run failed). */
  missingHint?: string;
  /** When the merge started: the report's startedAt when there is no report to take it from. */
  now: () => Date;
}

export const MERGE_CHECK_ID = 'signoff/merge';

const short = (sha: string | undefined) => (sha ? sha.slice(0, 12) : 'no commit');

const problem = (rule: string, message: string): Finding => ({ rule, severity: 'high', message });

/** Files listed for a message: a few by name, the rest counted. */
function fileList(files: readonly string[]): string {
  const named = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${named} and ${files.length - 5} more` : named;
}

function commitProblems(
  reports: readonly { file: string; report: Report }[],
  expected: string | undefined,
): Finding[] {
  if (expected !== undefined) {
    return reports
      .filter(({ report }) => report.commit !== expected)
      .map(({ file, report }) =>
        problem(
          'commit-mismatch',
          `${file} is for ${report.commit ? `commit ${short(report.commit)}` : 'no commit'}, not ${short(expected)}, the commit being signed off: a report must judge the commit it signs off (run the shard on that commit; from the CLI, pass --commit).`,
        ),
      );
  }
  const byCommit = new Map<string | undefined, string[]>();
  for (const { file, report } of reports) {
    byCommit.set(report.commit, [...(byCommit.get(report.commit) ?? []), file]);
  }
  if (byCommit.size <= 1) return [];
  const groups = [...byCommit].map(([commit, files]) => `${short(commit)} (${fileList(files)})`);
  return [
    problem('commit-mismatch', `The reports are for different commits: ${groups.join('; ')}.`),
  ];
}

/**
 * Many shards' reports become one report: their checks side by side, the verdict recomputed
 * from them (a report's own `verdict` is never read), and a `signoff/merge` check that is
 * an error when a report is invalid or missing, two reports hold the same check, or they
 * judged different commits. A missing shard must never read as a pass.
 */
export function mergeReports(sources: readonly ReportSource[], options: MergeOptions): Report {
  const problems: Finding[] = [];
  const reports = sources.flatMap((source) => {
    if ('report' in source) return [source];
    problems.push(problem('invalid-report', `${source.file}: ${source.invalid}`));
    return [];
  });
  const expected = Math.max(1, options.expected ?? 1);
  if (sources.length < expected) {
    problems.push(missingReports(sources, expected, options.missingHint));
  }
  problems.push(...commitProblems(reports, options.commit));
  const { checks, duplicates } = checksOnce(reports);
  problems.push(...duplicates);

  const all = [
    ...checks,
    ...(options.signoffChecks ?? []),
    mergeCheck(problems, reports, checks.length, expected),
  ];
  const commit = options.commit ?? reports[0]?.report.commit;
  return {
    schema: REPORT_SCHEMA_ID,
    verdict: verdictOf(all),
    ...timeSpan(reports, options.now),
    ...(commit ? { commit } : {}),
    ...(options.job ? { job: options.job } : {}),
    checks: all,
  };
}

function missingReports(
  sources: readonly ReportSource[],
  expected: number,
  hint: string | undefined,
): Finding {
  const found = sources.length ? `: ${fileList(sources.map(({ file }) => file))}` : '';
  return problem(
    'missing-report',
    `Expected ${plural(expected, 'report')}, found ${sources.length}${found}. A job that did not upload its report is missing, and its checks did not run.${hint ? ` ${hint}` : ''}`,
  );
}

/** Every report's checks, each id once: a check in a second report is a duplicate problem. */
function checksOnce(reports: readonly { file: string; report: Report }[]): {
  checks: CheckResult[];
  duplicates: Finding[];
} {
  const owner = new Map<string, string>();
  const checks: CheckResult[] = [];
  const duplicates: Finding[] = [];
  for (const { file, report } of reports) {
    for (const check of report.checks) {
      const first = owner.get(check.id);
      if (first === undefined) {
        owner.set(check.id, file);
        checks.push(check);
      } else {
        duplicates.push(
          problem(
            'duplicate-check',
            `${check.id} is in both ${first} and ${file}: each check must run in one shard only (see \`only\`).`,
          ),
        );
      }
    }
  }
  return { checks, duplicates };
}

/** The `signoff/merge` check: an error naming the first problem, or what was merged. */
function mergeCheck(
  problems: Finding[],
  reports: readonly { file: string; report: Report }[],
  checkCount: number,
  expected: number,
): CheckResult {
  const jobs = reports.map(({ report, file }) => report.job ?? file);
  return {
    id: MERGE_CHECK_ID,
    phase: 'signoff',
    kind: 'merge',
    title: 'Shard reports merged',
    status: problems.length ? 'error' : 'pass',
    blocking: true,
    durationMs: 0,
    summary: problems.length
      ? `${plural(problems.length, 'problem')}: ${problems[0]?.message ?? ''}`
      : `${plural(reports.length, 'report')} (${fileList(jobs)}), ${plural(checkCount, 'check')}`,
    findings: problems,
    metrics: { reports: reports.length, expected },
  };
}

/** From the earliest report's start to the latest one's end; now and 0 without reports. */
function timeSpan(
  reports: readonly { report: Report }[],
  now: () => Date,
): Pick<Report, 'startedAt' | 'durationMs'> {
  const starts = reports.map(({ report }) => Date.parse(report.startedAt));
  const ends = reports.map(({ report }, i) => (starts[i] ?? 0) + report.durationMs);
  const startedAt = starts.length ? Math.min(...starts) : now().getTime();
  return {
    startedAt: new Date(startedAt).toISOString(),
    durationMs: ends.length ? Math.max(...ends) - startedAt : 0,
  };
}
