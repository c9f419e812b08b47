import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/model.ts';
import { scratchRepo } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
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
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::only: "pre\/flake9" matches no check of this run/m);
  });
});
