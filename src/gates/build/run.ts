import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { runShellStep } from '../command/run.ts';
import type { GateInput } from '../kit/gate.ts';
import { projectInstallHint } from '../kit/project-bin.ts';

/**
 * The production build (`npm run build` unless `run` says otherwise) from the project
 * directory: its exit code is the verdict, like a custom command's, because a build has no
 * machine-readable report to parse. A command the build runs that the shell cannot find (no
 * node_modules, so no `next`) means the project's dependencies are not installed: the same
 * missing tool as ESLint's or tsc's, with the same hint.
 */
export function run(
  { options, dir }: GateInput<'build'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  return runShellStep(
    { run: options.run, cwd: dir, env: options.env, installHint: projectInstallHint(dir) },
    context,
  );
}
