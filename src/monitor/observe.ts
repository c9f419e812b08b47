import type { PostConfig } from '../config/post-schema.ts';
import { planProbes } from '../probes/plan.ts';
import type { CheckResult, Report } from '../core/model.ts';
import type { Sample } from './history.ts';
import type { FailingCheck, Observation } from './incident.ts';

/** What one monitor run saw of one target: the sample for its history, and for its incident. */
export interface TargetRun {
  target: string;
  sample: Sample;
  observation: Observation;
}

const FAILED = new Set(['fail', 'error']);
/** Probes that are one request each, when the target has no latency probe to count with. */
const SINGLE_REQUEST = new Set(['health', 'page']);

/**
 * Splits a monitor run's report by target. A target is up when none of its blocking probes
 * failed or errored; a target whose probes were all skipped (no URL) was not observed and
 * yields nothing. Latency is the latency probe's p95, else the slowest probe response;
 * requests and errors are the latency probe's, else one per health or page probe.
 */
export function observeTargets(
  post: PostConfig,
  report: Report,
  p95ObjectiveMs: number,
  runUrl?: string,
): TargetRun[] {
  const at = Date.parse(report.startedAt);
  const byId = new Map(report.checks.map((check) => [check.id, check]));
  // The plan is pure and deterministic: it names each target's checks as the run did.
  const planned = planProbes(post);
  const runs: TargetRun[] = [];
  let offset = 0;
  for (const target of post.targets) {
    const ids = planned.slice(offset, offset + target.probes.length).map((check) => check.id);
    offset += target.probes.length;
    const checks = ids.flatMap((id) => byId.get(id) ?? []);
    const ran = checks.filter((check) => check.status !== 'skip');
    if (ran.length === 0) continue;
    const failing: FailingCheck[] = ran
      .filter((check) => check.blocking && FAILED.has(check.status))
      .map(({ id, title, summary }) => ({ id, title, summary }));
    const latencyMs = latencyOf(ran);
    const { requests, errors } = requestsOf(ran);
    const up = failing.length === 0;
    runs.push({
      target: target.name,
      sample: { at, up, requests, errors, ...(latencyMs !== undefined ? { latencyMs } : {}) },
      observation: {
        at,
        up,
        failing,
        slow: latencyMs !== undefined && latencyMs > p95ObjectiveMs,
        ...(runUrl ? { runUrl } : {}),
      },
    });
  }
  return runs;
}

function latencyOf(checks: readonly CheckResult[]): number | undefined {
  const latency = checks.find(
    (check) => check.kind === 'latency' && check.metrics.p95Ms !== undefined,
  );
  if (latency) return latency.metrics.p95Ms;
  const times = checks.flatMap((check) =>
    check.metrics.latencyMs === undefined ? [] : [check.metrics.latencyMs],
  );
  return times.length ? Math.max(...times) : undefined;
}

function requestsOf(checks: readonly CheckResult[]): { requests: number; errors: number } {
  const latency = checks.filter((check) => check.kind === 'latency');
  if (latency.length) {
    let requests = 0;
    let errors = 0;
    for (const check of latency) {
      // A latency probe that never got to send (not ready) is one failed request.
      const sent = check.metrics.requests ?? 1;
      requests += sent;
      errors +=
        check.metrics.requests === undefined
          ? Number(FAILED.has(check.status))
          : Math.round(sent * (check.metrics.errorRate ?? 0));
    }
    return { requests, errors };
  }
  const single = checks.filter((check) => SINGLE_REQUEST.has(check.kind));
  return {
    requests: single.length,
    errors: single.filter((check) => FAILED.has(check.status)).length,
  };
}
