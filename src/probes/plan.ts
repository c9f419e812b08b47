import type { PostConfig, ProbeConfig, ProbeType } from '../config/post-schema.ts';
import type { CheckContext, CheckOutcome, PlannedCheck } from '../engine/check.ts';
import { redactUrl } from '../http/redact.ts';
import { formatDuration } from '../util/duration.ts';
import { slug, uniqueId } from '../util/text.ts';
import type { Probe } from './probe.ts';
import { PROBES } from './registry.ts';
import { Target } from './target.ts';

/** What a run knows about the deployment beyond the config (from a deployment_status event). */
export interface DeploymentInfo {
  /** Base URL for targets that have no `url` of their own. */
  deploymentUrl?: string;
  /** The commit the deployment should run: the revision probe compares against it. */
  expectedRevision?: string;
}

/** "backend: health /api/health/" */
const titleOf = (target: string, probe: ProbeConfig) =>
  probe.type === 'tls' ? `${target}: tls` : `${target}: ${probe.type} ${probe.path}`;

/** `post/backend/page/admin-login`: target, probe type and path, readable and stable. */
const idOf = (target: string, probe: ProbeConfig) => {
  const path = probe.type === 'tls' ? '' : slug(probe.path, '');
  return `post/${slug(target, 'target')}/${probe.type}${path ? `/${path}` : ''}`;
};

/**
 * One PlannedCheck per configured probe (phase `post`), ids `post/<target>/<type>/<path>`
 * made unique with -2, -3…. Each check first shares its target's readiness wait, so its
 * budget is the wait timeout plus its own.
 */
export function planProbes(post: PostConfig, deployment: DeploymentInfo = {}): PlannedCheck[] {
  const ids = new Set<string>();
  return post.targets.flatMap((config) => {
    const target = new Target(config, post.wait.timeout, deployment.deploymentUrl);
    return config.probes.map((probe): PlannedCheck => {
      return {
        id: uniqueId(idOf(config.name, probe), ids),
        phase: 'post',
        kind: probe.type,
        title: titleOf(config.name, probe),
        blocking: probe.blocking,
        timeoutMs: post.wait.timeout + probe.timeout,
        skipIfToolMissing: false,
        run: (context) => runProbe(target, probe, deployment, context),
      };
    });
  });
}

async function runProbe(
  target: Target,
  probe: ProbeConfig,
  deployment: DeploymentInfo,
  context: CheckContext,
): Promise<CheckOutcome> {
  if (target.baseUrl === undefined) {
    return {
      status: 'skip',
      summary: `no URL: target "${target.name}" has no url and this run has no deployment URL (deployment_status event)`,
    };
  }
  if (probe.type === 'revision' && !deployment.expectedRevision) {
    return {
      status: 'skip',
      summary:
        'no expected revision: runs only where the commit under review is known (pull request or deployment_status)',
    };
  }
  const readiness = await untilAborted(target.ready(context), context.signal);
  const waitMs = readiness.waitedMs;
  if (!readiness.ready) {
    const message = `${redactUrl(target.url(target.config.probes[0]?.path ?? '/'))} not ready after ${formatDuration(waitMs)} (${readiness.attempts} attempts): ${readiness.last}`;
    return {
      status: 'fail',
      summary: `not ready: ${readiness.last}`,
      findings: [
        { rule: readiness.failure?.tls ? 'tls-error' : 'not-ready', severity: 'high', message },
      ],
      metrics: { waitMs },
    };
  }
  const client = await target.client(
    context,
    probe.type === 'latency' ? probe.concurrency : undefined,
  );
  try {
    const run = PROBES[probe.type] as Probe<ProbeType>;
    const outcome = await run({
      probe,
      target,
      url: target.url(probe.path),
      client,
      context,
      ...(deployment.expectedRevision ? { expectedRevision: deployment.expectedRevision } : {}),
    });
    return { ...outcome, metrics: { ...outcome.metrics, waitMs } };
  } finally {
    await client.close();
  }
}

/** The shared wait, but given up (by this check only) when this check is cancelled. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
