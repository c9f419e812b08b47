import type { Repo } from './context.ts';
import type { GitHubClient } from './octokit.ts';

/**
 * Whose comments Shipgate may edit: the Actions token's identity. Matching the marker alone
 * is not enough, since anyone can post a comment carrying it and a write token could then be
 * used to overwrite their text.
 */
export const COMMENT_AUTHOR = 'github-actions[bot]';

/** The hidden first line that finds the sign-off comment again: one comment per key. */
export function commentMarker(key: string): string {
  return `<!-- shipgate:${key} -->`;
}

export interface StickyComment {
  issueNumber: number;
  /** Must start the body; see commentMarker. */
  marker: string;
  body: string;
  author?: string;
}

/**
 * Creates the sign-off comment, or updates the one a previous run left (by id, so that
 * concurrent runs never add a second one). Comments are listed 100 a page and the listing
 * stops at the first match: two requests on a PR with fewer than 100 comments.
 */
export async function upsertComment(
  octokit: GitHubClient,
  repo: Repo,
  comment: StickyComment,
): Promise<{ id: number; url: string; created: boolean }> {
  const author = comment.author ?? COMMENT_AUTHOR;
  let existing: number | undefined;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    existing = page.data.find(
      (c) => c.user?.login === author && (c.body ?? '').startsWith(comment.marker),
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
  return { id: data.id, url: data.html_url, created: true };
}
