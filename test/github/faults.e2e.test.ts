import { existsSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scratchRepo, until } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
import { BUNDLED_ACTION, runAction } from './run-action.ts';

/**
 * The bundled action against a misbehaving GitHub: refused completions, long rate limits,
 * an API that never answers, answers lost or cut off after the work was done, and a
 * cancellation while a request is in flight.
 */

const HEAD = '1'.repeat(40);
const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'o/r' } },
    base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
  repository: { name: 'r', full_name: 'o/r', owner: { login: 'o' } },
};
const FAILING = 'pre:\n  commands:\n    - name: Migrations ready\n      run: "exit 3"\n';
const SLOW = 'pre:\n  commands:\n    - { name: Slow, run: "sleep 30" }\n';

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

const run = async (config: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({
    apiUrl: api.url,
    workspace: await scratchRepo({ '.github/shipgate.yml': config }),
    eventName: 'pull_request',
    payload: pullRequestEvent,
    ...extra,
  });
const statuses = (operationId: string) => api.callsTo(operationId).map((call) => call.status);

describe('a check run is never left in progress', () => {
  it('steps down to a trimmed output when GitHub refuses the full one with a 422', async () => {
    api.inject({ operationId: 'checks/update', status: 422, body: { message: 'Invalid' } });
    const result = await run(FAILING);
    expect(result.code).toBe(1);
    expect(statuses('checks/update')).toEqual([422, 200]);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.checkRuns[0]?.output.summary).toContain('## ❌ Shipgate failed:');
    expect(result.stdout).toMatch(
      /^::warning::The check run was completed with a trimmed summary/m,
    );
  });

  it('does not sit out a secondary rate limit longer than its deadline', async () => {
    api.inject({
      operationId: 'checks/update',
      status: 403,
      headers: { 'retry-after': '600' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const result = await run(FAILING);
    expect(result.code).toBe(1);
    expect(statuses('checks/update')).toEqual([403, 200]);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(result.stdout).toMatch(/secondary rate limit on PATCH .* giving up \(retry-after 600s/);
    expect(result.wallMs).toBeLessThan(20_000);
  });

  it('completes it when GitHub never answers the completing update: the next step is tried in time', async () => {
    api.inject({ operationId: 'checks/update', blackHole: true });
    const result = await run(`${FAILING}signoff:\n  deadline: 9s\n`);
    expect(result.code).toBe(1);
    expect(api.inFlight('checks/update')).toBe(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(result.outputs['check-run-url']).toBe(
      `https://github.com/o/r/runs/${api.checkRuns[0]?.id}`,
    );
  });

  it('completes the one check run whose create was answered with a body cut off mid-way', async () => {
    api.inject({ operationId: 'checks/create', cutMidBody: true });
    const result = await run(FAILING);
    expect(result.code).toBe(1);
    expect(statuses('checks/create')).toEqual([201]);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('completes as cancelled on SIGTERM while the create is still unanswered', async () => {
    api.inject({ operationId: 'checks/create', delayMs: 20_000 });
    let signalled = 0;
    const result = await run(SLOW, {
      whileRunning: async (child) => {
        await until(() => api.inFlight('checks/create') > 0, 20_000);
        signalled = performance.now();
        child.kill('SIGTERM');
      },
    });
    expect(result.code).toBe(143);
    expect(performance.now() - signalled).toBeLessThan(7500);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });
});

describe('nothing hangs', () => {
  it('writes the job summary and exits with the verdict when the API never answers', async () => {
    api.inject({ operationId: '*', blackHole: true, times: 1000 });
    const result = await run(`${FAILING}signoff:\n  deadline: 2s\n`);
    expect(result.code).toBe(1);
    expect(result.summary).toContain('## ❌ Shipgate failed:');
    expect(result.stdout).toMatch(/^::warning::Shipgate could not create the check run/m);
    expect(result.stdout).toMatch(/^::error::Shipgate verdict: fail/m);
    // Creating the check run and publishing get 2 s each.
    expect(result.wallMs).toBeLessThan(15_000);
  });
});

describe('creates are idempotent', () => {
  it('keeps one comment and one check run when GitHub answers 502 after creating them', async () => {
    api.inject({ operationId: 'checks/create', status: 502, afterHandling: true });
    api.inject({ operationId: 'issues/create-comment', status: 502, afterHandling: true });
    const result = await run(FAILING);
    expect(result.code).toBe(1);
    expect(statuses('checks/create')).toEqual([502]);
    expect(statuses('issues/create-comment')).toEqual([502]);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.comments).toHaveLength(1);
    expect(result.outputs['comment-url']).toContain(`issuecomment-${api.comments[0]?.id}`);
  });
});
