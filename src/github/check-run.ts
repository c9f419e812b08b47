import { clip } from '../report/budget.ts';
import { batches, type Annotation } from './annotations.ts';
import type { Repo } from './context.ts';
import { createOnce } from './create-once.ts';
import { DeadlineError, within, type Deadline } from './deadline.ts';
import { isPermissionDenied } from './api-errors.ts';
import type { GitHubClient } from './octokit.ts';

export type Conclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

/** A check run that exists on GitHub. */
export interface CheckRunRef {
  id: number;
  url: string;
}

export interface CheckRunStart {
  name: string;
  headSha: string;
  detailsUrl?: string;
  startedAt: Date;
  /**
   * Unique to this Shipgate run: finds the check run again after a create whose answer was
   * lost, without mistaking another job's check run of the same name on the same commit.
   */
  externalId: string;
}

export interface CheckRunResult {
  conclusion: Conclusion;
  title: string;
  /** ≤ 65,535 characters. */
  summary: string;
  /** The details under the summary; ≤ 65,535 characters. */
  text?: string;
  annotations: readonly Annotation[];
  completedAt: Date;
}

/** Where the completion landed: the check run, and how much of the output it carries. */
export interface CompletedCheckRun extends CheckRunRef {
  /** `full` with every annotation; `trimmed` or `minimal` with none (print them to the log). */
  output: 'full' | 'trimmed' | 'minimal';
}

/** GitHub's limit on `output.summary` and `output.text`. */
const OUTPUT_LIMIT = 65_535;

const ref = (data: { id: number; html_url: string | null }): CheckRunRef => ({
  id: data.id,
  url: data.html_url ?? '',
});

const bound = (deadline: Deadline | undefined, extra: object = {}) => ({
  request: { ...deadline?.request, ...extra },
});

/** This run's check run on the commit, if an earlier create made it. */
async function findCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  start: CheckRunStart,
  deadline?: Deadline,
  extra: object = {},
): Promise<CheckRunRef | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: start.headSha,
    check_name: start.name,
    filter: 'all',
    per_page: 100,
    ...bound(deadline, extra),
  });
  const found = data.check_runs.find((run) => run.external_id === start.externalId);
  return found ? ref(found) : undefined;
}

/** Creates the check run (once, however the answer is lost), with `fields` on top. */
async function createCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  start: CheckRunStart,
  fields: object,
  deadline?: Deadline,
): Promise<CheckRunRef> {
  return createOnce({
    find: () => findCheckRun(octokit, repo, start, deadline),
    create: async () => {
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name: start.name,
        head_sha: start.headSha,
        external_id: start.externalId,
        started_at: start.startedAt.toISOString(),
        ...(start.detailsUrl ? { details_url: start.detailsUrl } : {}),
        ...fields,
        ...bound(deadline, { retries: 0 }),
      });
      return ref(data);
    },
    ...(deadline ? { deadline } : {}),
  });
}

/** Created as soon as the run starts, so that the PR shows the check as running. */
export function startCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  start: CheckRunStart,
  deadline?: Deadline,
): Promise<CheckRunRef> {
  const creating = createCheckRun(octokit, repo, start, { status: 'in_progress' }, deadline);
  return deadline ? within(deadline, creating) : creating;
}

/**
 * The completions tried in turn, each only when the one before failed: the full output with
 * the first 50 annotations; the output trimmed well inside GitHub's limits without
 * annotations (a 422 on an annotation or an oversized summary); and the conclusion with a
 * one-line summary, which GitHub has no reason to refuse.
 */
function ladder(result: CheckRunResult, first: readonly Annotation[]) {
  const fields = (output: { summary: string; text?: string; annotations?: Annotation[] }) => ({
    status: 'completed' as const,
    conclusion: result.conclusion,
    completed_at: result.completedAt.toISOString(),
    output: { title: clip(result.title, 255), ...output },
  });
  const oneLine = `${result.title}. The full sign-off is in the job summary.`;
  return [
    {
      output: 'full' as const,
      fields: fields({
        summary: result.summary,
        ...(result.text ? { text: result.text } : {}),
        ...(first.length ? { annotations: [...first] } : {}),
      }),
    },
    {
      output: 'trimmed' as const,
      fields: fields({
        summary: clip(result.summary, Math.floor(OUTPUT_LIMIT / 2)),
      }),
    },
    { output: 'minimal' as const, fields: fields({ summary: clip(oneLine, 1000) }) },
  ];
}

/**
 * Completes the check run (or creates it completed when it was never started, after
 * looking whether a lost answer hid that it was), stepping down the `ladder` on failure so
 * that it is never left in progress, all before `deadline`. The rest of the annotations
 * follow 50 per request once the full output landed: 1 + ceil(annotations / 50) requests
 * when all goes well. Throws the last failure when no step succeeded.
 */
export async function completeCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  run: CheckRunRef | CheckRunStart,
  result: CheckRunResult,
  deadline?: Deadline,
): Promise<CompletedCheckRun> {
  const [first = [], ...rest] = batches(result.annotations);
  const steps = ladder(result, first);
  let existing = 'id' in run ? run : undefined;
  let lastError: Error | undefined;
  let done: CompletedCheckRun | undefined;
  for (const [index, step] of steps.entries()) {
    if (deadline && deadline.remainingMs() <= 0) break;
    // Each step's requests (its lookup too) may take its share of what is left, so that a hung
    // one leaves room for the next.
    const timeoutMs = deadline
      ? Math.max(500, Math.floor(deadline.remainingMs() / (steps.length - index)))
      : undefined;
    const share = timeoutMs ? { timeoutMs } : {};
    const attempt = async (): Promise<CheckRunRef> => {
      if (!existing && !('id' in run)) {
        existing = await findCheckRun(octokit, repo, run, deadline, share);
      }
      if (existing) {
        const { data } = await octokit.rest.checks.update({
          ...repo,
          check_run_id: existing.id,
          ...step.fields,
          ...bound(deadline, share),
        });
        return ref(data);
      }
      return createCheckRun(octokit, repo, run as CheckRunStart, step.fields, deadline);
    };
    try {
      done = {
        ...(await (deadline ? within(deadline, attempt()) : attempt())),
        output: step.output,
      };
      break;
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      if (error instanceof DeadlineError || isPermissionDenied(error)) break;
    }
  }
  if (!done) {
    throw lastError ?? new DeadlineError('no time was left to complete the check run');
  }
  if (done.output === 'full') {
    // One at a time: the throttling plugin serialises writes anyway, and order keeps the
    // highest-severity annotations first on GitHub too.
    for (const batch of rest) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: done.id,
        output: { title: clip(result.title, 255), summary: result.summary, annotations: batch },
        ...bound(deadline),
      });
    }
  }
  return done;
}
