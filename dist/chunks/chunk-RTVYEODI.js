import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  errorMessage
} from "./chunk-HQCFWBRV.js";

// src/github/api-errors.ts
var asApiError = (error) => typeof error === "object" && error !== null ? error : {};
function isPermissionDenied(error) {
  return asApiError(error).status === 403 && !/rate limit/i.test(errorMessage(error));
}
function describeApiError(error, action, permission) {
  const { status, request, response } = asApiError(error);
  const message = errorMessage(error).split("\n")[0] ?? "";
  if (isPermissionDenied(error)) {
    return `Shipgate could not ${action}: the token lacks \`${permission}\` (403 ${message}). Add \`${permission}\` to the job's permissions: block. Pull requests from forks and Dependabot get a read-only token; there the sign-off is in the job summary and the log annotations only.`;
  }
  const where = request?.method && request.url ? ` (${request.method} ${request.url})` : "";
  const details = status === 422 && response?.data !== void 0 ? ` ${JSON.stringify(response.data).slice(0, 500)}` : "";
  return `Shipgate could not ${action}${status ? `: HTTP ${status}` : ""}${where}: ${message}${details}`;
}

// src/github/create-once.ts
import { setTimeout as sleep } from "node:timers/promises";
function mayHaveHappened(error) {
  if (typeof error !== "object" || error === null) return false;
  if (error.name === "DeadlineError") return false;
  const status = error.status;
  return status === void 0 || status >= 500;
}
async function createOnce(steps) {
  const backoff = steps.backoffMs ?? ((attempt) => attempt * attempt * 1e3);
  for (let attempt = 1; ; attempt++) {
    try {
      return await steps.create();
    } catch (error) {
      if (attempt >= 3 || !mayHaveHappened(error)) throw error;
      const found = await steps.find();
      if (found !== void 0) return found;
      const wait = backoff(attempt);
      if (steps.deadline && steps.deadline.remainingMs() <= wait) throw error;
      await sleep(wait, void 0, steps.deadline ? { signal: steps.deadline.signal } : {});
    }
  }
}

// src/github/sticky-comment.ts
function commentMarker(key) {
  return `<!-- shipgate:${key} -->`;
}
var sameLogin = (a, b) => a?.toLowerCase() === b.toLowerCase();
async function findComment(octokit, repo, comment, deadline) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100,
    request: { ...deadline?.request }
  });
  for await (const page of pages) {
    const found = page.data.find(
      (c) => sameLogin(c.user?.login, comment.author) && (c.body ?? "").startsWith(comment.marker)
    );
    if (found) return found;
  }
  return void 0;
}
async function upsertComment(octokit, repo, comment, deadline) {
  const existing = await findComment(octokit, repo, comment, deadline);
  if (existing !== void 0) {
    const { data: data2 } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing.id,
      body: comment.body,
      request: { ...deadline?.request }
    });
    return { id: data2.id, url: data2.html_url, created: false };
  }
  const data = await createOnce({
    find: () => findComment(octokit, repo, comment, deadline),
    create: async () => (await octokit.rest.issues.createComment({
      ...repo,
      issue_number: comment.issueNumber,
      body: comment.body,
      request: { ...deadline?.request, retries: 0 }
    })).data,
    ...deadline ? { deadline } : {}
  });
  const postedAs = data.user?.login;
  return {
    id: data.id,
    url: data.html_url,
    created: true,
    ...postedAs && !sameLogin(postedAs, comment.author) ? { postedAs } : {}
  };
}

export {
  isPermissionDenied,
  describeApiError,
  createOnce,
  commentMarker,
  sameLogin,
  upsertComment
};
//# sourceMappingURL=chunk-RTVYEODI.js.map
