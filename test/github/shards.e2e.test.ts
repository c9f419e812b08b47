import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Report } from '../../src/core/model.ts';
import { reportSchema } from '../../src/core/report-schema.ts';
import { scratchRepo } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
import { check, findings, report } from './fixtures.ts';
import { BUNDLED_ACTION, runAction } from './run-action.ts';

/**
 * Sharding and merging with the bundled action, run as a runner starts it against the
 * loopback GitHub API: shards that only write their reports, one merge job that signs off.
 */

const HEAD = '1'.repeat(40);
const MERGE = '2'.repeat(40);
const repository = { name: 'r', full_name: 'o/r', owner: { login: 'o' } };
const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'o/r' } },
    base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
  repository,
};

const CONFIG = [
  'pre:',
  '  gates:',
  '    flake8: { path: backend }',
  '  commands:',
  '    - { name: Frontend build, run: "true" }',
].join('\n');
const LINT_ME = 'import os\n';

let api: GitHubApi;
beforeAll(() => {
  if (!existsSync(BUNDLED_ACTION))
    throw new Error('dist/index.js is missing: run `npm run bundle` first');
});
beforeEach(async () => {
  api = await startGitHubApi({ token: 'ghs_test_token' });
});
afterEach(async () => {
  expect(api.problems).toEqual([]);
  await api.close();
});

describe('a shard (only)', () => {
  it('runs its checks, records the commit and job in its report, and posts nothing', async () => {
    const repo = await scratchRepo({ '.github/shipgate.yml': CONFIG, 'backend/app.py': LINT_ME });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      sha: MERGE,
      job: 'backend',
      inputs: { only: 'pre/flake8', report: 'reports/backend.json' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(api.calls).toEqual([]);
    const report = reportSchema.parse(
      JSON.parse(await readFile(`${repo}/reports/backend.json`, 'utf8')),
    );
    expect(report).toMatchObject({ verdict: 'fail', commit: HEAD, job: 'backend' });
    expect(report.checks.map((c) => c.id)).toEqual(['pre/flake8']);
  });

  it('fails with a clear message when only matches no check', async () => {
    const run = await runAction({
      apiUrl: api.url,
      workspace: await scratchRepo({ '.github/shipgate.yml': CONFIG }),
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { only: 'pre/flake9' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::only: "pre\/flake9" matches no check of this run/m);
  });
});

const operations = () => api.calls.map((call) => `${call.operationId} ${call.status}`);

/** Report files as a download-artifact step leaves them, one folder per artifact. */
async function downloaded(repo: string, files: Record<string, Report | string>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(repo, 'reports', file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content));
  }
}

const forCommit = (commit: string, checks: Report['checks'], extra: Partial<Report> = {}) => ({
  ...report(checks),
  commit,
  ...extra,
});

describe('a merge job (reports)', () => {
  const SECURITY =
    'import os\nimport subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n';
  const CONFIG_BOTH =
    'pre:\n  gates:\n    flake8: { path: backend }\n    bandit: { path: backend }\n';

  it('signs off two shards with exactly one comment and one completed check run, annotated from both', async () => {
    const repo = await scratchRepo({
      '.github/shipgate.yml': CONFIG_BOTH,
      'backend/app.py': SECURITY,
    });
    const shard = (only: string, job: string) =>
      runAction({
        apiUrl: api.url,
        workspace: repo,
        eventName: 'pull_request',
        payload: pullRequestEvent,
        sha: MERGE,
        job,
        inputs: { only, report: `reports/${job}/shipgate-report.json` },
      });
    const lint = await shard('pre/flake8', 'lint');
    const security = await shard('pre/bandit', 'security');
    expect([lint.code, security.code], lint.stdout + security.stdout).toEqual([1, 1]);
    expect(api.calls).toEqual([]);

    const merged = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      sha: MERGE,
      job: 'sign-off',
      inputs: { reports: 'reports/*/shipgate-report.json', 'reports-expected': '2' },
    });
    expect(merged.code, merged.stdout).toBe(1);
    expect(operations()).toEqual([
      'checks/create 201',
      'issues/list-comments 200',
      'issues/create-comment 201',
      'checks/update 200',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
    });
    const annotations = api.checkRuns[0]?.annotations as { path: string; title: string }[];
    const tools = new Set(annotations.map((a) => a.title.replace(/:.*/, '')));
    expect(tools).toEqual(new Set(['Code quality (flake8)', 'Code security (bandit)']));
    expect(annotations.every((a) => a.path === 'backend/app.py')).toBe(true);
    const body = api.comments[0]?.body ?? '';
    expect(body).toContain('| Code quality (flake8) | ❌ fail |');
    expect(body).toContain('| Code security (bandit) |');
    expect(body).toMatch(
      /^- .* \[`B602`\]\(https:\/\/bandit\.readthedocs\.io\/.* · _Code security \(bandit\)_/m,
    );
    expect(body).toMatch(
      /^- .* \[`F401`\]\(https:\/\/flake8\.pycqa\.org\/.* · _Code quality \(flake8\)_/m,
    );
    expect(body).toContain('- Shard reports merged · 0ms');
    expect(api.checkRuns[0]?.output.text).toContain(
      '| signoff | Shard reports merged | ✅ pass | 0ms | 2 reports (lint, security), 2 checks |',
    );
    const written = reportSchema.parse(
      JSON.parse(await readFile(merged.outputs.report ?? '', 'utf8')),
    );
    expect(written).toMatchObject({ verdict: 'fail', commit: HEAD, job: 'sign-off' });
  });

  it('fails the sign-off when a shard is missing, naming the reports that arrived', async () => {
    const repo = await scratchRepo({});
    await downloaded(repo, {
      'backend/shipgate-report.json': forCommit(HEAD, [check({ id: 'pre/flake8' })]),
    });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { reports: 'reports/*/shipgate-report.json', 'reports-expected': '2' },
    });
    expect(run.code).toBe(1);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(api.comments[0]?.body).toContain(
      'Expected 2 reports, found 1: reports/backend/shipgate-report.json. A job that did not upload its report is missing, and its checks did not run.',
    );
  });

  it('fails on a check in two reports and on a report for another commit', async () => {
    const repo = await scratchRepo({});
    await downloaded(repo, {
      'a/shipgate-report.json': forCommit(HEAD, [check({ id: 'pre/flake8' })]),
      'b/shipgate-report.json': forCommit(HEAD, [check({ id: 'pre/flake8' })]),
      'c/shipgate-report.json': forCommit('9'.repeat(40), [check({ id: 'pre/eslint' })]),
    });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { reports: 'reports/**/*.json', 'reports-expected': '3' },
    });
    expect(run.code).toBe(1);
    const body = api.comments[0]?.body ?? '';
    expect(body).toContain(
      'pre/flake8 is in both reports/a/shipgate-report.json and reports/b/shipgate-report.json',
    );
    expect(body).toContain(
      'reports/c/shipgate-report.json is for commit 999999999999, not 111111111111, the commit being signed off',
    );
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });

  it('refuses reports together with only', async () => {
    const run = await runAction({
      apiUrl: api.url,
      workspace: await scratchRepo({}),
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { reports: 'reports/*.json', only: 'pre/*' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error::Input 'reports': cannot be combined with only: a merge job runs no checks/m,
    );
  });
});

describe('publishing for a fork (workflow_run)', () => {
  const FORK_HEAD = '5'.repeat(40);
  const DEFAULT_BRANCH = '6'.repeat(40);
  const workflowRun = (conclusion: string) => ({
    action: 'completed',
    workflow_run: {
      id: 991,
      name: 'Shipgate',
      run_number: 12,
      event: 'pull_request',
      status: 'completed',
      conclusion,
      head_sha: FORK_HEAD,
      head_branch: 'patch-1',
      html_url: 'https://github.com/o/r/actions/runs/991',
      head_repository: { full_name: 'forker/r', owner: { login: 'forker' } },
      pull_requests: [],
    },
    repository,
  });
  const publish = (repo: string, conclusion: string, inputs: Record<string, string> = {}) =>
    runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'workflow_run',
      payload: workflowRun(conclusion),
      sha: DEFAULT_BRANCH,
      inputs: { reports: 'reports/**/*.json', ...inputs },
    });
  beforeEach(() => {
    api.allPulls.push(
      { number: 3, state: 'open', head: { sha: '7'.repeat(40), label: 'o:other' } },
      { number: 9, state: 'open', head: { sha: FORK_HEAD, label: 'forker:patch-1' } },
    );
  });

  it("treats the fork's reports as untrusted: escapes HTML and mentions, refuses oversized and escaping ones, recomputes a forged verdict", async () => {
    const repo = await scratchRepo({});
    const hostile = check({
      id: 'pre/bandit',
      status: 'fail',
      title: '<script>alert(1)</script> @org/admins',
      summary: '<img src=x onerror=alert(1)> cc @octocat',
      findings: findings(3, { message: 'ping @octocat <a href="https://evil.example">here</a>' }),
    });
    await downloaded(repo, {
      'shipgate-report/forged.json': forCommit(FORK_HEAD, [hostile], { verdict: 'pass' }),
      'shipgate-report/huge.json': forCommit(FORK_HEAD, [
        check({ id: 'pre/flake8', findings: findings(50_000, { message: 'x'.repeat(120) }) }),
      ]),
      'shipgate-report/escape.json': forCommit(FORK_HEAD, [
        check({ id: 'pre/eslint', findings: findings(1, { file: '../../../etc/passwd' }) }),
      ]),
    });
    const run = await publish(repo, 'failure', { 'reports-expected': '3' });
    expect(run.code, run.stdout).toBe(1);
    expect(operations()).toEqual([
      'checks/create 201',
      'repos/list-pull-requests-associated-with-commit 200',
      'pulls/list 200',
      'issues/list-comments 200',
      'issues/create-comment 201',
      'checks/update 200',
    ]);
    expect(api.callsTo('pulls/list')[0]?.query).toMatchObject({ head: 'forker:patch-1' });
    // The target comes from the event alone: the fork's head commit and its pull request.
    expect(api.checkRuns[0]).toMatchObject({ head_sha: FORK_HEAD, conclusion: 'failure' });
    expect(api.comments.map((c) => c.issue)).toEqual([9]);

    const body = api.comments[0]?.body ?? '';
    expect(body).toMatch(/^## ❌ Shipgate failed: \d+ blocking findings · 1 error · /m);
    expect(body).not.toMatch(/<(script|img|a)\b/);
    expect(body).not.toMatch(/@(octocat|org)/);
    expect(body).toContain('@\u200Boctocat');
    expect(body).toContain(
      'reports/shipgate-report/huge.json: larger than the 8 MiB a report may be',
    );
    expect(body).toContain(
      'reports/shipgate-report/escape.json: not a Shipgate report: checks\\[0\\].findings\\[0\\].file',
    );
    expect(body).toContain('| Triggering run: Shipgate #12 _(advisory)_ | ❌ fail |');
    const annotations = api.checkRuns[0]?.annotations as { path: string }[];
    expect(annotations.map((a) => a.path)).toEqual(Array(3).fill('backend/crm/views.py'));
    expect(run.outputs.verdict).toBe('fail');
  });

  it('says so and fails when the triggering run stopped before uploading a report', async () => {
    const run = await publish(await scratchRepo({}), 'failure');
    expect(run.code).toBe(1);
    expect(api.checkRuns[0]).toMatchObject({ head_sha: FORK_HEAD, conclusion: 'failure' });
    expect(api.comments[0]?.body).toContain(
      'Expected 1 report, found 0. A job that did not upload its report is missing, and its checks did not run. The triggering run Shipgate #12 concluded failure: it may have stopped before uploading its reports.',
    );
  });

  it("passes a fork's clean report, and leaves the comment alone once the pull request has moved on", async () => {
    const repo = await scratchRepo({});
    await downloaded(repo, { 'r/shipgate-report.json': forCommit(FORK_HEAD, [check()]) });
    const clean = await publish(repo, 'success');
    expect(clean.code, clean.stdout).toBe(0);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(api.comments).toHaveLength(1);

    api.calls.length = 0;
    api.allPulls.splice(0, api.allPulls.length, {
      number: 9,
      state: 'open',
      head: { sha: '8'.repeat(40), label: 'forker:patch-1' },
    });
    const stale = await publish(repo, 'success');
    expect(stale.code).toBe(0);
    expect(api.callsTo('issues/create-comment')).toHaveLength(0);
    expect(api.callsTo('issues/update-comment')).toHaveLength(0);
    expect(stale.stdout).toContain(
      'No pull request for this commit: the sign-off comment is skipped.',
    );
    expect(api.checkRuns[1]).toMatchObject({ head_sha: FORK_HEAD, conclusion: 'success' });
  });

  it('refuses to run checks on workflow_run', async () => {
    const run = await publish(await scratchRepo({}), 'success', { reports: '' });
    expect(run.code).toBe(2);
    expect(api.checkRuns[0]).toMatchObject({ head_sha: FORK_HEAD, conclusion: 'failure' });
    expect(api.checkRuns[0]?.output.summary).toContain(
      "On workflow_run, Shipgate publishes the triggering run's reports and runs no checks",
    );
  });
});
