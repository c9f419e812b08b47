// Shared measuring helpers for the bench modules.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Wall time of one run of a command, in milliseconds; throws if it exits non-zero unexpectedly. */
export function timeCommand(
  command: string,
  args: string[],
  options: SpawnSyncOptions & { expectCode?: number } = {},
): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore', ...options });
  const elapsed = performance.now() - started;
  const expected = options.expectCode ?? 0;
  if (result.status !== expected)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}, expected ${expected}`);
  return elapsed;
}

/** Median wall time over `runs` runs, after one warm-up run (file cache, not JIT: each run is a new process). */
export function medianTime(
  runs: number,
  command: string,
  args: string[],
  options: Parameters<typeof timeCommand>[2] = {},
): number {
  timeCommand(command, args, options);
  return median(Array.from({ length: runs }, () => timeCommand(command, args, options)));
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
