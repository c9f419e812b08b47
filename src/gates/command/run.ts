import { ToolMissingError, type CheckContext, type CheckOutcome } from '../../engine/check.ts';
import type { CommandConfig } from '../../config/schema.ts';
import { tail } from '../../util/text.ts';
import { describeExit, notFoundByShell, runTool } from '../kit/tool.ts';

/** A bash command line to run as a check, from a directory relative to the repository root. */
export interface ShellStep {
  run: string;
  cwd: string;
  env?: Record<string, string>;
  /**
   * What installs the commands the step runs. When set, a command the shell cannot find is
   * a missing tool (skipped or an error, as any gate's tool), not a failing step.
   */
  installHint?: string;
}

/** The command named in the shell's "sh: 1: next: not found" / "bash: line 1: next: command not found". */
const MISSING_COMMAND = /([^\s:]+): (?:command )?not found/;

/**
 * Runs a bash command line whose exit code is the verdict, keeping the tail of its output as
 * evidence and its duration as a metric. stderr is folded into stdout so that the evidence
 * keeps the order the tool printed in (so the shell's "not found" is read there). Custom
 * commands and the build gate both run this way.
 */
export async function runShellStep(step: ShellStep, context: CheckContext): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'bash',
    command: 'bash',
    args: ['-c', `exec 2>&1\n${step.run}`],
    cwd: step.cwd,
    ...(step.env ? { env: step.env } : {}),
    installHint: 'commands run with bash; install bash on the runner',
  });
  if (step.installHint && notFoundByShell(result, result.stdout)) {
    const command = MISSING_COMMAND.exec(result.stdout)?.[1] ?? 'a command it runs';
    throw new ToolMissingError(command, step.installHint);
  }
  const evidence = tail(result.stdout);
  return {
    status: result.exitCode === 0 ? 'pass' : 'fail',
    summary: describeExit(result),
    metrics: { durationMs: result.durationMs },
    ...(evidence ? { evidence } : {}),
  };
}

/** A checklist step of the team's own (the config's `pre.commands`). */
export function runCommand(command: CommandConfig, context: CheckContext): Promise<CheckOutcome> {
  return runShellStep(command, context);
}
