import { addSample, type Bucket, type Sample } from '../../src/monitor/history.ts';

export const MINUTE = 60_000;
export const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
export const P95 = 2000;

/** Every `everyMs` back from NOW for `forMs`: `make(i)` says what the i-th run (oldest first) saw. */
export function history(
  forMs: number,
  everyMs: number,
  make: (i: number) => Omit<Sample, 'at'>,
): Bucket[] {
  let buckets: Bucket[] = [];
  const count = Math.floor(forMs / everyMs);
  for (let i = 0; i < count; i++) {
    const at = NOW - (count - 1 - i) * everyMs;
    buckets = addSample(buckets, { at, ...make(i) }, at, P95);
  }
  return buckets;
}
