import type { CheckResult, Finding, Report } from '../core/model.ts';
import { atLeast, bySeverity, isJudged } from '../core/severity.ts';
import { plural } from '../util/text.ts';

/**
 * What a reader of a sign-off needs first, computed once for every surface (comment, check
 * run, job summary, terminal, outputs): the findings that block, the checks that did not
 * pass, and the counts of the verdict line.
 */

/** A finding with the check that reported it, and the other checks that reported it too. */
export interface TriagedFinding {
  finding: Finding;
  check: CheckResult;
  /** Titles of other checks that reported the same finding (shown once). */
  alsoFrom: string[];
}

export interface Triage {
  /** Findings that fail the verdict, most severe first, each reported once. */
  blocking: TriagedFinding[];
  /** Blocking checks that failed with no blocking finding to show (a command, a build). */
  otherFailures: CheckResult[];
  /** Blocking checks that could not run to a verdict. */
  errors: CheckResult[];
  /** Blocking checks that failed or errored with no blocking finding to say why. */
  unexplained: CheckResult[];
  /** Advisory checks that failed or errored: reported, never blocking. */
  advisory: CheckResult[];
  /** Checks that warned, blocking or not. */
  warned: CheckResult[];
  passed: CheckResult[];
  skipped: CheckResult[];
  /** Every check that is not pass or skip, worst first: fail, error, advisory, warn. */
  attention: CheckResult[];
  /** Unwaived findings in the whole report, duplicates included. */
  findings: number;
  /** Unwaived findings that were there before the change (baseline or unchanged lines). */
  existing: number;
  /** Baseline entries no longer found: for `shipgate baseline --prune`. */
  fixed: number;
}

/**
 * True when `finding` is one the verdict fails on: judged (unwaived and not existing before
 * the change), in a blocking check that failed (or errored: its findings say why), and at or
 * above that check's `fail-on` (every judged finding when the check records none).
 */
function blocksVerdict(finding: Finding, check: CheckResult): boolean {
  if (!isJudged(finding) || !check.blocking || !isFailure(check)) return false;
  return check.failOn ? atLeast(finding.severity, check.failOn) : true;
}

const isFailure = (c: CheckResult) => c.status === 'fail' || c.status === 'error';

/**
 * What makes two reports of a finding the same one: two probes can see one response (an
 * insecure cookie reported by both `headers` and `cookies`). The whole position counts, columns
 * and end included: a type checker reports two errors of one rule on one line apart only by
 * column. The severity does not: the same finding judged differently by two checks is still one
 * (the most severe report is the one shown).
 */
export const findingKey = (f: Finding): string =>
  JSON.stringify([
    f.rule,
    f.message,
    f.file ?? '',
    f.line ?? 0,
    f.column ?? 0,
    f.endLine ?? 0,
    f.endColumn ?? 0,
  ]);

/** `pairs` with each finding once, most severe first; repeats name their check in `alsoFrom`. */
function uniqueFindings(
  pairs: readonly { finding: Finding; check: CheckResult }[],
): TriagedFinding[] {
  const seen = new Map<string, TriagedFinding>();
  const mostSevereFirst = [...pairs].sort((a, b) => bySeverity(a.finding, b.finding));
  for (const { finding, check } of mostSevereFirst) {
    const key = findingKey(finding);
    const first = seen.get(key);
    if (!first) seen.set(key, { finding, check, alsoFrom: [] });
    else if (first.check !== check && !first.alsoFrom.includes(check.title)) {
      first.alsoFrom.push(check.title);
    }
  }
  return [...seen.values()];
}

/** The triage of a report; see Triage. */
export function triage(report: Report): Triage {
  const { checks } = report;
  const pairs = checks.flatMap((check) =>
    check.findings.filter((f) => blocksVerdict(f, check)).map((finding) => ({ finding, check })),
  );
  const withBlocking = new Set(pairs.map(({ check }) => check));
  const failedBlocking = checks.filter((c) => c.blocking && c.status === 'fail');
  const errors = checks.filter((c) => c.blocking && c.status === 'error');
  const advisory = checks.filter((c) => !c.blocking && isFailure(c));
  const warned = checks.filter((c) => c.status === 'warn');
  return {
    blocking: uniqueFindings(pairs),
    otherFailures: failedBlocking.filter((c) => !withBlocking.has(c)),
    errors,
    unexplained: [...failedBlocking, ...errors].filter((c) => !withBlocking.has(c)),
    advisory,
    warned,
    passed: checks.filter((c) => c.status === 'pass'),
    skipped: checks.filter((c) => c.status === 'skip'),
    attention: [...failedBlocking, ...errors, ...advisory, ...warned],
    findings: checks.reduce((n, c) => n + c.findings.filter((f) => !f.waived).length, 0),
    existing: checks.reduce(
      (n, c) => n + c.findings.filter((f) => !f.waived && f.new === false).length,
      0,
    ),
    fixed: checks.reduce((n, c) => n + (c.counts?.fixed ?? 0), 0),
  };
}

/**
 * The counts of a verdict line, what blocks first and advisory apart: "3 blocking findings ·
 * 1 other failure · 1 error · 14 of 20 checks passed · 1 warned · advisory: 2 failing".
 */
export function verdictTally(report: Report, t: Triage = triage(report)): string {
  const total = report.checks.length;
  const passed =
    total === 0
      ? 'no checks'
      : t.passed.length === total
        ? total === 1
          ? '1 check passed'
          : `all ${total} checks passed`
        : `${t.passed.length} of ${plural(total, 'check')} passed`;
  return [
    t.blocking.length ? plural(t.blocking.length, 'blocking finding') : '',
    t.otherFailures.length ? plural(t.otherFailures.length, 'other failure') : '',
    t.errors.length ? plural(t.errors.length, 'error') : '',
    passed,
    t.warned.length ? `${t.warned.length} warned` : '',
    t.skipped.length ? `${t.skipped.length} skipped` : '',
    t.advisory.length ? `advisory: ${t.advisory.length} failing` : '',
    changeTally(t),
  ]
    .filter(Boolean)
    .join(' · ');
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What the change brought against what was there: "3 new · 11,981 existing · 12 fixed: run
 * `shipgate baseline --prune`"; empty when every finding is new and nothing was fixed.
 */
function changeTally(t: Triage): string {
  if (!t.existing && !t.fixed) return '';
  return [
    `${count(t.findings - t.existing)} new`,
    t.existing ? `${count(t.existing)} existing` : '',
    t.fixed ? `${count(t.fixed)} fixed: run \`shipgate baseline --prune\`` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
