import { describe, expect, it } from 'vitest';
import { signoffTarget, type GitHubContext } from '../../src/github/context.ts';
import { triggeringRun, triggeringRunCheck } from '../../src/github/workflow-run.ts';

const HEAD = 'a'.repeat(40);
const run = (overrides: Record<string, unknown> = {}) => ({
  workflow_run: {
    id: 5,
    name: 'CI',
    run_number: 12,
    event: 'pull_request',
    conclusion: 'failure',
    head_sha: HEAD,
    head_branch: 'patch-1',
    head_repository: { full_name: 'forker/r', owner: { login: 'forker' } },
    pull_requests: [],
    ...overrides,
  },
});
const context = (payload: unknown): GitHubContext => ({
  repo: { owner: 'o', repo: 'r' },
  eventName: 'workflow_run',
  payload,
  sha: 'd'.repeat(40),
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
});

describe('workflow_run: where a published sign-off goes', () => {
  it("targets a fork's head commit, and finds its PR by commit, then owner:branch, exactly", () => {
    expect(signoffTarget(context(run()))).toEqual({
      headSha: HEAD,
      lookupSha: HEAD,
      exactHead: true,
      lookupHead: 'forker:patch-1',
    });
  });

  it("takes the base repository's own PR from the event when its head is the commit", () => {
    const listed = run({ pull_requests: [{ number: 4, head: { sha: HEAD } }] });
    expect(signoffTarget(context(listed))).toEqual({ headSha: HEAD, pullRequest: 4 });
    const moved = run({ pull_requests: [{ number: 4, head: { sha: 'b'.repeat(40) } }] });
    expect(signoffTarget(context(moved))).toMatchObject({ lookupSha: HEAD, exactHead: true });
  });

  it('never falls back to GITHUB_SHA (the default branch) when the payload has no head commit', () => {
    expect(() => signoffTarget(context({ workflow_run: { id: 5 } }))).toThrow(
      'The workflow_run event has no workflow_run.head_sha',
    );
  });

  it("shows the triggering run's conclusion as an advisory check", () => {
    const triggering = triggeringRun('workflow_run', run());
    expect(triggering && triggeringRunCheck(triggering)).toMatchObject({
      id: 'signoff/triggering-run',
      title: 'Triggering run: CI #12',
      status: 'fail',
      blocking: false,
      summary: 'pull_request run from forker/r on aaaaaaaaaaaa: failure',
    });
    const passed = triggeringRun('workflow_run', run({ conclusion: 'success' }));
    expect(passed && triggeringRunCheck(passed).status).toBe('pass');
    expect(triggeringRun('push', run())).toBeUndefined();
  });
});
