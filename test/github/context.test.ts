import { describe, expect, it } from 'vitest';
import {
  blobBase,
  changeBase,
  readGitHubContext,
  signoffTarget,
  type GitHubContext,
} from '../../src/github/context.ts';
import { UsageError } from '../../src/util/errors.ts';

const base = 'a'.repeat(40);
const head = 'b'.repeat(40);
const GITHUB_SHA = 'd'.repeat(40);
const payload = { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } };

const context = (eventName: string, event: unknown = {}): GitHubContext => ({
  repo: { owner: 'o', repo: 'r' },
  eventName,
  payload: event,
  sha: GITHUB_SHA,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
});

describe('readGitHubContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA,
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_RUN_ID: '42',
  };

  it("reads the run's repository, event, commit and run page", () => {
    expect(readGitHubContext(env, () => '{"ref":"refs/heads/main"}')).toEqual({
      repo: { owner: 'octo', repo: 'shop' },
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
      sha: GITHUB_SHA,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/octo/shop/actions/runs/42',
    });
  });

  it("takes a GHES host's server and API URLs without their trailing slashes", () => {
    const ghes = readGitHubContext(
      {
        ...env,
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      },
      () => '{}',
    );
    expect(ghes).toMatchObject({
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
      runUrl: 'https://ghe.example.com/octo/shop/actions/runs/42',
    });
  });

  it('reads a missing or unreadable event payload as an empty one', () => {
    const unreadable = () => {
      throw new Error('ENOENT');
    };
    expect(readGitHubContext(env, unreadable).payload).toEqual({});
    expect(readGitHubContext(env, () => 'not json').payload).toEqual({});
    const withoutPath = { ...env, GITHUB_EVENT_PATH: undefined };
    expect(readGitHubContext(withoutPath, unreadable).payload).toEqual({});
  });

  it('has no run page without GITHUB_RUN_ID', () => {
    const withoutRun = { ...env, GITHUB_RUN_ID: undefined };
    expect(readGitHubContext(withoutRun, () => '{}')).not.toHaveProperty('runUrl');
  });

  it('refuses a GITHUB_REPOSITORY that is not owner/repo: not in GitHub Actions', () => {
    expect(() => readGitHubContext({ ...env, GITHUB_REPOSITORY: 'shop' }, () => '{}')).toThrow(
      new UsageError(
        'GITHUB_REPOSITORY is "shop", expected owner/repo: is this running in GitHub Actions?',
      ),
    );
    expect(() => readGitHubContext({}, () => '{}')).toThrow('GITHUB_REPOSITORY is ""');
  });
});

describe('signoffTarget', () => {
  it("targets a pull request's head commit, not GITHUB_SHA (its merge commit), with its number", () => {
    expect(signoffTarget(context('pull_request', payload))).toEqual({
      headSha: head,
      pullRequest: 7,
    });
    expect(signoffTarget(context('pull_request_target', payload))).toEqual({
      headSha: head,
      pullRequest: 7,
    });
  });

  it('reads a pull request from the payload of pull_request events only', () => {
    expect(signoffTarget(context('push', payload))).toEqual({
      headSha: GITHUB_SHA,
      lookupSha: GITHUB_SHA,
    });
  });

  it('targets the pushed commit and looks its pull request up', () => {
    expect(signoffTarget(context('push'))).toEqual({ headSha: GITHUB_SHA, lookupSha: GITHUB_SHA });
    expect(signoffTarget(context('workflow_dispatch'))).toEqual({
      headSha: GITHUB_SHA,
      lookupSha: GITHUB_SHA,
    });
  });

  it("targets a deployment's own commit and looks its pull request up", () => {
    const deployment = { deployment: { sha: head } };
    expect(signoffTarget(context('deployment', deployment))).toEqual({
      headSha: head,
      lookupSha: head,
    });
    expect(signoffTarget(context('deployment_status', deployment))).toEqual({
      headSha: head,
      lookupSha: head,
    });
  });

  it('targets GITHUB_SHA with no pull request for other events', () => {
    expect(signoffTarget(context('schedule'))).toEqual({ headSha: GITHUB_SHA });
    // A pull_request event whose payload names no pull request has none to sign off on.
    expect(signoffTarget(context('pull_request', {}))).toEqual({ headSha: GITHUB_SHA });
  });

  it('looks nothing up without a commit', () => {
    expect(signoffTarget({ ...context('push'), sha: '' })).toEqual({ headSha: '' });
  });

  describe('workflow_run', () => {
    const run = (overrides: Record<string, unknown> = {}) => ({
      workflow_run: {
        id: 5,
        event: 'pull_request',
        head_sha: head,
        head_branch: 'patch-1',
        head_repository: { full_name: 'forker/r', owner: { login: 'forker' } },
        pull_requests: [],
        ...overrides,
      },
    });

    it("targets a fork's head commit, and finds its PR by commit, then owner:branch, exactly", () => {
      expect(signoffTarget(context('workflow_run', run()))).toEqual({
        headSha: head,
        lookupSha: head,
        exactHead: true,
        lookupHead: 'forker:patch-1',
      });
    });

    it("takes the base repository's own PR from the event when its head is the commit", () => {
      const listed = run({ pull_requests: [{ number: 4, head: { sha: head } }] });
      expect(signoffTarget(context('workflow_run', listed))).toEqual({
        headSha: head,
        pullRequest: 4,
      });
    });

    it('looks the PR up by the exact commit when the listed PR has moved on', () => {
      const moved = run({ pull_requests: [{ number: 4, head: { sha: 'c'.repeat(40) } }] });
      expect(signoffTarget(context('workflow_run', moved))).toEqual({
        headSha: head,
        lookupSha: head,
        exactHead: true,
        lookupHead: 'forker:patch-1',
      });
    });

    it('never falls back to GITHUB_SHA (the default branch) when the payload has no head commit', () => {
      expect(() => signoffTarget(context('workflow_run', { workflow_run: { id: 5 } }))).toThrow(
        new UsageError(
          'The workflow_run event has no workflow_run.head_sha: cannot tell which commit to sign off.',
        ),
      );
    });
  });
});

describe('changeBase', () => {
  it('a pull_request event: its base, its head, fetched when missing', () => {
    expect(changeBase({ eventName: 'pull_request', payload })).toEqual({
      ref: base,
      prHead: head,
      fetch: true,
    });
  });

  it('no base for other events, nor for a payload without one', () => {
    // pull_request_target checks out the base branch: its diff against the base is empty.
    expect(changeBase({ eventName: 'pull_request_target', payload })).toBeUndefined();
    expect(changeBase({ eventName: 'push', payload })).toBeUndefined();
    expect(changeBase({ eventName: 'pull_request', payload: {} })).toBeUndefined();
    const option = { pull_request: { base: { sha: '--upload-pack=x' }, head: { sha: head } } };
    expect(changeBase({ eventName: 'pull_request', payload: option })).toBeUndefined();
  });
});

describe('blobBase', () => {
  it("links into a commit's files on the repository's server", () => {
    const ghes = { ...context('push'), serverUrl: 'https://ghe.example.com' };
    expect(blobBase(ghes, head)).toBe(`https://ghe.example.com/o/r/blob/${head}`);
  });
});
