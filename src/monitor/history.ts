/**
 * A target's probe history as the status issue keeps it: recent runs one by one, older runs
 * rolled up into hourly and then daily buckets, so that the history stays within GitHub's
 * issue body limit however long the monitor runs. Pure: time is always passed in.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** One monitor run's result for one target. */
export interface Sample {
  /** When the run probed (epoch ms). */
  at: number;
  /** Every blocking probe of the target passed (or warned). */
  up: boolean;
  /** The run's latency figure: the latency probe's p95, or the slowest probe response. */
  latencyMs?: number;
  /** Requests the run judged (latency probe requests, or one per health/page probe). */
  requests: number;
  errors: number;
}

/**
 * Runs aggregated over [start, start + width). A single run is a bucket of width 0, whose
 * latency is exact; rolled-up buckets keep latencies to two significant digits, and count
 * the runs that were slower than the p95 objective at the time they were rolled up.
 */
export interface Bucket {
  start: number;
  width: number;
  runs: number;
  up: number;
  requests: number;
  errors: number;
  /** Rolled-up buckets only: runs slower than the p95 objective (single runs are judged live). */
  slow: number;
  /** [latency ms, runs] pairs, ascending. */
  latencies: [number, number][];
}

/** How long each resolution is kept: raw runs, then hourly buckets, then daily ones. */
export interface Retention {
  rawMs: number;
  hourlyMs: number;
  keepMs: number;
}

/** 30 days must stay covered for the 30-day window; the rest is what the body can afford. */
export const DEFAULT_RETENTION: Retention = {
  rawMs: 6 * HOUR,
  hourlyMs: 7 * DAY,
  keepMs: 31 * DAY,
};

function bucketOf(sample: Sample): Bucket {
  return {
    start: sample.at,
    width: 0,
    runs: 1,
    up: sample.up ? 1 : 0,
    requests: sample.requests,
    errors: sample.errors,
    slow: 0,
    latencies: sample.latencyMs === undefined ? [] : [[Math.round(sample.latencyMs), 1]],
  };
}

/** Two significant digits: what a rolled-up latency keeps (p95 figures within 5%). */
export const quantize = (ms: number): number => (ms < 1 ? 0 : Number(ms.toPrecision(2)));

/** Runs of `bucket` slower than `p95Ms`: counted live for single runs, kept for rolled-up ones. */
export function slowRuns(bucket: Bucket, p95Ms: number): number {
  if (bucket.width > 0) return bucket.slow;
  return bucket.latencies.reduce((sum, [ms, runs]) => (ms > p95Ms ? sum + runs : sum), 0);
}

function mergeLatencies(into: Map<number, number>, latencies: readonly [number, number][]): void {
  for (const [ms, runs] of latencies) {
    const key = quantize(ms);
    into.set(key, (into.get(key) ?? 0) + runs);
  }
}

/** Latency values a rolled-up bucket keeps at most: what makes a day cost what an hour does. */
const MAX_LATENCIES = { [HOUR]: 6, [DAY]: 12 } as Record<number, number>;

/**
 * Ascending [ms, runs] pairs cut down to `max` by folding the closest neighbours (by ratio)
 * into the higher of the two: a percentile read from the result is never lower than the
 * true one, so the p95 objective is never met by rounding.
 */
function compressLatencies(pairs: [number, number][], max: number): [number, number][] {
  const kept = pairs.map(([ms, runs]): [number, number] => [ms, runs]);
  while (kept.length > max) {
    let closest = 0;
    for (let i = 1; i < kept.length - 1; i++) {
      const ratio = kept[i + 1]![0] / Math.max(kept[i]![0], 1);
      if (ratio < kept[closest + 1]![0] / Math.max(kept[closest]![0], 1)) closest = i;
    }
    kept[closest + 1]![1] += kept[closest]![1];
    kept.splice(closest, 1);
  }
  return kept;
}

/** Folds `buckets` into one bucket of `width` starting at `start`. */
function merge(start: number, width: number, buckets: readonly Bucket[], p95Ms: number): Bucket {
  const latencies = new Map<number, number>();
  const merged: Bucket = {
    start,
    width,
    runs: 0,
    up: 0,
    requests: 0,
    errors: 0,
    slow: 0,
    latencies: [],
  };
  for (const bucket of buckets) {
    merged.runs += bucket.runs;
    merged.up += bucket.up;
    merged.requests += bucket.requests;
    merged.errors += bucket.errors;
    merged.slow += slowRuns(bucket, p95Ms);
    mergeLatencies(latencies, bucket.latencies);
  }
  const ascending = [...latencies].sort((a, b) => a[0] - b[0]);
  merged.latencies = compressLatencies(ascending, MAX_LATENCIES[width] ?? ascending.length);
  return merged;
}

/**
 * Adds a run to a target's buckets (in time order: a late run from a queued workflow lands
 * where it belongs) and rolls up what has aged out of each resolution.
 */
export function addSample(
  buckets: readonly Bucket[],
  sample: Sample,
  now: number,
  p95Ms: number,
  retention: Retention = DEFAULT_RETENTION,
): Bucket[] {
  const added = [...buckets];
  let at = added.length;
  while (at > 0 && added[at - 1]!.start > sample.at) at--;
  added.splice(at, 0, bucketOf(sample));
  return rollUp(added, now, p95Ms, retention);
}

/**
 * Raw runs older than `rawMs` go into hourly buckets, hourly buckets older than `hourlyMs`
 * into daily ones (aligned on UTC hours and days), and anything older than `keepMs` is
 * dropped. Idempotent; the result is in time order.
 */
export function rollUp(
  buckets: readonly Bucket[],
  now: number,
  p95Ms: number,
  retention: Retention = DEFAULT_RETENTION,
): Bucket[] {
  const kept: Bucket[] = [];
  const groups = new Map<string, { start: number; width: number; members: Bucket[] }>();
  let dropped = false;
  for (const bucket of buckets) {
    const age = now - bucket.start;
    if (age > retention.keepMs) {
      dropped = true;
      continue;
    }
    const resolution = age > retention.hourlyMs ? DAY : age > retention.rawMs ? HOUR : 0;
    if (resolution <= bucket.width) {
      kept.push(bucket);
      continue;
    }
    const start = Math.floor(bucket.start / resolution) * resolution;
    const key = `${resolution}:${start}`;
    const group = groups.get(key) ?? { start, width: resolution, members: [] };
    group.members.push(bucket);
    groups.set(key, group);
  }
  // Usually nothing, or the one run that has just aged into its hour: keep this cheap.
  if (groups.size === 0) return dropped ? kept : [...buckets];
  for (const { start, width, members } of groups.values()) {
    const existing = kept.findIndex((b) => b.width === width && b.start === start);
    if (existing !== -1) members.unshift(...kept.splice(existing, 1));
    kept.push(merge(start, width, members, p95Ms));
  }
  return kept.sort((a, b) => a.start - b.start || b.width - a.width);
}
