import { z } from 'zod';
import { DAY, DEFAULT_RETENTION, HOUR, rollUp, type Bucket, type Retention } from './history.ts';
import type { IncidentState } from './incident.ts';

/**
 * The machine-readable part of the status issue: every target's buckets and incident state,
 * as compact JSON inside an HTML comment (invisible on GitHub, kept by every edit through
 * the API). Decoding is total: a body edited by hand into nonsense starts a fresh history.
 */

export interface TargetRecord {
  buckets: Bucket[];
  incident: IncidentState;
}

export interface MonitorHistory {
  targets: Record<string, TargetRecord>;
  /** Keys of the last runs recorded, oldest first: a run that finds its key was not overwritten. */
  runs?: string[];
}

export const EMPTY_HISTORY: MonitorHistory = { targets: {} };

const OPEN = '<!-- shipgate:history ';
const CLOSE = ' -->';

// A run: [start s, up, requests, errors, latency ms?]. Rolled up: [start s, width s, runs,
// up, requests, errors, slow, "ms:runs ms:runs"]. Seconds and short tuples: a month of
// five-minute runs for a handful of targets has to fit in one issue body.
const count = z.number().int().nonnegative();
const runWire = z.union([
  z.tuple([count, z.union([z.literal(0), z.literal(1)]), count, count]),
  z.tuple([count, z.union([z.literal(0), z.literal(1)]), count, count, z.number().nonnegative()]),
]);
const rolledWire = z.tuple([
  count,
  z.union([z.literal(HOUR / 1000), z.literal(DAY / 1000)]),
  count,
  count,
  count,
  count,
  count,
  z.string().regex(/^(\d+(\.\d+)?:\d+( |$))*$/),
]);
const issueWire = z.object({
  number: count,
  open: z.boolean(),
  since: count,
  firstRunUrl: z.string().optional(),
  openedAt: count,
  closedAt: count.optional(),
  reopens: count,
  signature: z.string(),
  runs: count,
  failedRuns: count,
  failed: z.array(z.string()),
});
const incidentWire = z.object({
  failingRuns: count,
  passingRuns: count,
  since: count.optional(),
  firstRunUrl: z.string().optional(),
  issue: issueWire.optional(),
});
const historyWire = z.object({
  v: z.literal(1),
  r: z.array(z.string().max(64)).max(100).optional(),
  targets: z.record(
    z.string(),
    z.object({ b: z.array(z.union([runWire, rolledWire])), i: incidentWire }),
  ),
});

function bucketToWire(bucket: Bucket): (number | string)[] {
  const start = Math.round(bucket.start / 1000);
  if (bucket.width === 0) {
    const head = [start, bucket.up ? 1 : 0, bucket.requests, bucket.errors] as const;
    const latency = bucket.latencies[0]?.[0];
    return latency === undefined ? [...head] : [...head, latency];
  }
  return [
    start,
    bucket.width / 1000,
    bucket.runs,
    bucket.up,
    bucket.requests,
    bucket.errors,
    bucket.slow,
    bucket.latencies.map(([ms, runs]) => `${ms}:${runs}`).join(' '),
  ];
}

function bucketFromWire(wire: z.infer<typeof runWire> | z.infer<typeof rolledWire>): Bucket {
  if (wire.length <= 5) {
    const [start, up, requests, errors, latency] = wire as [
      number,
      number,
      number,
      number,
      number?,
    ];
    return {
      start: start * 1000,
      width: 0,
      runs: 1,
      up,
      requests,
      errors,
      slow: 0,
      latencies: latency === undefined ? [] : [[latency, 1]],
    };
  }
  const [start, width, runs, up, requests, errors, slow, latencies] = wire as z.infer<
    typeof rolledWire
  >;
  return {
    start: start * 1000,
    width: width * 1000,
    runs,
    up,
    requests,
    errors,
    slow,
    latencies: latencies
      .split(' ')
      .filter(Boolean)
      .map((pair) => pair.split(':').map(Number) as [number, number]),
  };
}

/** The history as the HTML comment the status issue carries. `>` is escaped: `-->` ends it. */
export function encodeHistory(history: MonitorHistory): string {
  const wire = {
    v: 1,
    ...(history.runs ? { r: history.runs } : {}),
    targets: Object.fromEntries(
      Object.entries(history.targets).map(([name, record]) => [
        name,
        { b: record.buckets.map(bucketToWire), i: record.incident },
      ]),
    ),
  };
  return `${OPEN}${JSON.stringify(wire).replace(/>/g, '\\u003e')}${CLOSE}`;
}

export type DecodedHistory = { history: MonitorHistory; problem?: string };

/** The history in a status issue body; an empty one (and why) when there is none or it is unreadable. */
export function decodeHistory(body: string): DecodedHistory {
  const start = body.indexOf(OPEN);
  if (start === -1) return { history: EMPTY_HISTORY };
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end === -1) return { history: EMPTY_HISTORY, problem: 'the history comment is not closed' };
  let json: unknown;
  try {
    json = JSON.parse(body.slice(start + OPEN.length, end));
  } catch (error) {
    return { history: EMPTY_HISTORY, problem: `the history is not JSON (${String(error)})` };
  }
  const parsed = historyWire.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      history: EMPTY_HISTORY,
      problem: `the history does not match its format at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    };
  }
  const targets: Record<string, TargetRecord> = {};
  for (const [name, record] of Object.entries(parsed.data.targets)) {
    targets[name] = {
      buckets: record.b.map(bucketFromWire).sort((a, b) => a.start - b.start),
      incident: stripUndefined<IncidentState>(record.i),
    };
  }
  return { history: { targets, ...(parsed.data.r ? { runs: parsed.data.r } : {}) } };
}

/** zod keeps optional keys present as undefined; the state's types say absent. */
function stripUndefined<T>(value: object): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Successively tighter retentions, tried when the default one does not fit the body. */
const TIGHTER: Retention[] = [
  DEFAULT_RETENTION,
  { rawMs: 2 * HOUR, hourlyMs: 3 * DAY, keepMs: 31 * DAY },
  { rawMs: 0, hourlyMs: DAY, keepMs: 31 * DAY },
  { rawMs: 0, hourlyMs: 0, keepMs: 31 * DAY },
];

/**
 * The history rolled up until its encoding fits in `maxChars`: the default retention, then
 * tighter ones, and at last the oldest days dropped. A target with nothing left to report
 * (no bucket in 31 days, no incident under way), such as one removed from the config, goes.
 */
export function boundHistory(
  history: MonitorHistory,
  now: number,
  p95Ms: number,
  maxChars: number,
): MonitorHistory {
  let bounded = history;
  for (const retention of TIGHTER) {
    bounded = mapBuckets(history, (buckets) => rollUp(buckets, now, p95Ms, retention));
    if (encodeHistory(bounded).length <= maxChars) return bounded;
  }
  // Still too long (very many targets): drop the oldest buckets of the longest target, as many
  // at a time as the excess surely covers (a bucket encodes to well under 200 characters).
  const trimmed = structuredClone(bounded);
  let excess = encodeHistory(trimmed).length - maxChars;
  while (excess > 0) {
    const longest = Object.values(trimmed.targets).sort(
      (a, b) => b.buckets.length - a.buckets.length,
    )[0];
    if (!longest?.buckets.length) break;
    longest.buckets.splice(0, Math.max(1, Math.floor(excess / 200)));
    excess = encodeHistory(trimmed).length - maxChars;
  }
  return trimmed;
}

function mapBuckets(
  history: MonitorHistory,
  map: (buckets: readonly Bucket[]) => Bucket[],
): MonitorHistory {
  const targets: Record<string, TargetRecord> = {};
  for (const [name, record] of Object.entries(history.targets)) {
    const buckets = map(record.buckets);
    if (buckets.length === 0 && !record.incident.issue?.open && record.incident.failingRuns === 0)
      continue;
    targets[name] = { buckets, incident: record.incident };
  }
  return { targets, ...(history.runs ? { runs: history.runs } : {}) };
}
