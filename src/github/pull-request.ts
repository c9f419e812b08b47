import type { Repo, SignoffTarget } from './context.ts';
import type { Deadline } from './deadline.ts';
import type { GitHubClient } from './octokit.ts';

interface AssociatedPull {
  number: number;
  state: string;
  head: { sha: string };
}

/**
 * The pull request a commit belongs to, for events that do not name one (push, deployment,
 * workflow_dispatch): an open PR whose head is the commit first, then any open PR, then the
 * merged one (a production deployment of main lands on the PR that brought the commit in).
 * One request; undefined when there is none.
 */
function pickPullRequest(pulls: readonly AssociatedPull[], sha: string): number | undefined {
  const open = pulls.filter((pull) => pull.state === 'open');
  return (open.find((pull) => pull.head.sha === sha) ?? open[0] ?? pulls[0])?.number;
}

/**
 * The PR number for a sign-off target, asking GitHub only when the event did not say. With
 * `exactHead`, only an open PR whose head is the commit counts: first among those GitHub
 * associates with the commit, then among the open PRs from `lookupHead` (a fork's branch).
 */
export async function findPullRequest(
  octokit: GitHubClient,
  repo: Repo,
  target: SignoffTarget,
  deadline?: Deadline,
): Promise<number | undefined> {
  const request = { ...deadline?.request };
  if (target.pullRequest !== undefined) return target.pullRequest;
  if (!target.lookupSha) return undefined;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: target.lookupSha,
    per_page: 100,
    request,
  });
  if (!target.exactHead) return pickPullRequest(data, target.lookupSha);
  const sha = target.lookupSha;
  const isHead = (pull: AssociatedPull) => pull.state === 'open' && pull.head.sha === sha;
  const associated = data.find(isHead);
  if (associated || !target.lookupHead) return associated?.number;
  const { data: open } = await octokit.rest.pulls.list({
    ...repo,
    head: target.lookupHead,
    state: 'open',
    per_page: 100,
    request,
  });
  return open.find(isHead)?.number;
}
