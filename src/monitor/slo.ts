import type { MonitorConfig } from '../config/monitor-schema.ts';
import { DAY, slowRuns, type Bucket } from './history.ts';

/**
 * Uptime, latency and error figures over a window of a target's history, and the error
 * budget left against the SLOs. Uptime counts runs (a scheduled monitor sees the target only
 * when it runs): the share of runs in which every blocking probe passed.
 */

export type Slo = MonitorConfig['slo'];

/** The windows the status table reports uptime over. */
export const WINDOWS = [
  { name: '24 h', ms: DAY },
  { name: '7 d', ms: 7 * DAY },
  { name: '30 d', ms: 30 * DAY },
] as const;

/** The window the error budget is spent over, as SRE practice has it. */
export const BUDGET_WINDOW_MS = 30 * DAY;

export interface WindowStats {
  runs: number;
  up: number;
  /** Runs that measured a latency. */
  timedRuns: number;
  /** Runs slower than the p95 objective. */
  slowRuns: number;
  requests: number;
  errors: number;
  /** undefined without runs (or requests, or latencies): there is nothing to say. */
  uptime?: number;
  p95Ms?: number;
  errorRate?: number;
}

/**
 * Figures over the buckets that start within `windowMs` before `now`. Rolled-up buckets
 * count whole, so a window's edge is exact to the hour (the day beyond 7 days).
 */
export function windowStats(
  buckets: readonly Bucket[],
  now: number,
  windowMs: number,
  p95ObjectiveMs: number,
): WindowStats {
  const from = now - windowMs;
  const inside = buckets.filter((bucket) => bucket.start >= from && bucket.start <= now);
  const stats: WindowStats = {
    runs: 0,
    up: 0,
    timedRuns: 0,
    slowRuns: 0,
    requests: 0,
    errors: 0,
  };
  const latencies: [number, number][] = [];
  for (const bucket of inside) {
    stats.runs += bucket.runs;
    stats.up += bucket.up;
    stats.requests += bucket.requests;
    stats.errors += bucket.errors;
    stats.slowRuns += slowRuns(bucket, p95ObjectiveMs);
    for (const pair of bucket.latencies) {
      latencies.push(pair);
      stats.timedRuns += pair[1];
    }
  }
  if (stats.runs) stats.uptime = stats.up / stats.runs;
  if (stats.requests) stats.errorRate = stats.errors / stats.requests;
  const p95 = weightedPercentile(latencies, 0.95);
  if (p95 !== undefined) stats.p95Ms = p95;
  return stats;
}

/** Nearest-rank percentile of [value, count] pairs, as the latency probe computes it. */
export function weightedPercentile(
  pairs: readonly [number, number][],
  p: number,
): number | undefined {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return sorted.at(-1)?.[0];
}

/** One objective's budget: how many bad events it allows over the window and how many came. */
export interface Budget {
  objective: 'uptime' | 'p95' | 'error-rate';
  allowed: number;
  used: number;
  /** Share of the budget left: 1 untouched, 0 spent, below 0 overspent; undefined without data. */
  left?: number;
}

function budget(objective: Budget['objective'], events: number, share: number, used: number) {
  const allowed = events * share;
  const result: Budget = { objective, allowed, used };
  if (events === 0) return result;
  result.left = allowed > 0 ? 1 - used / allowed : used === 0 ? 1 : -Infinity;
  return result;
}

/**
 * The error budgets over `stats` (the 30-day window): failing runs against 1 − uptime,
 * runs slower than p95 against 5% of the timed runs (that is what "p95 ≤ X" promises), and
 * failed requests against the error-rate objective.
 */
export function errorBudgets(stats: WindowStats, slo: Slo): Budget[] {
  return [
    budget('uptime', stats.runs, 1 - slo.uptime, stats.runs - stats.up),
    budget('p95', stats.timedRuns, 0.05, stats.slowRuns),
    budget('error-rate', stats.requests, slo['error-rate'], stats.errors),
  ];
}

export type Trend = 'worse' | 'better' | 'steady';

/**
 * The last 24 hours against the last 7 days: worse or better when a figure moved by more
 * than a fifth and by more than `noise` (10 ms, or 0.1 percentage points, say). Undefined
 * when either side has no figure or the week holds nothing older than the day.
 */
export function trendOf(
  day: number | undefined,
  week: number | undefined,
  weekHasMore: boolean,
  noise: number,
): Trend | undefined {
  if (day === undefined || week === undefined || !weekHasMore) return undefined;
  const change = day - week;
  const meaningful = Math.abs(change) > Math.max(week * 0.2, noise);
  if (!meaningful) return 'steady';
  return change > 0 ? 'worse' : 'better';
}
