import { describe, expect, it } from 'vitest';
import {
  missingReportsHint,
  triggeringRun,
  triggeringRunCheck,
  type TriggeringRun,
} from '../../src/github/workflow-run.ts';

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
    html_url: 'https://github.com/o/r/actions/runs/5',
    pull_requests: [],
    ...overrides,
  },
});
const triggering = (overrides: Record<string, unknown> = {}): TriggeringRun => {
  const parsed = triggeringRun('workflow_run', run(overrides));
  if (!parsed) throw new Error('expected a triggering run');
  return parsed;
};

describe('triggeringRun', () => {
  it("reads a fork's run: its commit, owner:branch and repository, with no pull request", () => {
    expect(triggering()).toEqual({
      id: 5,
      label: 'CI #12',
      event: 'pull_request',
      headSha: HEAD,
      headLabel: 'forker:patch-1',
      headRepository: 'forker/r',
      conclusion: 'failure',
      url: 'https://github.com/o/r/actions/runs/5',
    });
  });

  it('takes the listed pull request whose head is the run commit, and no other', () => {
    const listed = [
      { number: 3, head: { sha: 'b'.repeat(40) } },
      { number: 4, head: { sha: HEAD } },
    ];
    expect(triggering({ pull_requests: listed }).pullRequest).toBe(4);
    expect(triggering({ pull_requests: listed.slice(0, 1) })).not.toHaveProperty('pullRequest');
  });

  it('names a run without a name or number "workflow"', () => {
    expect(triggering({ name: null, run_number: null }).label).toBe('workflow');
  });

  it('is undefined for another event, or a payload without a full head commit', () => {
    expect(triggeringRun('push', run())).toBeUndefined();
    expect(triggeringRun('workflow_run', { workflow_run: { id: 5 } })).toBeUndefined();
    expect(triggeringRun('workflow_run', run({ head_sha: 'abc' }))).toBeUndefined();
  });
});

describe('triggeringRunCheck', () => {
  it("shows the triggering run's conclusion as an advisory check", () => {
    expect(triggeringRunCheck(triggering())).toMatchObject({
      id: 'signoff/triggering-run',
      title: 'Triggering run: CI #12',
      status: 'fail',
      blocking: false,
      summary: 'pull_request run from forker/r on aaaaaaaaaaaa: failure',
    });
  });

  it('passes on success, skips on skipped, and warns on a conclusion it does not know', () => {
    expect(triggeringRunCheck(triggering({ conclusion: 'success' })).status).toBe('pass');
    expect(triggeringRunCheck(triggering({ conclusion: 'skipped' })).status).toBe('skip');
    expect(triggeringRunCheck(triggering({ conclusion: 'cancelled' })).status).toBe('warn');
    expect(triggeringRunCheck(triggering({ conclusion: null }))).toMatchObject({
      status: 'warn',
      summary: 'pull_request run from forker/r on aaaaaaaaaaaa: no conclusion yet',
    });
  });
});

describe('missingReportsHint', () => {
  it('says a run that did not succeed may have stopped before uploading', () => {
    expect(missingReportsHint(triggering({ conclusion: 'cancelled' }))).toBe(
      'The triggering run CI #12 concluded cancelled: it may have stopped before uploading its reports.',
    );
  });

  it('has nothing to say of a successful or unfinished run', () => {
    expect(missingReportsHint(triggering({ conclusion: 'success' }))).toBeUndefined();
    expect(missingReportsHint(triggering({ conclusion: null }))).toBeUndefined();
  });
});
