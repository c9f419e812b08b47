import type { ExecResult } from '../../src/engine/exec.ts';
import type { ToolOutput } from '../../src/gates/kit/tool-report.ts';
import { testContext } from './context.ts';

/** How a tool process ended; by default a clean exit 0 that printed nothing. */
export const ended = (overrides: Partial<ExecResult> = {}): ExecResult => ({
  exitCode: 0,
  signal: null,
  stdout: '',
  stderr: '',
  truncated: false,
  droppedBytes: 0,
  durationMs: 1,
  notFound: false,
  aborted: false,
  ...overrides,
});

/**
 * A context in which every process ends as `result` says, for the faults a real tool cannot
 * be made to show on demand: a crash with empty stdout, garbage, a cut-off report, a timeout.
 * Output is given as exec hands it over, already normalised (see src/engine/exec.ts).
 */
export const cannedContext = (root: string, result: Partial<ExecResult>) =>
  testContext({ root, exec: () => Promise.resolve(ended(result)) });

/** What a tool printed, as a parser reads it. */
export const printed = (stdout: string, stderr = ''): ToolOutput => ({ stdout, stderr });
