import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signoffSchema } from '../../src/config/schema.ts';
import { deadlineIn } from '../../src/github/deadline.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import {
  checkRunResult,
  checkRunStart,
  failCheckRun,
  openCheckRun,
  publishSignoff,
  renderComment,
  type SignoffContext,
} from '../../src/github/signoff.ts';
import type { SignoffTarget } from '../../src/github/context.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
import { selectAnnotations } from '../../src/github/annotations.ts';
import { check, findings, report } from './fixtures.ts';

const TOKEN = 'ghs_test_token';
const HEAD = 'a'.repeat(40);
let api: GitHubApi;
let warnings: string[];

beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN });
  warnings = [];
});
afterEach(async () => {
  expect(api.problems).toEqual([]);
  await api.close();
});

function context(target: SignoffTarget = { headSha: HEAD, pullRequest: 7 }): SignoffContext {
  const logger = { info: () => {}, debug: () => {}, warning: (m: string) => warnings.push(m) };
  return {
    // 10 ms per second of retry delay: the retry paths run for real, just faster.
    octokit: createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryAfterBaseValue: 10 }),
    repo: { owner: 'o', repo: 'r' },
    target,
    runUrl: 'https://github.com/o/r/actions/runs/42',
    blobBase: `https://github.com/o/r/blob/${HEAD}`,
    logger,
    now: () => new Date('2026-11-24T12:00:00Z'),
  };
}

const settings = (overrides: Record<string, unknown> = {}) => signoffSchema.parse(overrides);

describe('check run', () => {
  it('annotates 120 findings in 1 + ceil(120 / 50) requests, highest severity first', async () => {
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    expect(api.checkRuns[0]).toMatchObject({
      name: 'Shipgate',
      head_sha: HEAD,
      status: 'in_progress',
    });
    const result = report([check({ status: 'fail', findings: findings(120) })]);
    const published = await publishSignoff(ctx, settings({ comment: false }), result, run);

    expect(api.callsTo('checks/create')).toHaveLength(1);
    expect(api.callsTo('checks/update')).toHaveLength(Math.ceil(120 / 50));
    const stored = api.checkRuns[0];
    expect(stored).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(stored?.annotations).toHaveLength(120);
    const levels = (stored?.annotations as { annotation_level: string }[]).map(
      (a) => a.annotation_level,
    );
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('failure'));
    expect(levels.indexOf('notice')).toBeGreaterThan(levels.lastIndexOf('warning'));
    expect(stored?.annotations[0]).toMatchObject({
      path: 'backend/crm/views.py',
      start_line: 4,
      end_line: 4,
      start_column: 5,
      end_column: 5,
      annotation_level: 'failure',
      title: 'Code security (bandit): B103 (critical)',
    });
    expect(published.checkRunUrl).toBe(`https://github.com/o/r/runs/${stored?.id}`);
    expect(published.logAnnotations).toEqual([]);
  });

  it('annotates at most max-annotations and counts the rest in the summary', async () => {
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    const result = report([check({ status: 'fail', findings: findings(120) })]);
    await publishSignoff(ctx, settings({ comment: false, 'max-annotations': 60 }), result, run);
    expect(api.callsTo('checks/update')).toHaveLength(2);
    expect(api.checkRuns[0]?.annotations).toHaveLength(60);
    expect(api.checkRuns[0]?.output.summary).toContain(
      '60 findings annotated on the diff, highest severity first; 60 more',
    );
  });

  it('is neutral when only advisory checks have problems, and success when all is clean', async () => {
    const ctx = context();
    await publishSignoff(
      ctx,
      settings({ comment: false }),
      report([check({ status: 'fail', blocking: false })]),
      await openCheckRun(ctx, checkRunStart(ctx, 'A')),
    );
    await publishSignoff(
      ctx,
      settings({ comment: false }),
      report([check()]),
      await openCheckRun(ctx, checkRunStart(ctx, 'B')),
    );
    expect(api.checkRuns.map((r) => r.conclusion)).toEqual(['neutral', 'success']);
  });

  it('is created already completed when starting it failed, and never left in progress', async () => {
    api.inject({ operationId: 'checks/create', status: 500, times: 4 });
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    expect(warnings.join('\n')).toMatch(/could not create the check run: HTTP 500/);
    await publishSignoff(ctx, settings({ comment: false }), report([check()]), run);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('completes as cancelled the run an unanswered create made, though the first lookup hangs', async () => {
    const ctx = context();
    const start = checkRunStart(ctx, 'Shipgate');
    // The create GitHub did while its answer was still on the way when the workflow was cancelled.
    await ctx.octokit.rest.checks.create({
      owner: 'o',
      repo: 'r',
      name: start.name,
      head_sha: start.headSha,
      external_id: start.externalId,
      status: 'in_progress',
    });
    api.inject({ operationId: 'checks/list-for-ref', blackHole: true });
    // Each step of the completion, its lookup included, gets a third of the deadline.
    const url = await failCheckRun(
      ctx,
      start,
      'The workflow run was cancelled (SIGINT).',
      'cancelled',
      deadlineIn(3000, 'Completing the cancelled check run'),
    );
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(url).toBe(`https://github.com/o/r/runs/${api.checkRuns[0]?.id}`);
  });

  it('completes as failure with the reason when Shipgate itself cannot run', async () => {
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    await failCheckRun(
      ctx,
      run!,
      'Invalid Shipgate config .github/shipgate.yml:\n  - unknown key "pree"',
    );
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.checkRuns[0]?.output.summary).toContain('unknown key "pree"');
  });
});

describe('check run result', () => {
  const links = { runUrl: 'https://github.com/o/r/actions/runs/42' };
  const at = new Date('2026-11-24T12:00:00Z');

  it('titles the run with the verdict and its tally', () => {
    const failed = report([check({ status: 'fail', findings: findings(2) })]);
    const result = checkRunResult(failed, selectAnnotations(failed, 50), links, at);
    expect(result).toMatchObject({ conclusion: 'failure', completedAt: at });
    expect(result.title).toMatch(/^Shipgate failed: /);
    expect(result.annotations).toHaveLength(2);
    expect(result.summary).not.toContain('annotated on the diff');
  });

  it('counts the annotations left out and says where they are', () => {
    const many = report([check({ status: 'fail', findings: findings(3000) })]);
    const result = checkRunResult(many, selectAnnotations(many, 50), links, at);
    expect(result.summary).toContain(
      '50 findings annotated on the diff, highest severity first; 2950 more (over `max-annotations`) are in the [job summary](https://github.com/o/r/actions/runs/42) and the JSON report._',
    );
  });
});

describe('sign-off links', () => {
  it('links the run and the uploaded JSON report, also where something was left out', () => {
    const links = {
      runUrl: 'https://github.com/o/r/actions/runs/42',
      reportUrl: 'https://github.com/o/r/actions/runs/42/artifacts/7',
    };
    const many = report([check({ status: 'fail', findings: findings(40, { severity: 'high' }) })]);
    const body = renderComment(many, 'k', links);
    expect(body).toContain(
      '…and 30 more: see the [job summary](https://github.com/o/r/actions/runs/42) and the [JSON report](https://github.com/o/r/actions/runs/42/artifacts/7).',
    );
    expect(body).toContain('· [JSON report](https://github.com/o/r/actions/runs/42/artifacts/7)');
  });
});

describe('reviewer-first sign-off', () => {
  /** A 22-check run like a real one: the one that matters is neither first nor loudest. */
  const busyReport = () =>
    report([
      ...Array.from({ length: 18 }, (_, i) => check({ id: `pre/ok-${i}`, title: `Passing ${i}` })),
      check({
        id: 'pre/flake8',
        kind: 'flake8',
        title: 'Code quality (flake8)',
        status: 'fail',
        failOn: 'low',
        findings: findings(14, { rule: 'E501', severity: 'low', message: 'line too long' }),
      }),
      check({
        id: 'pre/bandit',
        status: 'fail',
        failOn: 'high',
        summary: '1 high, 2 low (fail-on: high)',
        findings: [
          ...findings(2, { rule: 'B105', severity: 'low', file: 'backend/crm/settings.py' }),
          {
            rule: 'B602',
            severity: 'high',
            message: 'subprocess call with shell=True identified, security issue.',
            file: 'backend/jewellery/backup.py',
            line: 12,
            hint: 'Pass the command as a list, without shell=True.',
          },
        ],
      }),
      check({
        id: 'pre/build',
        kind: 'build',
        title: 'Build',
        status: 'error',
        summary: 'exit code 1',
      }),
      check({
        id: 'post/headers',
        kind: 'headers',
        title: 'Headers',
        status: 'warn',
        blocking: false,
      }),
    ]);

  it('leads with the most severe blocking finding, linked to its line and its rule, in the first 1,500 characters', async () => {
    const ctx = context();
    await publishSignoff(
      ctx,
      settings(),
      busyReport(),
      await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate')),
    );
    const body = api.comments[0]?.body ?? '';
    const firstScreen = body.slice(0, 1500);
    expect(firstScreen).toContain(
      '## ❌ Shipgate failed: 15 blocking findings · 1 error · 18 of 22 checks passed · 1 warned',
    );
    expect(firstScreen).toContain(
      `- 🔴 **high** [\`backend/jewellery/backup.py:12\`](https://github.com/o/r/blob/${HEAD}/backend/jewellery/backup.py#L12) [\`B602\`](https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html): subprocess call with shell=True identified, security issue. · _Code security (bandit)_  \n  Fix: Pass the command as a list, without shell=True.`,
    );
    // Below the rule of 10: the low ones are counted, the error is last among the blockers.
    expect(body).toContain('…and 6 more: see the [job summary]');
    expect(body.indexOf('### What blocks this merge')).toBeLessThan(body.indexOf('| Check |'));
    expect(body).toContain('| Build | 💥 error | exit code 1 |');
    expect(body).toContain('| Headers _(advisory)_ | ⚠️ warn | no findings |');
    expect(body).toContain('<details><summary>✅ 18 checks passed</summary>');
    expect(body).not.toContain('| Passing 3 |');

    // The check run's summary is the same brief text; its text has every check and finding.
    const output = api.checkRuns[0]?.output as { title: string; summary: string; text: string };
    expect(output.title).toBe(
      'Shipgate failed: 15 blocking findings · 1 error · 18 of 22 checks passed · 1 warned',
    );
    expect(output.summary.slice(0, 1500)).toContain('[`backend/jewellery/backup.py:12`]');
    expect(output.text).toContain('| pre | Passing 3 | ✅ pass |');
    expect(
      output.text.match(/^- \*\*low\*\* \[`E501`\]\(https:\/\/pycodestyle\.pycqa\.org\//gm),
    ).toHaveLength(14);
  });

  it('says "1 check" and leaves out what has nothing to say', async () => {
    await publishSignoff(context(), settings({ 'check-run': false }), report([check()]), undefined);
    const body = api.comments[0]?.body ?? '';
    expect(body).toContain('## ✅ Shipgate passed: 1 check passed · 8.1s');
    expect(body).not.toContain('What blocks');
    expect(body).not.toContain('| Check |');
    expect(body).toContain('<details><summary>✅ 1 check passed</summary>');
  });
});

describe('sticky comment', () => {
  it('is created once, then updated in place: two requests each time', async () => {
    const ctx = context();
    const first = await publishSignoff(
      ctx,
      settings({ 'check-run': false }),
      report([check()]),
      undefined,
    );
    expect(api.calls.map((c) => c.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
    ]);
    expect(api.callsTo('issues/list-comments')[0]?.query).toEqual({ per_page: '100' });
    api.calls.length = 0;
    const second = await publishSignoff(
      ctx,
      settings({ 'check-run': false }),
      report([check({ status: 'fail' })]),
      undefined,
    );
    expect(api.calls.map((c) => c.operationId)).toEqual([
      'issues/list-comments',
      'issues/update-comment',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(second.commentUrl).toBe(first.commentUrl);
    expect(api.comments[0]?.body).toMatch(
      /^<!-- shipgate:signoff -->\n\n## ❌ Shipgate failed: 1 other failure · 0 of 1 check passed/,
    );
    expect(api.comments[0]?.body).toContain(
      '[Workflow run and job summary](https://github.com/o/r/actions/runs/42)',
    );
  });

  it("never edits someone else's comment that carries the marker, and finds its own past page 1", async () => {
    const planted = api.addComment(7, 'mallory', '<!-- shipgate:signoff -->\nplanted');
    for (let i = 0; i < 130; i++)
      api.addComment(7, i % 2 ? 'octocat' : 'github-actions[bot]', `chatter ${i}`);
    const own = api.addComment(7, 'github-actions[bot]', '<!-- shipgate:signoff -->\nold sign-off');
    api.addComment(7, 'github-actions[bot]', '<!-- shipgate:other-key -->\nanother job');
    await publishSignoff(context(), settings({ 'check-run': false }), report([check()]), undefined);
    expect(api.callsTo('issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(api.callsTo('issues/update-comment')[0]?.path).toBe(
      `/repos/o/r/issues/comments/${own.id}`,
    );
    expect(planted.body).toBe('<!-- shipgate:signoff -->\nplanted');
    expect(api.callsTo('issues/create-comment')).toHaveLength(0);
  });

  it("updates a personal access token's own comment when comment-author names its user", async () => {
    await api.close();
    api = await startGitHubApi({ token: TOKEN, login: 'Release-Bot' });
    const actions = api.addComment(
      7,
      'github-actions[bot]',
      '<!-- shipgate:signoff -->\nby Actions',
    );
    const planted = api.addComment(7, 'mallory', '<!-- shipgate:signoff -->\nplanted');
    const own = api.addComment(7, 'Release-Bot', '<!-- shipgate:signoff -->\nold sign-off');
    const published = await publishSignoff(
      context(),
      // Logins are case-insensitive on GitHub.
      settings({ 'check-run': false, 'comment-author': 'release-bot' }),
      report([check()]),
      undefined,
    );
    expect(api.callsTo('issues/update-comment').map((c) => c.path)).toEqual([
      `/repos/o/r/issues/comments/${own.id}`,
    ]);
    expect(published.commentUrl).toBe(`https://github.com/o/r/pull/7#issuecomment-${own.id}`);
    expect(actions.body).toBe('<!-- shipgate:signoff -->\nby Actions');
    expect(planted.body).toBe('<!-- shipgate:signoff -->\nplanted');
    expect(own.body).toMatch(/^<!-- shipgate:signoff -->\n\n## ✅ Shipgate passed: 1 check passed/);
    expect(warnings).toEqual([]);
  });

  it('warns, naming the login to set, when the token posts as someone other than comment-author', async () => {
    await api.close();
    api = await startGitHubApi({ token: TOKEN, login: 'release-bot' });
    await publishSignoff(context(), settings({ 'check-run': false }), report([check()]), undefined);
    expect(api.comments.map((c) => c.login)).toEqual(['release-bot']);
    expect(warnings).toEqual([
      'The sign-off comment was posted as release-bot, but only comments by github-actions[bot] (signoff.comment-author) are updated: set comment-author: release-bot so that the next run updates it instead of adding another.',
    ]);
  });

  it('rejects a comment-author that is not a GitHub login', () => {
    expect(() => settings({ 'comment-author': 'release bot' })).toThrow(/expected a GitHub login/);
    expect(settings({ 'comment-author': 'my-app[bot]' })['comment-author']).toBe('my-app[bot]');
  });

  it('keeps a sign-off with thousands of long findings under the comment limit', async () => {
    const noisy = findings(5000, { message: `${'x'.repeat(300)} @octocat </details><img src=x>` });
    const checks = Array.from({ length: 8 }, (_, i) =>
      check({
        id: `pre/c${i}`,
        title: `Check ${i}`,
        status: 'fail',
        findings: noisy,
        evidence: 'y'.repeat(50_000),
      }),
    );
    await publishSignoff(context(), settings({ 'check-run': false }), report(checks), undefined);
    const body = api.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/^<!-- shipgate:signoff -->/);
    expect(body).toContain('## ❌ Shipgate failed: 5000 blocking findings · 0 of 8 checks passed');
    // The comment lists the most severe few and sends the reader to the job summary.
    expect(body.match(/^- 🟥 \*\*critical\*\*/gm)).toHaveLength(10);
    expect(body).toContain(
      '…and 4990 more: see the [job summary](https://github.com/o/r/actions/runs/42) and the JSON report.',
    );
    expect(body.match(/^\| Check \d \| ❌ fail \|/gm)).toHaveLength(8);
    // Eight checks reported the same findings: each is listed once, naming all eight.
    expect(body).toContain(
      '· _Check 0, Check 1, Check 2, Check 3, Check 4, Check 5, Check 6, Check 7_',
    );
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/@octocat/);
  });

  it('finds the pull request of a deployment by its commit', async () => {
    const sha = 'd'.repeat(40);
    api.pulls.set(sha, [
      { number: 3, state: 'closed', head: { sha: 'e'.repeat(40) } },
      { number: 9, state: 'open', head: { sha } },
    ]);
    await publishSignoff(
      context({ headSha: sha, lookupSha: sha }),
      settings({ 'check-run': false }),
      report([check()]),
      undefined,
    );
    expect(api.callsTo('repos/list-pull-requests-associated-with-commit')[0]?.path).toBe(
      `/repos/o/r/commits/${sha}/pulls`,
    );
    expect(api.comments[0]?.issue).toBe(9);
  });

  it('skips the comment when the commit belongs to no pull request', async () => {
    const published = await publishSignoff(
      context({ headSha: HEAD, lookupSha: HEAD }),
      settings({ 'check-run': false }),
      report([check()]),
      undefined,
    );
    expect(published.commentUrl).toBeUndefined();
    expect(api.callsTo('issues/create-comment')).toHaveLength(0);
  });
});

describe('read-only tokens and a flaky API', () => {
  it("warns naming each missing permission and hands the top annotations to the log on a fork's token", async () => {
    api.permissions = { checks: false, pullRequests: false };
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    expect(run).toBeUndefined();
    const result = report([check({ status: 'fail', findings: findings(120) })]);
    const published = await publishSignoff(ctx, settings(), result, run);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('lacks `checks: write`');
    expect(warnings[1]).toContain('lacks `pull-requests: write`');
    expect(api.callsTo('checks/create')).toHaveLength(1); // asked once, not again at the end
    const of = (command: string) => published.logAnnotations.filter((a) => a.command === command);
    expect(of('error')).toHaveLength(10);
    expect(of('warning')).toHaveLength(10);
    expect(of('notice')).toHaveLength(10);
    expect(of('error')[0]?.properties).toMatchObject({
      file: 'backend/crm/views.py',
      startLine: 4,
    });
    expect(of('error').every((a) => /\((critical|high)\)$/.test(a.properties.title))).toBe(true);
  });

  it('retries a 502 and succeeds', async () => {
    api.inject({ operationId: 'checks/create', status: 502, body: { message: 'Bad Gateway' } });
    const started = performance.now();
    const ctx = context();
    const run = await openCheckRun(ctx, checkRunStart(ctx, 'Shipgate'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(run).toMatchObject({ id: api.checkRuns[0]?.id });
    expect(api.callsTo('checks/create').map((c) => c.status)).toEqual([502, 201]);
    expect(warnings).toEqual([]);
  });

  it('waits out a secondary rate limit as retry-after says, then goes on', async () => {
    api.inject({
      operationId: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    const published = await publishSignoff(
      context(),
      settings({ 'check-run': false }),
      report([check()]),
      undefined,
    );
    expect(api.callsTo('issues/create-comment').map((c) => c.status)).toEqual([403, 201]);
    expect(published.commentUrl).toBeDefined();
    expect(warnings.join('\n')).toMatch(/secondary rate limit on POST .*retrying in 1s/);
  });

  it('does not retry a 422, and names the request that was refused', async () => {
    api.inject({
      operationId: 'issues/create-comment',
      status: 422,
      body: { message: 'Validation Failed' },
    });
    await publishSignoff(context(), settings({ 'check-run': false }), report([check()]), undefined);
    expect(api.callsTo('issues/create-comment')).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 422 \(POST .*\/repos\/o\/r\/issues\/7\/comments\)/);
  });
});
