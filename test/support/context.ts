import type { CheckContext } from '../../src/engine/check.ts';
import { exec } from '../../src/engine/exec.ts';
import { runValues } from '../../src/engine/run-values.ts';

/**
 * A real CheckContext for calling a gate or probe directly: real processes, a log that is
 * kept for assertions, and the given environment instead of the test runner's.
 */
export function testContext(
  overrides: Partial<CheckContext> & { root: string },
): CheckContext & { logged: string[] } {
  const logged: string[] = [];
  const controller = new AbortController();
  const signal = overrides.signal ?? controller.signal;
  // The context is one run of its own: its run values are computed with its root and exec.
  const values = runValues();
  const context: CheckContext & { logged: string[] } = {
    signal,
    // As the engine does: the run's environment under the check's own.
    exec: (command, args, options) =>
      exec(command, args, {
        signal,
        ...options,
        env: { ...process.env, ...overrides.env, ...options.env },
      }),
    log: (line) => logged.push(line),
    env: {},
    maskSecret: () => {},
    now: () => new Date('2026-11-24T12:00:00Z'),
    shared: (value) => values(value, () => context),
    ...overrides,
    logged,
  };
  return context;
}
