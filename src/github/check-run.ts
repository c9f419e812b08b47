import { batches, type Annotation } from './annotations.ts';
import type { Repo } from './context.ts';
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
}

export interface CheckRunResult {
  conclusion: Conclusion;
  title: string;
  /** ≤ 65,535 characters. */
  summary: string;
  annotations: readonly Annotation[];
  completedAt: Date;
}

/** Created as soon as the run starts, so that the PR shows the check as running. */
export async function startCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  start: CheckRunStart,
): Promise<CheckRunRef> {
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
export async function completeCheckRun(
  octokit: GitHubClient,
  repo: Repo,
  run: CheckRunRef | CheckRunStart,
  result: CheckRunResult,
): Promise<CheckRunRef> {
  const [first = [], ...rest] = batches(result.annotations);
  const output = (annotations: readonly Annotation[]) => ({
    title: result.title,
    summary: result.summary,
    ...(annotations.length ? { annotations: [...annotations] } : {}),
  });
  const completion = {
    status: 'completed' as const,
    conclusion: result.conclusion,
    completed_at: result.completedAt.toISOString(),
    output: output(first),
  };
  const { data } =
    'id' in run
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
