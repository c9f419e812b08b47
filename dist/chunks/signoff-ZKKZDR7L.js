import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DeadlineError,
  deadlineIn,
  within
} from "./chunk-5STN24DB.js";
import {
  commentMarker,
  createOnce,
  describeApiError,
  isPermissionDenied,
  upsertComment
} from "./chunk-RTVYEODI.js";
import {
  SURFACES
} from "./chunk-J4QCNNLS.js";
import {
  renderMarkdown,
  verdictTally
} from "./chunk-BKFSE73P.js";
import {
  BUDGETS,
  clip
} from "./chunk-UBWSTWLM.js";
import {
  codeBlock
} from "./chunk-CP5KLOYK.js";
import {
  locate
} from "./chunk-M5ASX7ZK.js";
import "./chunk-HQCFWBRV.js";
import "./chunk-BBOJJ26W.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import {
  severityRank
} from "./chunk-XG56XFHO.js";
import {
  SEVERITIES
} from "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/github/signoff.ts
import { randomUUID } from "node:crypto";

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

// src/github/check-run.ts
var OUTPUT_LIMIT = 65535;
var ref = (data) => ({
  id: data.id,
  url: data.html_url ?? ""
});
var bound = (deadline, extra = {}) => ({
  request: { ...deadline?.request, ...extra }
});
async function findCheckRun(octokit, repo, start, deadline, extra = {}) {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: start.headSha,
    check_name: start.name,
    filter: "all",
    per_page: 100,
    ...bound(deadline, extra)
  });
  const found = data.check_runs.find((run) => run.external_id === start.externalId);
  return found ? ref(found) : void 0;
}
async function createCheckRun(octokit, repo, start, fields, deadline) {
  return createOnce({
    find: () => findCheckRun(octokit, repo, start, deadline),
    create: async () => {
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name: start.name,
        head_sha: start.headSha,
        external_id: start.externalId,
        started_at: start.startedAt.toISOString(),
        ...start.detailsUrl ? { details_url: start.detailsUrl } : {},
        ...fields,
        ...bound(deadline, { retries: 0 })
      });
      return ref(data);
    },
    ...deadline ? { deadline } : {}
  });
}
function startCheckRun(octokit, repo, start, deadline) {
  const creating = createCheckRun(octokit, repo, start, { status: "in_progress" }, deadline);
  return deadline ? within(deadline, creating) : creating;
}
function ladder(result, first) {
  const fields = (output) => ({
    status: "completed",
    conclusion: result.conclusion,
    completed_at: result.completedAt.toISOString(),
    output: { title: clip(result.title, 255), ...output }
  });
  const oneLine = `${result.title}. The full sign-off is in the job summary.`;
  return [
    {
      output: "full",
      fields: fields({
        summary: result.summary,
        ...result.text ? { text: result.text } : {},
        ...first.length ? { annotations: [...first] } : {}
      })
    },
    {
      output: "trimmed",
      fields: fields({
        summary: clip(result.summary, Math.floor(OUTPUT_LIMIT / 2))
      })
    },
    { output: "minimal", fields: fields({ summary: clip(oneLine, 1e3) }) }
  ];
}
async function completeCheckRun(octokit, repo, run, result, deadline) {
  const [first = [], ...rest] = batches(result.annotations);
  const steps = ladder(result, first);
  let existing = "id" in run ? run : void 0;
  let lastError;
  let done;
  for (const [index, step] of steps.entries()) {
    if (deadline && deadline.remainingMs() <= 0) break;
    const timeoutMs = deadline ? Math.max(500, Math.floor(deadline.remainingMs() / (steps.length - index))) : void 0;
    const share = timeoutMs ? { timeoutMs } : {};
    const attempt = async () => {
      if (!existing && !("id" in run)) {
        existing = await findCheckRun(octokit, repo, run, deadline, share);
      }
      if (existing) {
        const { data } = await octokit.rest.checks.update({
          ...repo,
          check_run_id: existing.id,
          ...step.fields,
          ...bound(deadline, share)
        });
        return ref(data);
      }
      return createCheckRun(octokit, repo, run, step.fields, deadline);
    };
    try {
      done = {
        ...await (deadline ? within(deadline, attempt()) : attempt()),
        output: step.output
      };
      break;
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      if (error instanceof DeadlineError || isPermissionDenied(error)) break;
    }
  }
  if (!done) {
    throw lastError ?? new DeadlineError("no time was left to complete the check run");
  }
  if (done.output === "full") {
    for (const batch of rest) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: done.id,
        output: { title: clip(result.title, 255), summary: result.summary, annotations: batch },
        ...bound(deadline)
      });
    }
  }
  return done;
}

// src/github/pull-request.ts
function pickPullRequest(pulls, sha) {
  const open = pulls.filter((pull) => pull.state === "open");
  return (open.find((pull) => pull.head.sha === sha) ?? open[0] ?? pulls[0])?.number;
}
async function findPullRequest(octokit, repo, target, deadline) {
  const request = { ...deadline?.request };
  if (target.pullRequest !== void 0) return target.pullRequest;
  if (!target.lookupSha) return void 0;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: target.lookupSha,
    per_page: 100,
    request
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
    per_page: 100,
    request
  });
  return open.find(isHead)?.number;
}

// src/github/signoff.ts
var CHECKS_PERMISSION = "checks: write";
var COMMENT_PERMISSION = "pull-requests: write";
function checkRunStart(context, name) {
  return {
    name,
    headSha: context.target.headSha,
    startedAt: context.now(),
    externalId: `shipgate-${randomUUID()}`,
    ...context.runUrl ? { detailsUrl: context.runUrl } : {}
  };
}
async function openCheckRun(context, start, deadline) {
  try {
    return await startCheckRun(context.octokit, context.repo, start, deadline);
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
var bounded = (deadline, work) => deadline ? within(deadline, work) : work;
var moreAt = (runUrl, reportUrl) => `${runUrl ? `the [job summary](${runUrl})` : "the job summary"} and ${reportUrl ? `the [JSON report](${reportUrl})` : "the JSON report"}`;
var linked = ({ runUrl, blobBase, reportUrl }) => ({
  fullReportHint: moreAt(runUrl, reportUrl),
  ...runUrl ? { runUrl } : {},
  ...reportUrl ? { reportUrl } : {},
  ...blobBase ? { blobBase } : {}
});
function renderComment(report, key, links = {}) {
  return renderMarkdown(report, {
    ...SURFACES.comment,
    header: commentMarker(key),
    ...linked(links)
  });
}
async function publishSignoff(context, settings, report, checkRun, deadlineMs) {
  const deadlineFor = (what) => deadlineMs === void 0 ? void 0 : deadlineIn(deadlineMs, what);
  const commentUrl = settings.comment ? await postComment(context, settings, report, deadlineFor("Commenting on the pull request")) : void 0;
  const published = { ...commentUrl ? { commentUrl } : {}, logAnnotations: [] };
  if (settings["check-run"] === false) return published;
  const selected = selectAnnotations(report, settings["max-annotations"]);
  if (!checkRun) return { ...published, logAnnotations: logAnnotations(selected.annotations) };
  const deadline = deadlineFor("Completing the check run");
  const result = checkRunResult(report, selected, context, context.now());
  return { ...published, ...await completeRun(context, checkRun, result, deadline) };
}
async function postComment(context, settings, report, deadline) {
  const { octokit, repo, logger } = context;
  try {
    const issueNumber = await bounded(
      deadline,
      findPullRequest(octokit, repo, context.target, deadline)
    );
    if (issueNumber === void 0) {
      logger.info("No pull request for this commit: the sign-off comment is skipped.");
      return void 0;
    }
    const author = settings["comment-author"];
    const comment = await bounded(
      deadline,
      upsertComment(
        octokit,
        repo,
        {
          issueNumber,
          marker: commentMarker(settings["comment-key"]),
          body: renderComment(report, settings["comment-key"], context),
          author
        },
        deadline
      )
    );
    logger.info(`Sign-off ${comment.created ? "posted" : "updated"}: ${comment.url}`);
    if (comment.postedAs) {
      logger.warning(
        `The sign-off comment was posted as ${comment.postedAs}, but only comments by ${author} (signoff.comment-author) are updated: set comment-author: ${comment.postedAs} so that the next run updates it instead of adding another.`
      );
    }
    return comment.url;
  } catch (error) {
    logger.warning(describeApiError(error, "comment on the pull request", COMMENT_PERMISSION));
    return void 0;
  }
}
function checkRunResult(report, { annotations, total }, links, completedAt) {
  const left = total - annotations.length;
  const note = left ? `
_${plural(annotations.length, "finding")} annotated on the diff, highest severity first; ${left} more (over \`max-annotations\`) are in ${moreAt(links.runUrl, links.reportUrl)}._
` : "";
  return {
    conclusion: conclusionOf(report),
    title: `Shipgate ${report.verdict === "pass" ? "passed" : "failed"}: ${verdictTally(report)}`,
    summary: renderMarkdown(report, {
      ...SURFACES.checkRunSummary,
      budget: SURFACES.checkRunSummary.budget - note.length,
      ...linked(links)
    }) + note,
    text: renderMarkdown(report, { ...SURFACES.checkRunText, ...linked(links) }),
    annotations,
    completedAt
  };
}
async function completeRun(context, checkRun, result, deadline) {
  try {
    const done = await completeCheckRun(context.octokit, context.repo, checkRun, result, deadline);
    if (done.output === "full") return { checkRunUrl: done.url, logAnnotations: [] };
    context.logger.warning(
      `The check run was completed with ${done.output === "trimmed" ? "a trimmed summary" : "a one-line summary"} and no annotations, after GitHub refused the full output: the annotations are in the log.`
    );
    return { checkRunUrl: done.url, logAnnotations: logAnnotations(result.annotations) };
  } catch (error) {
    context.logger.warning(describeApiError(error, "complete the check run", CHECKS_PERMISSION));
    return { logAnnotations: logAnnotations(result.annotations) };
  }
}
var UNFINISHED = {
  failure: { title: "Shipgate could not run", heading: "\u{1F4A5} Shipgate could not run" },
  cancelled: { title: "Shipgate was cancelled", heading: "\u23F9\uFE0F Shipgate was cancelled" }
};
async function failCheckRun(context, checkRun, reason, conclusion = "failure", deadline) {
  const { title, heading } = UNFINISHED[conclusion];
  try {
    const done = await completeCheckRun(
      context.octokit,
      context.repo,
      checkRun,
      {
        conclusion,
        title,
        summary: `## ${heading}

${codeBlock(reason.slice(0, BUDGETS.checkRun - 200))}
${context.runUrl ? `
[Workflow run](${context.runUrl})
` : ""}`,
        annotations: [],
        completedAt: context.now()
      },
      deadline
    );
    return done.url;
  } catch (error) {
    context.logger.warning(describeApiError(error, "complete the check run", CHECKS_PERMISSION));
    return void 0;
  }
}
export {
  checkRunResult,
  checkRunStart,
  failCheckRun,
  openCheckRun,
  publishSignoff,
  renderComment
};
//# sourceMappingURL=signoff-ZKKZDR7L.js.map
