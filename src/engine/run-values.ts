import type { Exec } from './exec.ts';

/**
 * What a run value is computed with: the repository root, and programs bound to the run's
 * deadline rather than to the timeout of the check that happened to ask first, so that one
 * check cut short does not cut the value short for the others.
 */
export interface RunScope {
  root: string;
  signal: AbortSignal;
  exec: Exec;
}

/**
 * A value that every check of a run may need and that is the same for all of them (the files
 * git tracks, say): computed at most once per run, on first use, and shared.
 */
export interface RunValue<T> {
  readonly compute: (scope: RunScope) => Promise<T>;
}

export const runValue = <T>(compute: (scope: RunScope) => Promise<T>): RunValue<T> => ({
  compute,
});

/** Asks for a run value; `scope` is called only when the value is computed. */
export type RunValues = <T>(value: RunValue<T>, scope: () => RunScope) => Promise<T>;

/** The values of one run: each computed on its first ask, its promise shared by every later ask. */
export function runValues(): RunValues {
  const computed = new Map<RunValue<unknown>, Promise<unknown>>();
  return <T>(value: RunValue<T>, scope: () => RunScope): Promise<T> => {
    const known = computed.get(value) as Promise<T> | undefined;
    if (known) return known;
    const computing = value.compute(scope());
    computed.set(value, computing);
    return computing;
  };
}
