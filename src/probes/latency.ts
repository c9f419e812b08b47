import type { Finding, Severity } from '../core/model.ts';
import { statusOf } from '../core/severity.ts';
import { formatDuration } from '../util/duration.ts';
import type { ProbeOf } from '../config/post-schema.ts';
import type { CheckOutcome } from '../engine/check.ts';
import type { Probe, ProbeInput } from './probe.ts';
import { plural } from '../util/text.ts';

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

/** What the requests gave: the times of the successful ones, and how often each error happened. */
export interface LatencySamples {
  times: number[];
  errors: Map<string, number>;
}

/**
 * `requests` GETs at `concurrency` over one keep-alive pool. An error is a status outside
 * 200–399 or a network failure (k6's http_req_failed). No retries: every sample counts.
 */
async function sample({
  probe,
  url,
  client,
  context,
}: ProbeInput<'latency'>): Promise<LatencySamples> {
  const samples: LatencySamples = { times: [], errors: new Map() };
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
      if (error === undefined && sent.ok) samples.times.push(sent.response.timeMs);
      else if (error !== undefined) samples.errors.set(error, (samples.errors.get(error) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(probe.concurrency, probe.requests) }, worker));
  return samples;
}

type LatencyLimits = Pick<
  ProbeOf<'latency'>,
  'warn-at' | 'error-rate' | 'min-samples' | 'p50' | 'p95' | 'p99' | 'fail-on'
>;

const percent = (n: number) => `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;

/** A figure over its limit, or (with `warn-at`) over that share of it; nothing otherwise. */
function limitFindings(
  warnAt: number | undefined,
  [rule, what, value, limit]: [rule: string, what: string, value: number, limit: number],
  show: (n: number) => string,
): Finding[] {
  if (value > limit) {
    return [{ rule, severity: EXCEEDED, message: `${what} ${show(value)} exceeds ${show(limit)}` }];
  }
  if (warnAt !== undefined && value > limit * warnAt) {
    return [
      {
        rule: `${rule}-degraded`,
        severity: DEGRADED,
        message: `${what} ${show(value)} is above ${Math.round(warnAt * 100)}% of its limit ${show(limit)}`,
      },
    ];
  }
  return [];
}

/** The error rate, the percentiles (given enough samples) and each kind of failed request, judged. */
function latencyFindings(
  { errors }: LatencySamples,
  figures: { sent: number; errorRate: number; sorted: number[] },
  limits: LatencyLimits,
): Finding[] {
  const { sent, errorRate, sorted } = figures;
  const warnAt = limits['warn-at'];
  const findings = limitFindings(
    warnAt,
    ['error-rate', 'error rate', errorRate, limits['error-rate']],
    percent,
  );
  if (sorted.length < limits['min-samples']) {
    findings.push({
      rule: 'too-few-samples',
      severity: EXCEEDED,
      message: `${sorted.length} successful samples, fewer than min-samples ${limits['min-samples']}`,
    });
  } else {
    for (const [name, p] of PERCENTILES) {
      const limit = limits[name];
      if (limit !== undefined) {
        findings.push(
          ...limitFindings(
            warnAt,
            [`latency-${name}`, name, percentile(sorted, p), limit],
            formatDuration,
          ),
        );
      }
    }
  }
  for (const [message, count] of errors) {
    findings.push({
      rule: 'request-failed',
      severity: DETAIL,
      message: `${count}/${sent} requests: ${message}`,
    });
  }
  return findings;
}

/**
 * The samples judged: percentiles of the successful requests, thresholds failing like k6's,
 * `warn-at` warning on the way there (Checkly's "degraded").
 */
export function latencyOutcome(samples: LatencySamples, limits: LatencyLimits): CheckOutcome {
  const { times, errors } = samples;
  const sent = times.length + [...errors.values()].reduce((a, b) => a + b, 0);
  const errorRate = sent === 0 ? 1 : (sent - times.length) / sent;
  const sorted = times.toSorted((a, b) => a - b);
  const metrics: Record<string, number> = { requests: sent, samples: times.length, errorRate };
  for (const [, p, metric] of PERCENTILES)
    if (sorted.length) metrics[metric] = Math.round(percentile(sorted, p) * 10) / 10;

  const findings = latencyFindings(samples, { sent, errorRate, sorted }, limits);
  const figures = sorted.length
    ? `p50 ${formatDuration(metrics.p50Ms!)}, p95 ${formatDuration(metrics.p95Ms!)}, p99 ${formatDuration(metrics.p99Ms!)}`
    : 'no successful sample';
  const summary = `${figures}, ${percent(errorRate)} errors over ${plural(sent, 'request')}`;
  const status = statusOf(findings, { failOn: limits['fail-on'], warnFrom: DEGRADED });
  return { status, summary, findings, metrics, failOn: limits['fail-on'] };
}

/** The latency probe: `sample` sends, `latencyOutcome` judges. */
export const latencyProbe: Probe<'latency'> = async (input) =>
  latencyOutcome(await sample(input), input.probe);
