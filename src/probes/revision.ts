import { header, type HttpResponse } from '../http/client.ts';
import { backoffDelay, sleep } from '../http/backoff.ts';
import { parseJson } from '../util/result.ts';
import { formatDuration } from '../util/duration.ts';
import { valueAt } from './expectations.ts';
import { ATTEMPTS, failedRequest, type Probe } from './probe.ts';

/** At least 7 hex digits either way round: a short SHA matches the full one it abbreviates. */
function sameRevision(deployed: string, expected: string): boolean {
  const a = deployed.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (a.length < 7 || b.length < 7 || !/^[0-9a-f]+$/.test(a) || !/^[0-9a-f]+$/.test(b))
    return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

function deployedRevision(
  response: HttpResponse,
  source: { header?: string; json?: string },
): string | undefined {
  if (source.header !== undefined) return header(response, source.header);
  const parsed = parseJson(response.body);
  const value = parsed.ok ? valueAt(parsed.value, source.json!) : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * The deployment serves the commit under review. A deployment that is still rolling out
 * serves the previous commit for a while, so the probe polls until the target's wait
 * budget is spent before calling it stale.
 */
export const revisionProbe: Probe<'revision'> = async ({
  probe,
  url,
  client,
  context,
  target,
  expectedRevision,
}) => {
  const expected = expectedRevision!;
  const source = probe.header !== undefined ? `header ${probe.header}` : `JSON field ${probe.json}`;
  const budget = Math.min(probe.timeout, target.remainingWaitMs());
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const sent = await client.send(url, {
      redirect: 'follow',
      attempts: ATTEMPTS,
      signal: context.signal,
    });
    if (!sent.ok) return failedRequest(url, sent.error);
    const deployed = deployedRevision(sent.response, probe);
    if (deployed !== undefined && sameRevision(deployed, expected)) {
      return {
        status: 'pass',
        summary: `serving ${expected.slice(0, 12)}`,
        metrics: { attempts: attempt + 1 },
      };
    }
    const elapsed = performance.now() - started;
    const delay = backoffDelay(attempt, 500, 15_000);
    if (elapsed + delay > budget) {
      const message =
        deployed === undefined
          ? `no revision in the ${source} of ${sent.response.status} response`
          : `stale deployment: serving ${deployed}, expected ${expected} (waited ${formatDuration(elapsed)})`;
      return {
        status: 'fail',
        summary: message,
        findings: [
          {
            rule: deployed === undefined ? 'revision-missing' : 'stale-deployment',
            severity: 'high',
            message,
          },
        ],
        metrics: { attempts: attempt + 1 },
      };
    }
    await sleep(delay, context.signal);
  }
};
