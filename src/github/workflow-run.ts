import { z } from 'zod';
import type { CheckResult } from '../core/model.ts';

/**
 * The `workflow_run` event: a privileged workflow that publishes the sign-off of a run that
 * could not (a fork's pull request, with a read-only token). Everything about where the
 * sign-off goes comes from this payload, which GitHub writes; nothing from the artifact.
 */

const sha = z.string().regex(/^[0-9a-f]{40}$/);

const workflowRunEvent = z.object({
  workflow_run: z.object({
    id: z.number().int(),
    name: z.string().nullish(),
    run_number: z.number().int().nullish(),
    event: z.string(),
    head_sha: sha,
    head_branch: z.string().nullish(),
    conclusion: z.string().nullish(),
    html_url: z.string().nullish(),
    head_repository: z
      .object({ full_name: z.string(), owner: z.object({ login: z.string() }) })
      .nullish(),
    /** Empty for a fork's pull request: GitHub lists only the base repository's own. */
    pull_requests: z
      .array(z.object({ number: z.number().int(), head: z.object({ sha: z.string() }) }))
      .nullish(),
  }),
});

/** The run that triggered this one, as far as the sign-off needs it. */
export interface TriggeringRun {
  id: number;
  /** "CI #12" */
  label: string;
  event: string;
  headSha: string;
  /** owner:branch of the head, for finding a fork's pull request. */
  headLabel?: string;
  /** Where the head came from, e.g. forker/app. */
  headRepository?: string;
  /** A pull request of the base repository whose head is the run's commit. */
  pullRequest?: number;
  conclusion: string | undefined;
  url?: string;
}

/** The triggering run of a workflow_run event, or undefined for any other event. */
export function triggeringRun(eventName: string, payload: unknown): TriggeringRun | undefined {
  if (eventName !== 'workflow_run') return undefined;
  const parsed = workflowRunEvent.safeParse(payload);
  if (!parsed.success) return undefined;
  const run = parsed.data.workflow_run;
  const owner = run.head_repository?.owner.login;
  const pull = run.pull_requests?.find((pr) => pr.head.sha === run.head_sha);
  return {
    id: run.id,
    label: `${run.name ?? 'workflow'}${run.run_number ? ` #${run.run_number}` : ''}`,
    event: run.event,
    headSha: run.head_sha,
    ...(owner && run.head_branch ? { headLabel: `${owner}:${run.head_branch}` } : {}),
    ...(run.head_repository ? { headRepository: run.head_repository.full_name } : {}),
    ...(pull ? { pullRequest: pull.number } : {}),
    conclusion: run.conclusion ?? undefined,
    ...(run.html_url ? { url: run.html_url } : {}),
  };
}

const STATUS_OF_CONCLUSION: Record<string, CheckResult['status']> = {
  success: 'pass',
  failure: 'fail',
  timed_out: 'fail',
  startup_failure: 'fail',
  action_required: 'warn',
  cancelled: 'warn',
  neutral: 'skip',
  skipped: 'skip',
  stale: 'skip',
};

/**
 * The triggering run's own conclusion, shown beside the shards' checks. Advisory: its
 * reports decide the verdict, and reports it failed to upload fail the merge.
 */
export function triggeringRunCheck(run: TriggeringRun): CheckResult {
  const from = run.headRepository ? ` from ${run.headRepository}` : '';
  return {
    id: 'signoff/triggering-run',
    phase: 'signoff',
    kind: 'workflow-run',
    title: `Triggering run: ${run.label}`,
    status: STATUS_OF_CONCLUSION[run.conclusion ?? ''] ?? 'warn',
    blocking: false,
    durationMs: 0,
    summary: `${run.event} run${from} on ${run.headSha.slice(0, 12)}: ${run.conclusion ?? 'no conclusion yet'}`,
    findings: [],
    metrics: {},
  };
}

/** Said when its reports are missing: why they may be. */
export function missingReportsHint(run: TriggeringRun): string | undefined {
  return run.conclusion && run.conclusion !== 'success'
    ? `The triggering run ${run.label} concluded ${run.conclusion}: it may have stopped before uploading its reports.`
    : undefined;
}
