import { describe, expect, it } from 'vitest';
import { mergeReports, MERGE_CHECK_ID } from '../../src/report/merge.ts';
import type { CheckResult, Report } from '../../src/core/model.ts';
import type { ReportSource } from '../../src/report/read-report.ts';
import { check, report } from '../github/fixtures.ts';

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const now = () => new Date('2026-11-24T03:00:00.000Z');

function shard(
  file: string,
  checks: Partial<CheckResult>[],
  extra: Partial<Report> = {},
): ReportSource {
  return {
    file,
    report: { ...report(checks.map((c) => check(c))), commit: SHA, job: file, ...extra },
  };
}

const backend = shard('backend.json', [{ id: 'pre/bandit' }, { id: 'pre/flake8' }], {
  startedAt: '2026-11-24T02:00:00.000Z',
  durationMs: 5000,
});
const frontend = shard('frontend.json', [{ id: 'pre/eslint', status: 'warn' }], {
  startedAt: '2026-11-24T02:00:03.000Z',
  durationMs: 4000,
});

const mergeCheck = (merged: Report) => merged.checks.find((c) => c.id === MERGE_CHECK_ID);
const problems = (merged: Report) => mergeCheck(merged)?.findings.map((f) => f.rule);

describe('mergeReports', () => {
  it('puts the shards side by side with one merge check, and spans their wall time', () => {
    const merged = mergeReports([backend, frontend], {
      expected: 2,
      commit: SHA,
      job: 'sign-off',
      now,
    });
    expect(merged.verdict).toBe('pass');
    expect(merged.checks.map((c) => c.id)).toEqual([
      'pre/bandit',
      'pre/flake8',
      'pre/eslint',
      MERGE_CHECK_ID,
    ]);
    expect(mergeCheck(merged)).toMatchObject({
      phase: 'signoff',
      status: 'pass',
      blocking: true,
      summary: '2 reports (backend.json, frontend.json), 3 checks',
    });
    expect(merged).toMatchObject({
      startedAt: '2026-11-24T02:00:00.000Z',
      durationMs: 7000,
      commit: SHA,
      job: 'sign-off',
    });
  });

  it('recomputes the verdict from the checks: a forged verdict: pass over a failure fails', () => {
    const forged = shard('forged.json', [{ id: 'pre/bandit', status: 'fail' }], {
      verdict: 'pass',
    });
    expect(mergeReports([forged], { now }).verdict).toBe('fail');
  });

  it('fails when fewer reports than expected arrived, naming the ones that did', () => {
    const merged = mergeReports([backend], { expected: 2, now, missingHint: 'The run failed.' });
    expect(merged.verdict).toBe('fail');
    expect(mergeCheck(merged)).toMatchObject({ status: 'error' });
    expect(mergeCheck(merged)?.findings[0]?.message).toBe(
      'Expected 2 reports, found 1: backend.json. A job that did not upload its report is missing, and its checks did not run. The run failed.',
    );
  });

  it('fails with no report at all, even when none was expected', () => {
    const merged = mergeReports([], { now });
    expect(merged.verdict).toBe('fail');
    expect(merged.startedAt).toBe('2026-11-24T03:00:00.000Z');
    expect(mergeCheck(merged)?.summary).toMatch(/^1 problem: Expected 1 report, found 0\./);
  });

  it('fails on a check id in two reports, naming both files, and keeps the first', () => {
    const again = shard('again.json', [{ id: 'pre/flake8', status: 'fail' }]);
    const merged = mergeReports([backend, again], { now });
    expect(merged.verdict).toBe('fail');
    expect(merged.checks.filter((c) => c.id === 'pre/flake8')).toHaveLength(1);
    expect(mergeCheck(merged)?.findings[0]?.message).toBe(
      'pre/flake8 is in both backend.json and again.json: each check must run in one shard only (see `only`).',
    );
  });

  it('fails on reports for different commits, grouping the files by commit', () => {
    const stale = shard('stale.json', [{ id: 'pre/eslint' }], { commit: OTHER });
    const merged = mergeReports([backend, stale], { now });
    expect(problems(merged)).toEqual(['commit-mismatch']);
    expect(mergeCheck(merged)?.findings[0]?.message).toBe(
      'The reports are for different commits: aaaaaaaaaaaa (backend.json); bbbbbbbbbbbb (stale.json).',
    );
  });

  it('fails on a report for another commit than the one signed off, or for none', () => {
    const unnamed = { ...(frontend as { report: Report }).report, commit: undefined };
    const merged = mergeReports([backend, { file: 'frontend.json', report: unnamed }], {
      commit: OTHER,
      now,
    });
    expect(mergeCheck(merged)?.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^backend\.json is for commit aaaaaaaaaaaa, not bbbbbbbbbbbb, the commit being signed off/,
      ),
      expect.stringMatching(/^frontend\.json is for no commit, not bbbbbbbbbbbb/),
    ]);
    expect(merged.commit).toBe(OTHER);
  });

  it('turns an invalid report into a problem that names the file, and still counts it as found', () => {
    const merged = mergeReports([backend, { file: 'broken.json', invalid: 'invalid JSON' }], {
      expected: 2,
      now,
    });
    expect(problems(merged)).toEqual(['invalid-report']);
    expect(mergeCheck(merged)?.findings[0]?.message).toBe('broken.json: invalid JSON');
  });

  it("lists Shipgate's own sign-off checks after the shards' and before the merge check", () => {
    const triggering = check({ id: 'signoff/triggering-run', phase: 'signoff', blocking: false });
    const merged = mergeReports([backend], { now, signoffChecks: [triggering] });
    expect(merged.checks.map((c) => c.id).slice(-2)).toEqual([
      'signoff/triggering-run',
      MERGE_CHECK_ID,
    ]);
  });
});
