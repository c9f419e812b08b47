import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  BUDGETS,
  clip,
  codeBlock,
  renderMarkdown,
  statusTally
} from "./chunk-5LHGVPZY.js";
import {
  locate
} from "./chunk-TDZ7VNTU.js";
import "./chunk-JWG6RZIF.js";
import {
  errorMessage
} from "./chunk-W4WQ2I6B.js";
import {
  plural
} from "./chunk-CUFLXAQW.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-5UPM4TRG.js";
import "./chunk-F7LEYGOF.js";

// src/github/annotations.ts
var ANNOTATION_LEVEL = {
  critical: "failure",
  high: "failure",
  medium: "warning",
  low: "notice",
  info: "notice"
};
var ANNOTATIONS_PER_REQUEST = 50;
function toAnnotation(found, checkTitle) {
  const finding = locate(found);
  if (!finding) return void 0;
  const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
  const columns = finding.column && endLine === finding.line ? {
    start_column: finding.column,
    end_column: Math.max(finding.column, finding.endColumn ?? finding.column)
  } : {};
  const details = [finding.hint, finding.url].filter(Boolean).join("\n");
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    ...columns,
    annotation_level: finding.waived ? "notice" : ANNOTATION_LEVEL[finding.severity],
    message: clip(
      `${finding.message || finding.rule}${finding.waived ? ` (waived: ${finding.waived})` : ""}`,
      4e3
    ),
    title: clip(`${checkTitle}: ${finding.rule} (${finding.severity})`, 255),
    ...details ? { raw_details: clip(details, 4e3) } : {}
  };
}
function selectAnnotations(report, max) {
  const rank = (finding) => severityRank(finding.severity) + (finding.waived ? SEVERITIES.length : 0);
  const located = report.checks.flatMap((check) => check.findings.map((finding) => ({ finding, check }))).sort((a, b) => rank(a.finding) - rank(b.finding)).map(({ finding, check }) => toAnnotation(finding, check.title)).filter((annotation) => annotation !== void 0);
  return { annotations: located.slice(0, Math.max(0, max)), total: located.length };
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
  const result = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
var LOG_COMMAND = { failure: "error", warning: "warning", notice: "notice" };
function logAnnotations(annotations, perKind = 10) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const result = [];
  for (const annotation of annotations) {
    const command = LOG_COMMAND[annotation.annotation_level];
    if (counts[command] >= perKind) continue;
    counts[command] += 1;
    result.push({
      command,
      message: annotation.message,
      properties: {
        title: annotation.title,
        file: annotation.path,
        startLine: annotation.start_line,
        endLine: annotation.end_line,
        ...annotation.start_column !== void 0 ? { startColumn: annotation.start_column } : {},
        ...annotation.end_column !== void 0 ? { endColumn: annotation.end_column } : {}
      }
    });
  }
  return result;
}

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

// src/github/check-run.ts
async function startCheckRun(octokit, repo, start) {
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: start.name,
    head_sha: start.headSha,
    status: "in_progress",
    started_at: start.startedAt.toISOString(),
    ...start.detailsUrl ? { details_url: start.detailsUrl } : {}
  });
  return { id: data.id, url: data.html_url ?? "" };
}
async function completeCheckRun(octokit, repo, run, result) {
  const [first = [], ...rest] = batches(result.annotations);
  const output = (annotations) => ({
    title: result.title,
    summary: result.summary,
    ...annotations.length ? { annotations: [...annotations] } : {}
  });
  const completion = {
    status: "completed",
    conclusion: result.conclusion,
    completed_at: result.completedAt.toISOString(),
    output: output(first)
  };
  const { data } = "id" in run ? await octokit.rest.checks.update({ ...repo, check_run_id: run.id, ...completion }) : await octokit.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: run.headSha,
    started_at: run.startedAt.toISOString(),
    ...run.detailsUrl ? { details_url: run.detailsUrl } : {},
    ...completion
  });
  for (const batch of rest) {
    await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, url: data.html_url ?? "" };
}

// src/github/pull-request.ts
function pickPullRequest(pulls, sha) {
  const open = pulls.filter((pull) => pull.state === "open");
  return (open.find((pull) => pull.head.sha === sha) ?? open[0] ?? pulls[0])?.number;
}
async function findPullRequest(octokit, repo, target) {
  if (target.pullRequest !== void 0) return target.pullRequest;
  if (!target.lookupSha) return void 0;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: target.lookupSha,
    per_page: 100
  });
  if (!target.exactHead) return pickPullRequest(data, target.lookupSha);
  const sha = target.lookupSha;
  const isHead = (pull) => pull.state === "open" && pull.head.sha === sha;
  const associated = data.find(isHead);
  if (associated || !target.lookupHead) return associated?.number;
  const { data: open } = await octokit.rest.pulls.list({
    ...repo,
    head: target.lookupHead,
    state: "open",
    per_page: 100
  });
  return open.find(isHead)?.number;
}

// src/github/sticky-comment.ts
function commentMarker(key) {
  return `<!-- shipgate:${key} -->`;
}
var sameLogin = (a, b) => a?.toLowerCase() === b.toLowerCase();
async function upsertComment(octokit, repo, comment) {
  let existing;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    existing = page.data.find(
      (c) => sameLogin(c.user?.login, comment.author) && (c.body ?? "").startsWith(comment.marker)
    )?.id;
    if (existing !== void 0) break;
  }
  if (existing !== void 0) {
    const { data: data2 } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing,
      body: comment.body
    });
    return { id: data2.id, url: data2.html_url, created: false };
  }
  const { data } = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: comment.issueNumber,
    body: comment.body
  });
  const postedAs = data.user?.login;
  return {
    id: data.id,
    url: data.html_url,
    created: true,
    ...postedAs && !sameLogin(postedAs, comment.author) ? { postedAs } : {}
  };
}

// src/github/signoff.ts
var CHECKS_PERMISSION = "checks: write";
var COMMENT_PERMISSION = "pull-requests: write";
async function openCheckRun(context, name) {
  const start = {
    name,
    headSha: context.target.headSha,
    startedAt: context.now(),
    ...context.runUrl ? { detailsUrl: context.runUrl } : {}
  };
  try {
    return await startCheckRun(context.octokit, context.repo, start);
  } catch (error) {
    context.logger.warning(describeApiError(error, "create the check run", CHECKS_PERMISSION));
    return isPermissionDenied(error) ? void 0 : start;
  }
}
function conclusionOf(report) {
  if (report.verdict === "fail") return "failure";
  return report.checks.some(
    (c) => c.status === "warn" || c.status === "fail" || c.status === "error"
  ) ? "neutral" : "success";
}
var moreAt = (runUrl) => runUrl ? `the [job summary](${runUrl}) and the JSON report` : "the job summary and the JSON report";
function renderComment(report, key, runUrl) {
  return renderMarkdown(report, {
    header: commentMarker(key),
    budget: BUDGETS.comment,
    fullReportHint: moreAt(runUrl),
    ...runUrl ? { runUrl } : {}
  });
}
async function publishSignoff(context, settings, report, checkRun) {
  const { octokit, repo, logger } = context;
  const published = { logAnnotations: [] };
  if (settings.comment) {
    try {
      const issueNumber = await findPullRequest(octokit, repo, context.target);
      if (issueNumber === void 0) {
        logger.info("No pull request for this commit: the sign-off comment is skipped.");
      } else {
        const author = settings["comment-author"];
        const comment = await upsertComment(octokit, repo, {
          issueNumber,
          marker: commentMarker(settings["comment-key"]),
          body: renderComment(report, settings["comment-key"], context.runUrl),
          author
        });
        published.commentUrl = comment.url;
        logger.info(`Sign-off ${comment.created ? "posted" : "updated"}: ${comment.url}`);
        if (comment.postedAs) {
          logger.warning(
            `The sign-off comment was posted as ${comment.postedAs}, but only comments by ${author} (signoff.comment-author) are updated: set comment-author: ${comment.postedAs} so that the next run updates it instead of adding another.`
          );
        }
      }
    } catch (error) {
      logger.warning(describeApiError(error, "comment on the pull request", COMMENT_PERMISSION));
    }
  }
  if (settings["check-run"] === false) return published;
  const { annotations, total } = selectAnnotations(report, settings["max-annotations"]);
  if (!checkRun) {
    published.logAnnotations = logAnnotations(annotations);
    return published;
  }
  const left = total - annotations.length;
  const note = left ? `
_${plural(annotations.length, "finding")} annotated on the diff, highest severity first; ${left} more (over \`max-annotations\`) are in ${moreAt(context.runUrl)}._
` : "";
  try {
    const done = await completeCheckRun(octokit, repo, checkRun, {
      conclusion: conclusionOf(report),
      title: `Shipgate ${report.verdict === "pass" ? "passed" : "failed"}: ${statusTally(report.checks)}`,
      summary: renderMarkdown(report, {
        budget: BUDGETS.checkRun - note.length,
        fullReportHint: moreAt(context.runUrl),
        ...context.runUrl ? { runUrl: context.runUrl } : {}
      }) + note,
      annotations,
      completedAt: context.now()
    });
    published.checkRunUrl = done.url;
  } catch (error) {
    logger.warning(describeApiError(error, "complete the check run", CHECKS_PERMISSION));
    published.logAnnotations = logAnnotations(annotations);
  }
  return published;
}
var UNFINISHED = {
  failure: { title: "Shipgate could not run", heading: "\u{1F4A5} Shipgate could not run" },
  cancelled: { title: "Shipgate was cancelled", heading: "\u23F9\uFE0F Shipgate was cancelled" }
};
async function failCheckRun(context, checkRun, reason, conclusion = "failure") {
  const { title, heading } = UNFINISHED[conclusion];
  try {
    const done = await completeCheckRun(context.octokit, context.repo, checkRun, {
      conclusion,
      title,
      summary: `## ${heading}

${codeBlock(reason.slice(0, BUDGETS.checkRun - 200))}
${context.runUrl ? `
[Workflow run](${context.runUrl})
` : ""}`,
      annotations: [],
      completedAt: context.now()
    });
    return done.url;
  } catch (error) {
    context.logger.warning(describeApiError(error, "complete the check run", CHECKS_PERMISSION));
    return void 0;
  }
}
export {
  CHECKS_PERMISSION,
  COMMENT_PERMISSION,
  conclusionOf,
  failCheckRun,
  openCheckRun,
  publishSignoff,
  renderComment
};
//# sourceMappingURL=signoff-PSLHKNZP.js.map
