import type { Repo } from '../github/context.ts';
import type { GitHubClient, Logger } from '../github/octokit.ts';
import { sameLogin } from '../github/sticky-comment.ts';

/** What the monitor's GitHub side needs, passed in by main.ts. Only `issues: write` is used. */
export interface MonitorGitHub {
  octokit: GitHubClient;
  repo: Repo;
  logger: Logger;
  /**
   * The login the token writes as (signoff.comment-author): only its issues are taken for
   * Shipgate's, since the history in them decides what is opened, closed and who is pinged.
   */
  author: string;
}

export const ISSUES_PERMISSION = 'issues: write';

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Makes sure the labels exist, with a colour and description for Shipgate's own: one lookup
 * each, a creation on 404, and a 422 (created meanwhile by a concurrent run) is fine.
 */
export async function ensureLabels(
  github: MonitorGitHub,
  labels: readonly { name: string; color: string; description: string }[],
): Promise<void> {
  for (const label of labels) {
    try {
      await github.octokit.rest.issues.getLabel({ ...github.repo, name: label.name });
    } catch (error) {
      if (status(error) !== 404) throw error;
      try {
        await github.octokit.rest.issues.createLabel({ ...github.repo, ...label });
      } catch (creating) {
        if (status(creating) !== 422) throw creating;
      }
    }
  }
}

export interface FoundIssue {
  number: number;
  url: string;
  body: string;
  open: boolean;
}

/**
 * The issues carrying `label` whose body starts with `marker`, written by the author, oldest
 * first (pull requests, which the issues listing also returns, excluded).
 */
export async function findIssues(
  github: MonitorGitHub,
  label: string,
  state: 'open' | 'all',
  marker: (body: string) => boolean,
): Promise<FoundIssue[]> {
  const found: FoundIssue[] = [];
  const pages = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
    ...github.repo,
    labels: label,
    state,
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      const body = issue.body ?? '';
      if (issue.pull_request || !sameLogin(issue.user?.login, github.author) || !marker(body))
        continue;
      found.push({ number: issue.number, url: issue.html_url, body, open: issue.state === 'open' });
    }
  }
  return found;
}
