import { randomUUID } from 'node:crypto';
import type { SignoffConfig } from '../config/schema.ts';
import { BUDGETS } from '../report/budget.ts';
import { SURFACES } from '../report/surfaces.ts';
import { codeBlock } from '../report/markdown-escape.ts';
import type { Report } from '../core/model.ts';
import { verdictTally } from '../report/triage.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { plural } from '../util/text.ts';
import {
  logAnnotations,
  selectAnnotations,
  type Annotation,
  type LogAnnotation,
} from './annotations.ts';
import { describeApiError, isPermissionDenied } from './api-errors.ts';
import {
  completeCheckRun,
  startCheckRun,
  type CheckRunRef,
  type CheckRunResult,
  type CheckRunStart,
  type Conclusion,
} from './check-run.ts';
import type { Repo, SignoffTarget } from './context.ts';
import { deadlineIn, within, type Deadline } from './deadline.ts';
import type { GitHubClient, Logger } from './octokit.ts';
import { findPullRequest } from './pull-request.ts';
import { commentMarker, upsertComment } from './sticky-comment.ts';

/** Everything the sign-off needs to talk to GitHub, passed in by main.ts. */
export interface SignoffContext {
  octokit: GitHubClient;
  repo: Repo;
  target: SignoffTarget;
  runUrl?: string;
  /** Where the JSON report was uploaded (the report-url input). */
  reportUrl?: string;
  /** `{server}/{owner}/{repo}/blob/{headSha}`: where finding locations link. */
  blobBase?: string;
  logger: Logger;
  now: () => Date;
}

const CHECKS_PERMISSION = 'checks: write';
const COMMENT_PERMISSION = 'pull-requests: write';

/** A started check run, or the name it will be created with when starting it failed. */
export type CheckRunHandle = CheckRunRef | CheckRunStart;

/** What the check run is created with; its `externalId` finds it again. */
export function checkRunStart(context: SignoffContext, name: string): CheckRunStart {
  return {
    name,
    headSha: context.target.headSha,
    startedAt: context.now(),
    externalId: `shipgate-${randomUUID()}`,
    ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
  };
}

/**
 * Creates the check run `in_progress` before any check runs. Never throws: when GitHub
 * refuses, the run goes on and the failure is a warning. Returns undefined when the token
 * may not write checks (nothing later will succeed either), and the unstarted run when
 * GitHub failed otherwise (or did not answer before `deadline`), so that completing it
 * looks it up, or creates it.
 */
export async function openCheckRun(
  context: SignoffContext,
  start: CheckRunStart,
  deadline?: Deadline,
): Promise<CheckRunHandle | undefined> {
  try {
    return await startCheckRun(context.octokit, context.repo, start, deadline);
  } catch (error) {
    context.logger.warning(describeApiError(error, 'create the check run', CHECKS_PERMISSION));
    return isPermissionDenied(error) ? undefined : start;
  }
}

/**
 * success when everything passed; neutral when the verdict passed but advisory checks
 * warned, failed or errored (a required check still passes on neutral, and the PR shows
 * that something wants a look); failure when the verdict failed.
 */
function conclusionOf(report: Report): Conclusion {
  if (report.verdict === 'fail') return 'failure';
  return report.checks.some(
    (c) => c.status === 'warn' || c.status === 'fail' || c.status === 'error',
  )
    ? 'neutral'
    : 'success';
}

export interface PublishedSignoff {
  commentUrl?: string;
  checkRunUrl?: string;
  /** Set when the check run could not carry the annotations: print these to the log. */
  logAnnotations: LogAnnotation[];
}

/** `work` before `deadline` when there is one. */
const bounded = <T>(deadline: Deadline | undefined, work: Promise<T>): Promise<T> =>
  deadline ? within(deadline, work) : work;

/** Where a reader of a trimmed surface finds everything. */
const moreAt = (runUrl: string | undefined, reportUrl?: string) =>
  `${runUrl ? `the [job summary](${runUrl})` : 'the job summary'} and ${reportUrl ? `the [JSON report](${reportUrl})` : 'the JSON report'}`;

/** Where a sign-off links: the run (its job summary is there) and the judged commit's files. */
export type SignoffLinks = Pick<SignoffContext, 'runUrl' | 'blobBase' | 'reportUrl'>;

const linked = ({ runUrl, blobBase, reportUrl }: SignoffLinks) => ({
  fullReportHint: moreAt(runUrl, reportUrl),
  ...(runUrl ? { runUrl } : {}),
  ...(reportUrl ? { reportUrl } : {}),
  ...(blobBase ? { blobBase } : {}),
});

/** The sign-off comment's body: marker first, within the comment limit. */
export function renderComment(report: Report, key: string, links: SignoffLinks = {}): string {
  return renderMarkdown(report, {
    ...SURFACES.comment,
    header: commentMarker(key),
    ...linked(links),
  });
}

/**
 * Delivers a finished report: the sticky comment on the PR (when there is one), then the
 * completed check run with its annotations. Each is independent of the other, and neither
 * failing fails the run: the verdict decides the exit code, and the job summary (written
 * by the caller) always has the sign-off. Each gets `deadlineMs`, after which it is given up
 * with a warning. `checkRun` undefined means the token cannot write
 * checks: the annotations are then returned for the log instead.
 */
export async function publishSignoff(
  context: SignoffContext,
  settings: SignoffConfig,
  report: Report,
  checkRun: CheckRunHandle | undefined,
  deadlineMs?: number,
): Promise<PublishedSignoff> {
  // The comment and the check run each get the whole budget: one hanging must not cost the other.
  const deadlineFor = (what: string) =>
    deadlineMs === undefined ? undefined : deadlineIn(deadlineMs, what);
  const commentUrl = settings.comment
    ? await postComment(context, settings, report, deadlineFor('Commenting on the pull request'))
    : undefined;
  const published: PublishedSignoff = { ...(commentUrl ? { commentUrl } : {}), logAnnotations: [] };
  if (settings['check-run'] === false) return published;
  const selected = selectAnnotations(report, settings['max-annotations']);
  if (!checkRun) return { ...published, logAnnotations: logAnnotations(selected.annotations) };
  const deadline = deadlineFor('Completing the check run');
  const result = checkRunResult(report, selected, context, context.now());
  return { ...published, ...(await completeRun(context, checkRun, result, deadline)) };
}

/** Posts or updates the sticky comment on the commit's pull request: its URL, or undefined. */
async function postComment(
  context: SignoffContext,
  settings: SignoffConfig,
  report: Report,
  deadline: Deadline | undefined,
): Promise<string | undefined> {
  const { octokit, repo, logger } = context;
  try {
    const issueNumber = await bounded(
      deadline,
      findPullRequest(octokit, repo, context.target, deadline),
    );
    if (issueNumber === undefined) {
      logger.info('No pull request for this commit: the sign-off comment is skipped.');
      return undefined;
    }
    const author = settings['comment-author'];
    const comment = await bounded(
      deadline,
      upsertComment(
        octokit,
        repo,
        {
          issueNumber,
          marker: commentMarker(settings['comment-key']),
          body: renderComment(report, settings['comment-key'], context),
          author,
        },
        deadline,
      ),
    );
    logger.info(`Sign-off ${comment.created ? 'posted' : 'updated'}: ${comment.url}`);
    // Otherwise a token of another identity would add a new comment on every run, silently.
    if (comment.postedAs) {
      logger.warning(
        `The sign-off comment was posted as ${comment.postedAs}, but only comments by ${author} (signoff.comment-author) are updated: set comment-author: ${comment.postedAs} so that the next run updates it instead of adding another.`,
      );
    }
    return comment.url;
  } catch (error) {
    logger.warning(describeApiError(error, 'comment on the pull request', COMMENT_PERMISSION));
    return undefined;
  }
}

/**
 * What the check run is completed with: the conclusion, a title with the tally, the sign-off
 * as summary and details, and the annotations selected, with a note (within the summary's
 * budget) counting those left out.
 */
export function checkRunResult(
  report: Report,
  { annotations, total }: { annotations: Annotation[]; total: number },
  links: SignoffLinks,
  completedAt: Date,
): CheckRunResult {
  const left = total - annotations.length;
  const note = left
    ? `\n_${plural(annotations.length, 'finding')} annotated on the diff, highest severity first; ${left} more (over \`max-annotations\`) are in ${moreAt(links.runUrl, links.reportUrl)}._\n`
    : '';
  return {
    conclusion: conclusionOf(report),
    title: `Shipgate ${report.verdict === 'pass' ? 'passed' : 'failed'}: ${verdictTally(report)}`,
    summary:
      renderMarkdown(report, {
        ...SURFACES.checkRunSummary,
        budget: SURFACES.checkRunSummary.budget - note.length,
        ...linked(links),
      }) + note,
    text: renderMarkdown(report, { ...SURFACES.checkRunText, ...linked(links) }),
    annotations,
    completedAt,
  };
}

/**
 * Completes the check run: its URL, and the annotations for the log when GitHub did not take
 * them (it refused the full output, or the completion failed).
 */
async function completeRun(
  context: SignoffContext,
  checkRun: CheckRunHandle,
  result: CheckRunResult,
  deadline: Deadline | undefined,
): Promise<Omit<PublishedSignoff, 'commentUrl'>> {
  try {
    const done = await completeCheckRun(context.octokit, context.repo, checkRun, result, deadline);
    if (done.output === 'full') return { checkRunUrl: done.url, logAnnotations: [] };
    context.logger.warning(
      `The check run was completed with ${done.output === 'trimmed' ? 'a trimmed summary' : 'a one-line summary'} and no annotations, after GitHub refused the full output: the annotations are in the log.`,
    );
    return { checkRunUrl: done.url, logAnnotations: logAnnotations(result.annotations) };
  } catch (error) {
    context.logger.warning(describeApiError(error, 'complete the check run', CHECKS_PERMISSION));
    return { logAnnotations: logAnnotations(result.annotations) };
  }
}

/** How a run that produced no report ended: it could not run, or it was cancelled. */
const UNFINISHED = {
  failure: { title: 'Shipgate could not run', heading: '💥 Shipgate could not run' },
  cancelled: { title: 'Shipgate was cancelled', heading: '⏹️ Shipgate was cancelled' },
} as const;

/**
 * Shipgate itself could not finish (invalid config, a crash, a cancelled workflow): the
 * check run must not stay in progress, and "could not run" must never read as a pass.
 * Never throws.
 */
export async function failCheckRun(
  context: SignoffContext,
  checkRun: CheckRunHandle,
  reason: string,
  conclusion: keyof typeof UNFINISHED = 'failure',
  deadline?: Deadline,
): Promise<string | undefined> {
  const { title, heading } = UNFINISHED[conclusion];
  try {
    const done = await completeCheckRun(
      context.octokit,
      context.repo,
      checkRun,
      {
        conclusion,
        title,
        summary: `## ${heading}\n\n${codeBlock(reason.slice(0, BUDGETS.checkRun - 200))}\n${context.runUrl ? `\n[Workflow run](${context.runUrl})\n` : ''}`,
        annotations: [],
        completedAt: context.now(),
      },
      deadline,
    );
    return done.url;
  } catch (error) {
    context.logger.warning(describeApiError(error, 'complete the check run', CHECKS_PERMISSION));
    return undefined;
  }
}
