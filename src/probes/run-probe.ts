import type { ProbeConfig, ProbeType } from '../config/post-schema.ts';
import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import { redactUrl } from '../util/redact.ts';
import { formatDuration } from '../util/duration.ts';
import type { DeploymentInfo } from './plan.ts';
import type { Probe } from './probe.ts';
import { PROBES } from './registry.ts';
import { Target } from './target.ts';
import { plural } from '../util/text.ts';

/**
 * The run-time side of the probes (the HTTP client, undici, every probe module), imported by
 * plan.ts only when a post check runs, so that a pre-deploy run never loads it.
 */

export { Target };

/** Runs one probe: after its target's shared readiness wait, on a client of its own. */
export async function runProbe(
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
  // A TLS failure is the tls probe's own subject: it examines the handshake itself, and says
  // more (the expiry date, the names, a server that speaks only TLS 1.0/1.1) than the wait.
  if (!readiness.ready && !(probe.type === 'tls' && readiness.failure?.tls)) {
    const message = `${redactUrl(target.url(target.config.probes[0]?.path ?? '/'))} not ready after ${formatDuration(waitMs)} (${plural(readiness.attempts, 'attempt')}): ${readiness.last}`;
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
