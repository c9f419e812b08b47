import type { Finding, Severity } from '../core/model.ts';
import { statusOf } from '../core/severity.ts';
import { formatDuration } from '../util/duration.ts';
import type { Probe } from './probe.ts';

/** Nearest-rank percentile of ascending `sorted` (k6 and most monitors report these). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * What each figure's finding weighs: over its threshold fails (at the default `fail-on`),
 * over `warn-at` only warns, and the failed requests behind the error rate are details the
 * error-rate threshold has already judged.
 */
const EXCEEDED: Severity = 'high';
const DEGRADED: Severity = 'low';
const DETAIL: Severity = 'info';

const PERCENTILES = [
  ['p50', 0.5, 'p50Ms'],
  ['p95', 0.95, 'p95Ms'],
  ['p99', 0.99, 'p99Ms'],
] as const;

/**
 * `requests` GETs at `concurrency` over one keep-alive pool. An error is a status outside
 * 200–399 or a network failure (k6's http_req_failed); percentiles are of the successful
 * requests. Thresholds fail like k6's; `warn-at` warns on the way there (Checkly's
 * "degraded"). No retries: every sample counts.
 */
export const latencyProbe: Probe<'latency'> = async ({ probe, url, client, context }) => {
  const times: number[] = [];
  const errors = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < probe.requests && !context.signal.aborted) {
      next++;
      const sent = await client.send(url, { readBody: false, signal: context.signal });
      const error = !sent.ok
        ? sent.error.message
        : sent.response.status >= 400 || sent.response.status < 200
          ? `status ${sent.response.status}`
          : undefined;
      if (error === undefined && sent.ok) times.push(sent.response.timeMs);
      else if (error !== undefined) errors.set(error, (errors.get(error) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(probe.concurrency, probe.requests) }, worker));

  const sent = times.length + [...errors.values()].reduce((a, b) => a + b, 0);
  const errorRate = sent === 0 ? 1 : (sent - times.length) / sent;
  const sorted = times.sort((a, b) => a - b);
  const metrics: Record<string, number> = { requests: sent, samples: times.length, errorRate };
  for (const [, p, metric] of PERCENTILES)
    if (sorted.length) metrics[metric] = Math.round(percentile(sorted, p) * 10) / 10;

  const findings: Finding[] = [];
  const warnAt = probe['warn-at'];
  const judge = (
    rule: string,
    what: string,
    value: number,
    limit: number,
    show: (n: number) => string,
  ) => {
    if (value > limit)
      findings.push({
        rule,
        severity: EXCEEDED,
        message: `${what} ${show(value)} exceeds ${show(limit)}`,
      });
    else if (warnAt !== undefined && value > limit * warnAt) {
      findings.push({
        rule: `${rule}-degraded`,
        severity: DEGRADED,
        message: `${what} ${show(value)} is above ${Math.round(warnAt * 100)}% of its limit ${show(limit)}`,
      });
    }
  };
  const percent = (n: number) => `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;
  judge('error-rate', 'error rate', errorRate, probe['error-rate'], percent);
  if (times.length < probe['min-samples']) {
    findings.push({
      rule: 'too-few-samples',
      severity: EXCEEDED,
      message: `${times.length} successful samples, fewer than min-samples ${probe['min-samples']}`,
    });
  } else {
    for (const [name, p] of PERCENTILES) {
      const limit = probe[name];
      if (limit !== undefined)
        judge(`latency-${name}`, name, percentile(sorted, p), limit, formatDuration);
    }
  }
  for (const [message, count] of errors) {
    findings.push({
      rule: 'request-failed',
      severity: DETAIL,
      message: `${count}/${sent} requests: ${message}`,
    });
  }
  const figures = sorted.length
    ? `p50 ${formatDuration(metrics.p50Ms!)}, p95 ${formatDuration(metrics.p95Ms!)}, p99 ${formatDuration(metrics.p99Ms!)}`
    : 'no successful sample';
  const summary = `${figures}, ${percent(errorRate)} errors over ${sent} requests`;
  const status = statusOf(findings, { failOn: probe['fail-on'], warnFrom: DEGRADED });
  return { status, summary, findings, metrics, failOn: probe['fail-on'] };
};
