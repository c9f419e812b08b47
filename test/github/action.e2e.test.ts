import { existsSync } from 'node:fs';
import { readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scratchRepo, until } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
import { BUNDLED_ACTION, runAction } from './run-action.ts';

/**
 * The bundled action (dist/index.js, rebuilt by `npm run bundle`) run as a child process
 * against the loopback GitHub API, the way a runner starts it.
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

const PASSING = 'pre:\n  commands:\n    - name: Migrations ready\n      run: "true"\n';
const FAILING = 'pre:\n  commands:\n    - name: Migrations ready\n      run: "exit 3"\n';
// flake8 from the distribution: real findings on real lines, for annotations and SARIF.
const LINTED = 'pre:\n  gates:\n    flake8: { path: . }\n';
const LINT_ME = 'import os\nimport sys\n\n\ndef f( x ):\n    return x\n';

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

const workspace = (config: string, files: Record<string, string> = {}) =>
  scratchRepo({ '.github/shipgate.yml': config, ...files });

const operations = () => api.calls.map((call) => `${call.operationId} ${call.status}`);

describe('the bundled action on GitHub', () => {
  it('signs off a pull request: check run on the head commit, one comment updated in place', async () => {
    const repo = await workspace(PASSING);
    const first = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      sha: MERGE,
    });
    expect(first.code, first.stdout).toBe(0);
    // Per run: check run 1 + max(1, ceil(0 / 50)) requests, comment 2 (list + create).
    expect(operations()).toEqual([
      'checks/create 201',
      'issues/list-comments 200',
      'issues/create-comment 201',
      'checks/update 200',
    ]);
    expect(api.checkRuns[0]).toMatchObject({
      name: 'Shipgate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
    });
    expect(api.callsTo('checks/create')[0]?.body).toMatchObject({
      status: 'in_progress',
      details_url: 'https://github.com/o/r/actions/runs/42',
    });
    expect(first.outputs).toMatchObject({
      verdict: 'pass',
      'comment-url': `https://github.com/o/r/pull/7#issuecomment-${api.comments[0]?.id}`,
      'check-run-url': `https://github.com/o/r/runs/${api.checkRuns[0]?.id}`,
    });
    expect(first.summary).toContain('| pre | Migrations ready | ✅ pass |');
    // A passing check is one collapsed line of the comment; the check run's text has the table.
    expect(api.comments[0]?.body).toContain('<details><summary>✅ 1 check passed</summary>');
    expect(api.comments[0]?.body).toMatch(/^- Migrations ready · \d+ms$/m);
    expect(api.checkRuns[0]?.output.text).toContain('| pre | Migrations ready | ✅ pass |');

    api.calls.length = 0;
    await writeFile(`${repo}/.github/shipgate.yml`, FAILING);
    const second = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      sha: MERGE,
    });
    expect(second.code).toBe(1);
    expect(operations()).toEqual([
      'checks/create 201',
      'issues/list-comments 200',
      'issues/update-comment 200',
      'checks/update 200',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(api.comments[0]?.body).toContain(
      '## ❌ Shipgate failed: 1 other failure · 0 of 1 check passed',
    );
    expect(api.comments[0]?.body).toContain('- ❌ **Migrations ready** failed: exit code 3');
    expect(api.checkRuns[1]).toMatchObject({ conclusion: 'failure' });
  });

  it('with a personal access token, updates the comment of the login set in comment-author', async () => {
    await api.close();
    api = await startGitHubApi({ token: 'ghp_personal_token', login: 'release-bot' });
    const asPat = (repo: string, inputs: Record<string, string> = {}) =>
      runAction({
        apiUrl: api.url,
        workspace: repo,
        eventName: 'pull_request',
        payload: pullRequestEvent,
        inputs: { 'github-token': 'ghp_personal_token', 'check-run': 'false', ...inputs },
      });
    const repo = await workspace(PASSING);
    const unset = await asPat(repo);
    expect(unset.code, unset.stdout).toBe(0);
    expect(unset.stdout).toMatch(
      /^::warning::The sign-off comment was posted as release-bot, but only comments by github-actions\[bot\] \(signoff.comment-author\) are updated: set comment-author: release-bot/m,
    );

    api.calls.length = 0;
    await writeFile(
      `${repo}/.github/shipgate.yml`,
      `${PASSING}signoff:\n  comment-author: release-bot\n`,
    );
    const configured = await asPat(repo);
    expect(configured.code, configured.stdout).toBe(0);
    expect(operations()).toEqual(['issues/list-comments 200', 'issues/update-comment 200']);
    expect(configured.stdout).not.toContain('::warning::');
    expect(configured.outputs['comment-url']).toBe(unset.outputs['comment-url']);

    // The input overrides the config: back to the Actions bot, whose comment does not exist.
    api.calls.length = 0;
    const overridden = await asPat(repo, { 'comment-author': 'github-actions[bot]' });
    expect(operations()).toEqual(['issues/list-comments 200', 'issues/create-comment 201']);
    expect(overridden.stdout).toMatch(
      /^::warning::The sign-off comment was posted as release-bot/m,
    );
    expect(api.comments.map((c) => c.login)).toEqual(['release-bot', 'release-bot']);
  });

  it('annotates findings on their file and line, and writes SARIF', async () => {
    const repo = await workspace(LINTED, { 'app.py': LINT_ME });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { sarif: 'out/shipgate.sarif' },
    });
    const annotations = api.checkRuns[0]?.annotations as {
      path: string;
      start_line: number;
      message: string;
    }[];
    expect(annotations.length, run.stdout).toBeGreaterThanOrEqual(3);
    expect(annotations).toContainEqual(expect.objectContaining({ path: 'app.py', start_line: 1 }));
    const sarif = JSON.parse(await readFile(run.outputs.sarif ?? '', 'utf8')) as {
      runs: {
        tool: { driver: { name: string } };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(run.outputs.sarif).toBe(`${repo}/out/shipgate.sarif`);
    expect(sarif.runs[0]?.tool.driver.name).toBe('Shipgate flake8');
    expect(sarif.runs[0]?.results).toHaveLength(annotations.length);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'app.py',
    );
    // The comment links each blocking finding to its line at the head commit, and its rule.
    expect(api.comments[0]?.body.slice(0, 1500)).toContain(
      `[\`app.py:1:1\`](https://github.com/o/r/blob/${HEAD}/app.py#L1) [\`F401\`](https://flake8.pycqa.org/en/latest/user/error-codes.html): 'os' imported but unused`,
    );
  });

  it('logs each check as a group with its findings, and traces commands and API calls as debug lines', async () => {
    const repo = await workspace(
      `${LINTED}  commands:\n    - name: Build\n      run: "echo compiling; echo broken >&2; exit 3"\n`,
      { 'app.py': LINT_ME },
    );
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      env: { ACTIONS_STEP_DEBUG: 'true' },
    });
    // The group holds the tool's output, then the findings as Shipgate judged them.
    const flake8 = run.stdout.slice(run.stdout.indexOf('::group::FAIL  pre/flake8'));
    expect(flake8.slice(0, flake8.indexOf('::endgroup::'))).toMatch(
      /Findings \(\d+\):\nmedium   F401 app\.py:1:1: 'os' imported but unused\n/,
    );
    const build = run.stdout.slice(run.stdout.indexOf('::group::FAIL  pre/command/build'));
    expect(build.slice(0, build.indexOf('::endgroup::'))).toMatch(/compiling\nbroken\n/);
    expect(run.stdout).toMatch(
      /^::debug::pre\/command\/build: bash -c '.*echo compiling; echo broken >&2; exit 3' \(in .+\): exit code 3 after \d/m,
    );
    expect(run.stdout).toMatch(/^::debug::pre\/flake8: flake8 .* \(in .+\): exit code 1 after /m);
    expect(run.stdout).toMatch(
      /^::debug::GitHub API POST \/repos\/\{owner\}\/\{repo\}\/check-runs: 201 after /m,
    );
    expect(run.stdout).toMatch(
      /^::debug::GitHub API PATCH \/repos\/\{owner\}\/\{repo\}\/check-runs\/\{check_run_id\}: 200 after /m,
    );
  });

  it('gives a later step the counts and the rendered sign-off as outputs', async () => {
    const repo = await workspace(LINTED, { 'app.py': LINT_ME });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
    });
    const report = JSON.parse(await readFile(run.outputs.report ?? '', 'utf8')) as {
      checks: { findings: unknown[] }[];
    };
    const findings = report.checks.reduce((sum, check) => sum + check.findings.length, 0);
    expect(findings, run.stdout).toBeGreaterThanOrEqual(3);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      failed: '1',
      errors: '0',
      findings: String(findings),
      'new-findings': String(findings),
    });
    expect(run.outputs.markdown).toMatch(/shipgate-signoff\.md$/);
    expect(await readFile(run.outputs.markdown ?? '', 'utf8')).toBe(run.summary);
  });

  it('fails the step on an unusable report or sarif path alone: the comment and check run are still published', async () => {
    const repo = await workspace(PASSING, { 'taken/keep': '', blocked: 'a file' });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { report: 'taken', sarif: 'blocked/shipgate.sarif' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::Could not write the report to ${repo}/taken: it is a directory.`,
    );
    expect(run.stdout).toContain(
      `::error::Could not write the SARIF file to ${repo}/blocked/shipgate.sarif: a part of the path is a file, not a directory.`,
    );
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(api.comments).toHaveLength(1);
    expect(run.summary).toContain('Shipgate');
    expect(run.outputs).toMatchObject({ verdict: 'pass', failed: '0', errors: '0' });
    expect(run.outputs.report).toBeUndefined();
    expect(run.outputs.sarif).toBeUndefined();
    expect(run.outputs['comment-url']).toBeDefined();
  });

  it("degrades on a fork's read-only token: warnings name the permissions, log annotations, exit code follows the verdict", async () => {
    api.permissions = { checks: false, pullRequests: false };
    const repo = await workspace(LINTED, { 'app.py': LINT_ME });
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::warning::Shipgate could not create the check run: the token lacks `checks: write`/m,
    );
    expect(run.stdout).toMatch(
      /^::warning::Shipgate could not comment on the pull request: the token lacks `pull-requests: write`/m,
    );
    expect(run.stdout).toMatch(
      /^::(error|warning|notice) title=Code quality \(flake8\)%3A [^,]+,file=app\.py,line=1,endLine=1,col=1,endColumn=1::/m,
    );
    expect(run.summary).toMatch(/^## ❌ Shipgate failed: \d+ blocking findings/m);
    expect(api.callsTo('checks/create')).toHaveLength(1);
    expect(run.outputs['check-run-url']).toBeUndefined();
  });

  it('rides out a 502 from the API', async () => {
    api.inject({ operationId: 'checks/create', status: 502, body: { message: 'Bad Gateway' } });
    const run = await runAction({
      apiUrl: api.url,
      workspace: await workspace(PASSING),
      eventName: 'pull_request',
      payload: pullRequestEvent,
    });
    expect(run.code).toBe(0);
    expect(api.callsTo('checks/create').map((c) => c.status)).toEqual([502, 201]);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'success' });
  });

  it('waits out a secondary rate limit (retry-after: 1)', async () => {
    api.inject({
      operationId: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.',
      },
    });
    const run = await runAction({
      apiUrl: api.url,
      workspace: await workspace(PASSING),
      eventName: 'pull_request',
      payload: pullRequestEvent,
    });
    expect(run.code).toBe(0);
    expect(api.callsTo('issues/create-comment').map((c) => c.status)).toEqual([403, 201]);
    expect(run.stdout).toMatch(/secondary rate limit on POST .* retrying in 1s/);
  });

  it('lands a deployment_status sign-off on the pull request of the deployed commit', async () => {
    const deployed = '4'.repeat(40);
    api.pulls.set(deployed, [{ number: 12, state: 'open', head: { sha: deployed } }]);
    const run = await runAction({
      apiUrl: api.url,
      workspace: await workspace(PASSING),
      eventName: 'deployment_status',
      payload: {
        deployment_status: { state: 'success', environment_url: 'https://preview.example.com' },
        deployment: { sha: deployed, environment: 'Preview' },
        repository,
      },
      inputs: { phase: 'pre', 'comment-key': 'post-deploy' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(api.callsTo('repos/list-pull-requests-associated-with-commit')[0]?.path).toBe(
      `/repos/o/r/commits/${deployed}/pulls`,
    );
    expect(api.comments[0]?.issue).toBe(12);
    expect(api.comments[0]?.body).toMatch(/^<!-- shipgate:post-deploy -->/);
    expect(api.checkRuns[0]?.head_sha).toBe(deployed);
  });

  it('completes the check run as failure when the config is invalid', async () => {
    const run = await runAction({
      apiUrl: api.url,
      workspace: await workspace('pree:\n  commands: []\n'),
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { 'check-run': 'Deploy gate' },
    });
    expect(run.code).toBe(2);
    expect(operations()).toEqual(['checks/create 201', 'checks/update 200']);
    expect(api.checkRuns[0]).toMatchObject({
      name: 'Deploy gate',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(api.checkRuns[0]?.output.summary).toContain('unknown key "pree"');
    expect(run.stdout).toMatch(/^::error::Invalid Shipgate config/m);
  });

  it('is a usage error naming working-directory when it does not exist, not a green run', async () => {
    const repo = await workspace(PASSING);
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { 'working-directory': 'fronted' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`::error::working-directory ${repo}/fronted does not exist`);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.comments).toEqual([]);
  });

  it('is a usage error naming the config input when it leads out of the workspace, by path or symlink', async () => {
    const outside = await scratchRepo({ 'runner.yml': 'runner-secret-line: 1\n' });
    const repo = await workspace(PASSING, { 'ci/shipgate.yml': PASSING });
    await symlink(path.join(outside, 'runner.yml'), path.join(repo, 'ci/linked.yml'));
    const start = (config: string) =>
      runAction({
        apiUrl: api.url,
        workspace: repo,
        eventName: 'pull_request',
        payload: pullRequestEvent,
        inputs: { config },
      });

    const inside = await start('ci/shipgate.yml');
    expect(inside.code, inside.stdout).toBe(0);

    const relative = path.relative(repo, path.join(outside, 'runner.yml'));
    const byPath = await start(relative);
    expect(byPath.code).toBe(2);
    expect(byPath.stdout).toContain(
      `::error::Input 'config': ${relative} lies outside the workspace (${repo})`,
    );

    const bySymlink = await start('ci/linked.yml');
    expect(bySymlink.code).toBe(2);
    expect(bySymlink.stdout).toContain(
      `::error::Input 'config': ci/linked.yml resolves to ${await realpath(path.join(outside, 'runner.yml'))}, outside the workspace (${repo}): it is not read`,
    );
    for (const run of [byPath, bySymlink]) expect(run.stdout).not.toContain('runner-secret-line');
    expect(api.checkRuns.map((run) => run.conclusion)).toEqual(['success', 'failure', 'failure']);
    expect(JSON.stringify(api.checkRuns)).not.toContain('runner-secret-line');
  });

  it('completes the check run as cancelled when the workflow is cancelled mid-run', async () => {
    const run = await runAction({
      apiUrl: api.url,
      workspace: await workspace('pre:\n  commands:\n    - { name: Slow, run: "sleep 30" }\n'),
      eventName: 'pull_request',
      payload: pullRequestEvent,
      // A cancelled run gets SIGINT first, as the runner sends it.
      whileRunning: async (child) => {
        let log = '';
        child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
        await until(() => log.includes('▶ pre/command/slow'));
        child.kill('SIGINT');
      },
    });
    expect(run.code).toBe(130);
    // Well before the 30 s command would have ended on its own (the speed is in the bench).
    expect(run.wallMs).toBeLessThan(25_000);
    expect(operations()).toEqual(['checks/create 201', 'checks/update 200']);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(api.checkRuns[0]?.output.summary).toContain('The workflow run was cancelled (SIGINT).');
  });
});
