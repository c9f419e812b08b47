import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.ts';
import { findPullRequest } from '../../src/github/pull-request.ts';

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const repo = { owner: 'o', repo: 'r' };
const pull = (number: number, state: string, sha: string) => ({ number, state, head: { sha } });

/** The two endpoints findPullRequest asks, answering from the given lists; it records the calls. */
function octokit(associated: ReturnType<typeof pull>[], fromHead: ReturnType<typeof pull>[] = []) {
  const calls: string[] = [];
  const client = {
    rest: {
      repos: {
        listPullRequestsAssociatedWithCommit: ({ commit_sha }: { commit_sha: string }) => {
          calls.push(`commits/${commit_sha.slice(0, 1)}/pulls`);
          return Promise.resolve({ data: associated });
        },
      },
      pulls: {
        list: ({ head }: { head: string }) => {
          calls.push(`pulls?head=${head}`);
          return Promise.resolve({ data: fromHead });
        },
      },
    },
  };
  return { client: client as unknown as GitHubClient, calls };
}

describe('findPullRequest', () => {
  it('takes the number the event named, asking nothing', async () => {
    const { client, calls } = octokit([]);
    expect(await findPullRequest(client, repo, { headSha: SHA, pullRequest: 7 })).toBe(7);
    expect(calls).toEqual([]);
  });

  it('has none for an event that gives nothing to look up', async () => {
    const { client, calls } = octokit([pull(1, 'open', SHA)]);
    expect(await findPullRequest(client, repo, { headSha: SHA })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('prefers an open PR whose head is the commit, then any open PR, then a merged one', async () => {
    const target = { headSha: SHA, lookupSha: SHA };
    const both = octokit([pull(1, 'closed', SHA), pull(2, 'open', OTHER), pull(3, 'open', SHA)]);
    expect(await findPullRequest(both.client, repo, target)).toBe(3);
    const openOnly = octokit([pull(1, 'closed', SHA), pull(2, 'open', OTHER)]);
    expect(await findPullRequest(openOnly.client, repo, target)).toBe(2);
    const merged = octokit([pull(1, 'closed', SHA)]);
    expect(await findPullRequest(merged.client, repo, target)).toBe(1);
    expect(await findPullRequest(octokit([]).client, repo, target)).toBeUndefined();
  });

  it('takes only an open PR whose head is the commit when the head must be exact', async () => {
    const target = { headSha: SHA, lookupSha: SHA, exactHead: true };
    const { client, calls } = octokit([pull(1, 'closed', SHA), pull(2, 'open', OTHER)]);
    expect(await findPullRequest(client, repo, target)).toBeUndefined();
    expect(calls).toEqual(['commits/a/pulls']);
  });

  it("looks among the fork branch's open PRs when the commit lookup has none", async () => {
    const target = { headSha: SHA, lookupSha: SHA, exactHead: true, lookupHead: 'forker:patch-1' };
    const { client, calls } = octokit([], [pull(4, 'open', OTHER), pull(5, 'open', SHA)]);
    expect(await findPullRequest(client, repo, target)).toBe(5);
    expect(calls).toEqual(['commits/a/pulls', 'pulls?head=forker:patch-1']);
  });
});
