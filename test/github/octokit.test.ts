import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadlineIn } from '../../src/github/deadline.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';

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

const client = () =>
  createOctokit({
    token: TOKEN,
    baseUrl: api.url,
    logger: { info: () => {}, debug: () => {}, warning: (message) => warnings.push(message) },
    // 10 ms per second of retry delay; 200 ms for an answer.
    retryAfterBaseValue: 10,
    requestTimeoutMs: 200,
  });

/** The check runs of HEAD, within a deadline far past the client's own limits. */
const listCheckRuns = (request: object = {}) =>
  client().rest.checks.listForRef({
    owner: 'o',
    repo: 'r',
    ref: HEAD,
    request: { ...deadlineIn(10_000, 'Listing the check runs').request, ...request },
  });

describe('the GitHub client', () => {
  it('gives up an attempt that is not answered within requestTimeoutMs, and tries again', async () => {
    api.inject({ operationId: 'checks/list-for-ref', blackHole: true });
    const { status } = await listCheckRuns();
    expect(status).toBe(200);
    expect(api.inFlight('checks/list-for-ref')).toBe(1); // the first attempt, abandoned
  });

  it("lets a call shorten its attempts' limit, never lengthen it", async () => {
    api.inject({ operationId: 'checks/list-for-ref', blackHole: true });
    const { status } = await listCheckRuns({ timeoutMs: 60_000 });
    expect(status).toBe(200);
  });

  it('tries again when a success arrives cut off mid-body, rather than taking the cut-off text', async () => {
    api.inject({ operationId: 'checks/list-for-ref', cutMidBody: true });
    const { data } = await listCheckRuns();
    expect(data).toEqual({ total_count: 0, check_runs: [] });
    expect(api.callsTo('checks/list-for-ref').map((call) => call.status)).toEqual([200, 200]);
  });

  it('sends nothing more past a 429 than retry-after allows: no blind retries after 1, 4 and 9 s', async () => {
    api.inject({
      operationId: 'checks/list-for-ref',
      status: 429,
      headers: { 'retry-after': '600' },
      body: { message: 'You have exceeded a secondary rate limit.' },
      times: 10,
    });
    await expect(listCheckRuns()).rejects.toMatchObject({ status: 429 });
    expect(api.callsTo('checks/list-for-ref')).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit on GET .* giving up \(retry-after 600s/),
    ]);
  });

  it("waits out a 429's retry-after when it fits, then goes on", async () => {
    api.inject({
      operationId: 'checks/list-for-ref',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const { status } = await listCheckRuns();
    expect(status).toBe(200);
    expect(api.callsTo('checks/list-for-ref').map((call) => call.status)).toEqual([429, 200]);
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit on GET .* retrying in 1s/),
    ]);
  });
});
