export const id = 363;
export const ids = [363];
export const modules = {

/***/ 8363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failCheckRun: () => (/* binding */ failCheckRun),
  openCheckRun: () => (/* binding */ openCheckRun),
  publishSignoff: () => (/* binding */ publishSignoff)
});

// UNUSED EXPORTS: CHECKS_PERMISSION, COMMENT_PERMISSION, conclusionOf, renderComment

// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/presentation.ts
var presentation = __webpack_require__(5760);
// EXTERNAL MODULE: ./src/report/render-markdown.ts
var render_markdown = __webpack_require__(2168);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/report/location.ts
var report_location = __webpack_require__(6335);
// EXTERNAL MODULE: ./src/core/model.ts + 1 modules
var model = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(432);
;// CONCATENATED MODULE: ./src/github/annotations.ts




/** How loud a finding is on the diff. */
const ANNOTATION_LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
/** The Checks API takes at most 50 annotations per request; each update appends. */
const ANNOTATIONS_PER_REQUEST = 50;
function toAnnotation(found, checkTitle) {
    const finding = (0,report_location/* locate */.x)(found);
    if (!finding)
        return undefined;
    const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
    // GitHub accepts columns only when the annotation starts and ends on the same line.
    const columns = finding.column && endLine === finding.line
        ? {
            start_column: finding.column,
            end_column: Math.max(finding.column, finding.endColumn ?? finding.column),
        }
        : {};
    const details = [finding.hint, finding.url].filter(Boolean).join('\n');
    return {
        path: finding.file,
        start_line: finding.line,
        end_line: endLine,
        ...columns,
        annotation_level: finding.waived ? 'notice' : ANNOTATION_LEVEL[finding.severity],
        message: (0,budget/* clip */.$Q)(`${finding.message || finding.rule}${finding.waived ? ` (waived: ${finding.waived})` : ''}`, 4000),
        title: (0,budget/* clip */.$Q)(`${checkTitle}: ${finding.rule} (${finding.severity})`, 255),
        ...(details ? { raw_details: (0,budget/* clip */.$Q)(details, 4000) } : {}),
    };
}
/**
 * The annotations for a report: every finding with a file and line, highest severity first
 * (waived ones last), at most `max`. `total` counts them all, for the summary to say how
 * many were left out.
 */
function selectAnnotations(report, max) {
    const rank = (finding) => (0,severity/* severityRank */.qs)(finding.severity) + (finding.waived ? model/* SEVERITIES */.oC.length : 0);
    const located = report.checks
        .flatMap((check) => check.findings.map((finding) => ({ finding, check })))
        .sort((a, b) => rank(a.finding) - rank(b.finding))
        .map(({ finding, check }) => toAnnotation(finding, check.title))
        .filter((annotation) => annotation !== undefined);
    return { annotations: located.slice(0, Math.max(0, max)), total: located.length };
}
/** `items` in consecutive batches of `size`. */
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}
const LOG_COMMAND = { failure: 'error', warning: 'warning', notice: 'notice' };
/**
 * The annotations worth printing as workflow commands: a step shows only 10 of each kind and
 * drops the rest silently, so this keeps the first `perKind` of each (the input is already
 * highest severity first).
 */
function logAnnotations(annotations, perKind = 10) {
    const counts = { error: 0, warning: 0, notice: 0 };
    const result = [];
    for (const annotation of annotations) {
        const command = LOG_COMMAND[annotation.annotation_level];
        if (counts[command] >= perKind)
            continue;
        counts[command] += 1;
        result.push({
            command,
            message: annotation.message,
            properties: {
                title: annotation.title,
                file: annotation.path,
                startLine: annotation.start_line,
                endLine: annotation.end_line,
                ...(annotation.start_column !== undefined ? { startColumn: annotation.start_column } : {}),
                ...(annotation.end_column !== undefined ? { endColumn: annotation.end_column } : {}),
            },
        });
    }
    return result;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/github/api-errors.ts

const asApiError = (error) => typeof error === 'object' && error !== null ? error : {};
/**
 * A 403 that no wait will fix: the token lacks a permission. Pull requests from forks and
 * Dependabot always get a read-only token. Rate-limit 403s are retried by the throttling
 * plugin and carry "rate limit" in the message when they still come through.
 */
function isPermissionDenied(error) {
    return asApiError(error).status === 403 && !/rate limit/i.test((0,errors/* errorMessage */.g)(error));
}
/**
 * One line that says what failed and what to do about it. A 422 names the request
 * (method and URL; never the body, which may quote tool output) so that the shape can be
 * checked against the API docs.
 */
function describeApiError(error, action, permission) {
    const { status, request, response } = asApiError(error);
    const message = (0,errors/* errorMessage */.g)(error).split('\n')[0] ?? '';
    if (isPermissionDenied(error)) {
        return `Shipgate could not ${action}: the token lacks \`${permission}\` (403 ${message}). Add \`${permission}\` to the job's permissions: block. Pull requests from forks and Dependabot get a read-only token; there the sign-off is in the job summary and the log annotations only.`;
    }
    const where = request?.method && request.url ? ` (${request.method} ${request.url})` : '';
    const details = status === 422 && response?.data !== undefined
        ? ` ${JSON.stringify(response.data).slice(0, 500)}`
        : '';
    return `Shipgate could not ${action}${status ? `: HTTP ${status}` : ''}${where}: ${message}${details}`;
}

;// CONCATENATED MODULE: ./src/github/check-run.ts

/** Created as soon as the run starts, so that the PR shows the check as running. */
async function startCheckRun(octokit, repo, start) {
    const { data } = await octokit.rest.checks.create({
        ...repo,
        name: start.name,
        head_sha: start.headSha,
        status: 'in_progress',
        started_at: start.startedAt.toISOString(),
        ...(start.detailsUrl ? { details_url: start.detailsUrl } : {}),
    });
    return { id: data.id, url: data.html_url ?? '' };
}
/**
 * Completes the check run with its output and the first 50 annotations in one request (or
 * creates it completed when it was never started), then appends the remaining annotations
 * 50 per request, as the Checks API allows: 1 + ceil(annotations / 50) requests in all
 * when it was started, max(1, ceil(annotations / 50)) when not.
 */
async function completeCheckRun(octokit, repo, run, result) {
    const [first = [], ...rest] = batches(result.annotations);
    const output = (annotations) => ({
        title: result.title,
        summary: result.summary,
        ...(annotations.length ? { annotations: [...annotations] } : {}),
    });
    const completion = {
        status: 'completed',
        conclusion: result.conclusion,
        completed_at: result.completedAt.toISOString(),
        output: output(first),
    };
    const { data } = 'id' in run
        ? await octokit.rest.checks.update({ ...repo, check_run_id: run.id, ...completion })
        : await octokit.rest.checks.create({
            ...repo,
            name: run.name,
            head_sha: run.headSha,
            started_at: run.startedAt.toISOString(),
            ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
            ...completion,
        });
    // One at a time: the throttling plugin serialises writes anyway, and order keeps the
    // highest-severity annotations first on GitHub too.
    for (const batch of rest) {
        await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) });
    }
    return { id: data.id, url: data.html_url ?? '' };
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * The pull request a commit belongs to, for events that do not name one (push, deployment,
 * workflow_dispatch): an open PR whose head is the commit first, then any open PR, then the
 * merged one (a production deployment of main lands on the PR that brought the commit in).
 * One request; undefined when there is none.
 */
function pickPullRequest(pulls, sha) {
    const open = pulls.filter((pull) => pull.state === 'open');
    return (open.find((pull) => pull.head.sha === sha) ?? open[0] ?? pulls[0])?.number;
}
/**
 * The PR number for a sign-off target, asking GitHub only when the event did not say. With
 * `exactHead`, only an open PR whose head is the commit counts: first among those GitHub
 * associates with the commit, then among the open PRs from `lookupHead` (a fork's branch).
 */
async function findPullRequest(octokit, repo, target) {
    if (target.pullRequest !== undefined)
        return target.pullRequest;
    if (!target.lookupSha)
        return undefined;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: target.lookupSha,
        per_page: 100,
    });
    if (!target.exactHead)
        return pickPullRequest(data, target.lookupSha);
    const sha = target.lookupSha;
    const isHead = (pull) => pull.state === 'open' && pull.head.sha === sha;
    const associated = data.find(isHead);
    if (associated || !target.lookupHead)
        return associated?.number;
    const { data: open } = await octokit.rest.pulls.list({
        ...repo,
        head: target.lookupHead,
        state: 'open',
        per_page: 100,
    });
    return open.find(isHead)?.number;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/** The hidden first line that finds the sign-off comment again: one comment per key. */
function commentMarker(key) {
    return `<!-- shipgate:${key} -->`;
}
/** Logins are case-insensitive on GitHub; the API answers with the canonical case. */
const sameLogin = (a, b) => a?.toLowerCase() === b.toLowerCase();
/**
 * Creates the sign-off comment, or updates the one a previous run left (by id, so that
 * concurrent runs never add a second one). Comments are listed 100 a page and the listing
 * stops at the first match: two requests on a PR with fewer than 100 comments.
 */
async function upsertComment(octokit, repo, comment) {
    let existing;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: comment.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        existing = page.data.find((c) => sameLogin(c.user?.login, comment.author) && (c.body ?? '').startsWith(comment.marker))?.id;
        if (existing !== undefined)
            break;
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

;// CONCATENATED MODULE: ./src/github/signoff.ts










const CHECKS_PERMISSION = 'checks: write';
const COMMENT_PERMISSION = 'pull-requests: write';
/**
 * Creates the check run `in_progress` before any check runs. Never throws: when GitHub
 * refuses, the run goes on and the failure is a warning. Returns undefined when the token
 * may not write checks (nothing later will succeed either), and the unstarted run when
 * GitHub failed otherwise, so that completing it can create it.
 */
async function openCheckRun(context, name) {
    const start = {
        name,
        headSha: context.target.headSha,
        startedAt: context.now(),
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
    };
    try {
        return await startCheckRun(context.octokit, context.repo, start);
    }
    catch (error) {
        context.logger.warning(describeApiError(error, 'create the check run', CHECKS_PERMISSION));
        return isPermissionDenied(error) ? undefined : start;
    }
}
/**
 * success when everything passed; neutral when the verdict passed but advisory checks
 * warned, failed or errored (a required check still passes on neutral, and the PR shows
 * that something wants a look); failure when the verdict failed.
 */
function conclusionOf(report) {
    if (report.verdict === 'fail')
        return 'failure';
    return report.checks.some((c) => c.status === 'warn' || c.status === 'fail' || c.status === 'error')
        ? 'neutral'
        : 'success';
}
/** Where a reader of a trimmed surface finds everything. */
const moreAt = (runUrl) => runUrl
    ? `the [job summary](${runUrl}) and the JSON report`
    : 'the job summary and the JSON report';
/** The sign-off comment's body: marker first, within the comment limit. */
function renderComment(report, key, runUrl) {
    return (0,render_markdown/* renderMarkdown */.Gc)(report, {
        header: commentMarker(key),
        budget: budget/* BUDGETS */.bJ.comment,
        fullReportHint: moreAt(runUrl),
        ...(runUrl ? { runUrl } : {}),
    });
}
/**
 * Delivers a finished report: the sticky comment on the PR (when there is one), then the
 * completed check run with its annotations. Each is independent of the other, and neither
 * failing fails the run: the verdict decides the exit code, and the job summary (written
 * by the caller) always has the sign-off. `checkRun` undefined means the token cannot write
 * checks: the annotations are then returned for the log instead.
 */
async function publishSignoff(context, settings, report, checkRun) {
    const { octokit, repo, logger } = context;
    const published = { logAnnotations: [] };
    if (settings.comment) {
        try {
            const issueNumber = await findPullRequest(octokit, repo, context.target);
            if (issueNumber === undefined) {
                logger.info('No pull request for this commit: the sign-off comment is skipped.');
            }
            else {
                const author = settings['comment-author'];
                const comment = await upsertComment(octokit, repo, {
                    issueNumber,
                    marker: commentMarker(settings['comment-key']),
                    body: renderComment(report, settings['comment-key'], context.runUrl),
                    author,
                });
                published.commentUrl = comment.url;
                logger.info(`Sign-off ${comment.created ? 'posted' : 'updated'}: ${comment.url}`);
                // Otherwise a token of another identity would add a new comment on every run, silently.
                if (comment.postedAs) {
                    logger.warning(`The sign-off comment was posted as ${comment.postedAs}, but only comments by ${author} (signoff.comment-author) are updated: set comment-author: ${comment.postedAs} so that the next run updates it instead of adding another.`);
                }
            }
        }
        catch (error) {
            logger.warning(describeApiError(error, 'comment on the pull request', COMMENT_PERMISSION));
        }
    }
    if (settings['check-run'] === false)
        return published;
    const { annotations, total } = selectAnnotations(report, settings['max-annotations']);
    if (!checkRun) {
        published.logAnnotations = logAnnotations(annotations);
        return published;
    }
    const left = total - annotations.length;
    const note = left
        ? `\n_${(0,util_text/* plural */.LS)(annotations.length, 'finding')} annotated on the diff, highest severity first; ${left} more (over \`max-annotations\`) are in ${moreAt(context.runUrl)}._\n`
        : '';
    try {
        const done = await completeCheckRun(octokit, repo, checkRun, {
            conclusion: conclusionOf(report),
            title: `Shipgate ${report.verdict === 'pass' ? 'passed' : 'failed'}: ${(0,presentation/* statusTally */.X8)(report.checks)}`,
            summary: (0,render_markdown/* renderMarkdown */.Gc)(report, {
                budget: budget/* BUDGETS */.bJ.checkRun - note.length,
                fullReportHint: moreAt(context.runUrl),
                ...(context.runUrl ? { runUrl: context.runUrl } : {}),
            }) + note,
            annotations,
            completedAt: context.now(),
        });
        published.checkRunUrl = done.url;
    }
    catch (error) {
        logger.warning(describeApiError(error, 'complete the check run', CHECKS_PERMISSION));
        published.logAnnotations = logAnnotations(annotations);
    }
    return published;
}
/** How a run that produced no report ended: it could not run, or it was cancelled. */
const UNFINISHED = {
    failure: { title: 'Shipgate could not run', heading: '💥 Shipgate could not run' },
    cancelled: { title: 'Shipgate was cancelled', heading: '⏹️ Shipgate was cancelled' },
};
/**
 * Shipgate itself could not finish (invalid config, a crash, a cancelled workflow): the
 * check run must not stay in progress, and "could not run" must never read as a pass.
 * Never throws.
 */
async function failCheckRun(context, checkRun, reason, conclusion = 'failure') {
    const { title, heading } = UNFINISHED[conclusion];
    try {
        const done = await completeCheckRun(context.octokit, context.repo, checkRun, {
            conclusion,
            title,
            summary: `## ${heading}\n\n${(0,markdown_escape/* codeBlock */.DV)(reason.slice(0, budget/* BUDGETS */.bJ.checkRun - 200))}\n${context.runUrl ? `\n[Workflow run](${context.runUrl})\n` : ''}`,
            annotations: [],
            completedAt: context.now(),
        });
        return done.url;
    }
    catch (error) {
        context.logger.warning(describeApiError(error, 'complete the check run', CHECKS_PERMISSION));
        return undefined;
    }
}


/***/ })

};
