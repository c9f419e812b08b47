import { describe, expect, it } from 'vitest';
import { latencyOutcome } from '../../src/probes/latency.ts';

const limits = { 'error-rate': 0.05, 'min-samples': 5, 'fail-on': 'high' } as const;
/** Ten successful requests of 10ms to 100ms, and `failed` of them as errors of one kind. */
const samples = (failed = 0) => ({
  times: [100, 30, 20, 10, 40, 50, 60, 70, 80, 90],
  errors: new Map(failed ? [['status 500', failed]] : []),
});

describe('latencyOutcome', () => {
  it('passes within every limit, with the nearest-rank percentiles as metrics', () => {
    expect(latencyOutcome(samples(), { ...limits, p95: 100 })).toEqual({
      status: 'pass',
      summary: 'p50 50ms, p95 100ms, p99 100ms, 0.0% errors over 10 requests',
      findings: [],
      metrics: { requests: 10, samples: 10, errorRate: 0, p50Ms: 50, p95Ms: 100, p99Ms: 100 },
      failOn: 'high',
    });
  });

  it('fails an error rate and a percentile over their limits, and details the failed requests', () => {
    const outcome = latencyOutcome(samples(2), { ...limits, p50: 40 });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      { rule: 'error-rate', severity: 'high', message: 'error rate 17% exceeds 5.0%' },
      { rule: 'latency-p50', severity: 'high', message: 'p50 50ms exceeds 40ms' },
      { rule: 'request-failed', severity: 'info', message: '2/12 requests: status 500' },
    ]);
  });

  it('warns of a figure above warn-at of its limit', () => {
    const outcome = latencyOutcome(samples(), { ...limits, p99: 120, 'warn-at': 0.8 });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings).toEqual([
      {
        rule: 'latency-p99-degraded',
        severity: 'low',
        message: 'p99 100ms is above 80% of its limit 120ms',
      },
    ]);
  });

  it('judges no percentile from too few samples, and calls no sample at all an error rate of 100%', () => {
    const outcome = latencyOutcome(
      { times: [], errors: new Map([['ECONNREFUSED', 3]]) },
      {
        ...limits,
        p50: 40,
      },
    );
    expect(outcome.summary).toBe('no successful sample, 100% errors over 3 requests');
    const once = latencyOutcome({ times: [], errors: new Map([['ECONNREFUSED', 1]]) }, limits);
    expect(once.summary).toBe('no successful sample, 100% errors over 1 request');
    expect(outcome.findings?.map((f) => f.rule)).toEqual([
      'error-rate',
      'too-few-samples',
      'request-failed',
    ]);
    expect(outcome.metrics).toEqual({ requests: 3, samples: 0, errorRate: 1 });
  });
});
