import type { Repo } from './context.ts';
import { createOnce } from './create-once.ts';
import type { Deadline } from './deadline.ts';
import type { GitHubClient } from './octokit.ts';

/** The hidden first line that finds the sign-off comment again: one comment per key. */
export function commentMarker(key: string): string {
  return `<!-- shipgate:${key} -->`;
}

export interface StickyComment {
  issueNumber: number;
  /** Must start the body; see commentMarker. */
  marker: string;
  body: string;
  /**
   * Whose comments may be updated: the login the token posts as (signoff.comment-author).
   * Matching the marker alone is not enough, since anyone can post a comment carrying it and
   * a write token could then be used to overwrite their text.
   */
  author: string;
}

export interface UpsertedComment {
  id: number;
  url: string;
  created: boolean;
  /**
   * Set when GitHub says the new comment is by another login than `author` (a personal
   * access token or an app's token): the next run will not find it, and will post again.
   */
  postedAs?: string;
}

/** Logins are case-insensitive on GitHub; the API answers with the canonical case. */
export const sameLogin = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/** The comment carrying the marker by the author, listed 100 a page up to the first match. */
async function findComment(
  octokit: GitHubClient,
  repo: Repo,
  comment: StickyComment,
  deadline?: Deadline,
): Promise<{ id: number; html_url: string; user?: { login: string } | null } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100,
    request: { ...deadline?.request },
  });
  for await (const page of pages) {
    const found = page.data.find(
      (c) => sameLogin(c.user?.login, comment.author) && (c.body ?? '').startsWith(comment.marker),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Creates the sign-off comment, or updates the one a previous run left (by id, so that
 * concurrent runs never add a second one). Comments are listed 100 a page and the listing
 * stops at the first match: two requests on a PR with fewer than 100 comments. A create
 * whose answer was lost (a 502 after GitHub posted it) looks again before posting again.
 */
export async function upsertComment(
  octokit: GitHubClient,
  repo: Repo,
  comment: StickyComment,
  deadline?: Deadline,
): Promise<UpsertedComment> {
  const existing = await findComment(octokit, repo, comment, deadline);
  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing.id,
      body: comment.body,
      request: { ...deadline?.request },
    });
    return { id: data.id, url: data.html_url, created: false };
  }
  const data = await createOnce({
    find: () => findComment(octokit, repo, comment, deadline),
    create: async () =>
      (
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: comment.issueNumber,
          body: comment.body,
          request: { ...deadline?.request, retries: 0 },
        })
      ).data,
    ...(deadline ? { deadline } : {}),
  });
  const postedAs = data.user?.login;
  return {
    id: data.id,
    url: data.html_url,
    created: true,
    ...(postedAs && !sameLogin(postedAs, comment.author) ? { postedAs } : {}),
  };
}
