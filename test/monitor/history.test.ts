import { describe, expect, it } from 'vitest';
import { addSample, DAY, HOUR, quantize, rollUp } from '../../src/monitor/history.ts';
import { history, MINUTE, NOW, P95 } from './fixtures.ts';

describe('the probe history', () => {
  it('keeps the last six hours run by run, then hours, then days, and nothing past 31 days', () => {
    const buckets = history(40 * DAY, 5 * MINUTE, () => ({
      up: true,
      requests: 1,
      errors: 0,
      latencyMs: 120,
    }));
    const widths = (w: number) => buckets.filter((b) => b.width === w);
    expect(widths(0)).toHaveLength(6 * 12 + 1); // six hours, both ends included
    expect(widths(HOUR).length).toBeGreaterThanOrEqual(7 * 24 - 6 - 1);
    expect(widths(HOUR).length).toBeLessThanOrEqual(7 * 24 - 6 + 1);
    expect(widths(DAY).length).toBeLessThanOrEqual(25);
    expect(Math.min(...buckets.map((b) => b.start))).toBeGreaterThanOrEqual(NOW - 31 * DAY - DAY);
    // Nothing is lost in the roll-up: every run inside the retention is still counted.
    const runs = buckets.reduce((sum, b) => sum + b.runs, 0);
    const oldest = Math.min(...buckets.map((b) => b.start));
    expect(runs).toBe(Math.floor((NOW - oldest) / (5 * MINUTE)) + 1);
  });

  it('rolls up idempotently and in time order', () => {
    const buckets = history(3 * DAY, 7 * MINUTE, (i) => ({
      up: i % 9 !== 0,
      requests: 2,
      errors: i % 9 === 0 ? 2 : 0,
      latencyMs: 100 + (i % 50),
    }));
    expect(rollUp(buckets, NOW, P95)).toEqual(buckets);
    expect(buckets.map((b) => b.start)).toEqual(
      [...buckets.map((b) => b.start)].sort((a, b) => a - b),
    );
  });

  it('puts a late run where it belongs', () => {
    const first = addSample([], { at: NOW, up: true, requests: 1, errors: 0 }, NOW, P95);
    const both = addSample(
      first,
      { at: NOW - MINUTE, up: false, requests: 1, errors: 1 },
      NOW,
      P95,
    );
    expect(both.map((b) => [b.start, b.up])).toEqual([
      [NOW - MINUTE, 0],
      [NOW, 1],
    ]);
  });

  it('keeps rolled-up latencies to two significant digits, and counts slow runs when rolling up', () => {
    expect([quantize(1234), quantize(87), quantize(5), quantize(0.4)]).toEqual([1200, 87, 5, 0]);
    const slowEveryFifth = history(2 * DAY, HOUR, (i) => ({
      up: true,
      requests: 1,
      errors: 0,
      latencyMs: i % 5 === 0 ? 2500 : 300,
    }));
    const rolled = slowEveryFifth.filter((b) => b.width > 0);
    expect(rolled.reduce((s, b) => s + b.slow, 0)).toBe(
      rolled.reduce((s, b) => s + (b.latencies.find(([ms]) => ms === 2500)?.[1] ?? 0), 0),
    );
  });
});
