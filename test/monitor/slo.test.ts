import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/monitor/history.ts';
import {
  BUDGET_WINDOW_MS,
  errorBudgets,
  trendOf,
  weightedPercentile,
  windowStats,
} from '../../src/monitor/slo.ts';
import { history, MINUTE, NOW, P95 } from './fixtures.ts';

describe('uptime, p95, error rate and budgets', () => {
  // One day of runs every 10 minutes: 144 runs, 3 down, 6 slow, 2 requests each, 4 errors.
  const day = history(DAY, 10 * MINUTE, (i) => ({
    up: ![10, 11, 50].includes(i),
    requests: 2,
    errors: [10, 11].includes(i) ? 2 : 0,
    latencyMs: i < 6 ? 3000 + i : 100 + (i % 20),
  }));

  it('equal the figures computed by hand', () => {
    const stats = windowStats(day, NOW, DAY, P95);
    expect(stats.runs).toBe(144);
    expect(stats.uptime).toBeCloseTo(141 / 144, 12);
    expect(stats.errorRate).toBeCloseTo(4 / 288, 12);
    expect(stats.slowRuns).toBe(6);
    // Nearest rank: ceil(0.95 × 144) = 137th of the ascending latencies. 138 runs are at
    // 100–119 ms (7 of each value, 5 at 118 and 119 … ), then 3000–3005.
    const all = day
      .flatMap((b) => b.latencies.flatMap(([ms, n]) => Array<number>(n).fill(ms)))
      .sort((a, b) => a - b);
    expect(stats.p95Ms).toBe(all[Math.ceil(0.95 * all.length) - 1]);
    const budgets = errorBudgets(stats, { uptime: 0.99, p95: P95, 'error-rate': 0.01 });
    expect(budgets[0]).toMatchObject({ objective: 'uptime', used: 3 });
    expect(budgets[0]?.allowed).toBeCloseTo(1.44, 12);
    expect(budgets[0]?.left).toBeCloseTo(1 - 3 / 1.44, 12);
    expect(budgets[1]).toMatchObject({ objective: 'p95', used: 6 });
    expect(budgets[1]?.left).toBeCloseTo(1 - 6 / (144 * 0.05), 12);
    expect(budgets[2]?.left).toBeCloseTo(1 - 4 / 2.88, 12);
  });

  it('have no figure without data, and a budget that an objective of 100% cannot spare', () => {
    const empty = windowStats([], NOW, BUDGET_WINDOW_MS, P95);
    expect(empty).toMatchObject({ runs: 0 });
    expect(empty.uptime).toBeUndefined();
    expect(
      errorBudgets(empty, { uptime: 0.999, p95: P95, 'error-rate': 0.01 })[0]?.left,
    ).toBeUndefined();
    const one = windowStats(
      history(HOUR, HOUR, () => ({ up: false, requests: 1, errors: 1 })),
      NOW,
      DAY,
      P95,
    );
    expect(errorBudgets(one, { uptime: 1, p95: P95, 'error-rate': 0 })[0]?.left).toBe(-Infinity);
  });

  it('weighted percentile is the nearest rank', () => {
    expect(
      weightedPercentile(
        [
          [10, 19],
          [500, 1],
        ],
        0.95,
      ),
    ).toBe(10);
    expect(
      weightedPercentile(
        [
          [10, 18],
          [500, 2],
        ],
        0.95,
      ),
    ).toBe(500);
    expect(weightedPercentile([], 0.95)).toBeUndefined();
  });

  it('trend: the day against the week, beyond a fifth and the noise', () => {
    expect(trendOf(130, 100, true, 10)).toBe('worse');
    expect(trendOf(110, 100, true, 10)).toBe('steady');
    expect(trendOf(50, 100, true, 10)).toBe('better');
    expect(trendOf(12, 5, true, 10)).toBe('steady');
    expect(trendOf(130, 100, false, 10)).toBeUndefined();
  });
});
