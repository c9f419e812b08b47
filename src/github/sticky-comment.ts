import type { Repo } from './context.ts';
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
const sameLogin = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/**
 * Creates the sign-off comment, or updates the one a previous run left (by id, so that
 * concurrent runs never add a second one). Comments are listed 100 a page and the listing
 * stops at the first match: two requests on a PR with fewer than 100 comments.
 */
export async function upsertComment(
  octokit: GitHubClient,
  repo: Repo,
  comment: StickyComment,
): Promise<UpsertedComment> {
  let existing: number | undefined;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    existing = page.data.find(
      (c) => sameLogin(c.user?.login, comment.author) && (c.body ?? '').startsWith(comment.marker),
    )?.id;
    if (existing !== undefined) break;
  }
  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing,
      body: comment.body,
    });
    return { id: data.id, url: data.html_url, created: false };
  }
  const { data } = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: comment.issueNumber,
    body: comment.body,
  });
  const postedAs = data.user?.login;
  return {
    id: data.id,
    url: data.html_url,
    created: true,
    ...(postedAs && !sameLogin(postedAs, comment.author) ? { postedAs } : {}),
  };
}
