import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import type { CommandConfig } from '../config/schema.ts';
import { tail } from '../util/text.ts';
import { describeExit, runTool } from './tool.ts';

/**
 * A checklist step of the team's own: a bash command line whose exit code is the verdict.
 * stderr is folded into stdout so that the evidence keeps the order the tool printed in.
 */
export async function runCommand(
  command: CommandConfig,
  context: CheckContext,
): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'bash',
    command: 'bash',
    args: ['-c', `exec 2>&1\n${command.run}`],
    cwd: command.cwd,
    env: command.env,
    installHint: 'custom commands run with bash; install bash on the runner',
  });
  const evidence = tail(result.stdout);
  return {
    status: result.exitCode === 0 ? 'pass' : 'fail',
    summary: describeExit(result),
    ...(evidence ? { evidence } : {}),
  };
}
