import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { runShellStep } from '../command/run.ts';
import type { GateInput } from '../kit/gate.ts';

/**
 * The production build (`npm run build` unless `run` says otherwise) from the project
 * directory: its exit code is the verdict, like a custom command's, because a build has no
 * machine-readable report to parse.
 */
export function run(
  { options, dir }: GateInput<'build'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  return runShellStep({ run: options.run, cwd: dir, env: options.env }, context);
}
