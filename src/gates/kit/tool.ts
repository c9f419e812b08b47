import path from 'node:path';
import { ToolMissingError, type CheckContext, type CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import { tail } from '../../util/text.ts';

/** How to run one external tool, and what to tell the user when it is missing. */
export interface ToolInvocation {
  /** The tool's name for messages, e.g. "bandit". */
  tool: string;
  command: string;
  args: readonly string[];
  /** Relative to the repository root. */
  cwd: string;
  env?: Record<string, string>;
  installHint: string;
}

/**
 * Runs a gate's tool through the context (so it obeys the check's timeout and logs into
 * its group) and throws ToolMissingError when the executable does not exist.
 */
export async function runTool(
  context: CheckContext,
  invocation: ToolInvocation,
): Promise<ExecResult> {
  const result = await context.exec(invocation.command, invocation.args, {
    cwd: path.resolve(context.root, invocation.cwd),
    env: invocation.env,
  });
  // For tools started through a wrapper script.
  if (result.notFound || notFoundByShell(result, result.stderr)) {
    throw new ToolMissingError(invocation.tool, invocation.installHint);
  }
  return result;
}

/** Exit 127 and the shell's message in `output`: the shell could not find a command. */
export function notFoundByShell(result: ExecResult, output: string): boolean {
  return result.exitCode === 127 && /not found/i.test(output);
}

/** How a tool ended, for messages: "exit code 2", "killed by SIGKILL". */
export function describeExit(result: ExecResult): string {
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return result.signal ? `killed by ${result.signal}` : 'no exit status';
}

/**
 * The `error` outcome for a tool that did not produce a usable report: names the reason
 * and keeps the tail of what the tool printed (stderr first) as evidence.
 */
export function toolError(tool: string, reason: string, result?: ExecResult): CheckOutcome {
  const output = result ? result.stderr.trim() || result.stdout.trim() : '';
  return {
    status: 'error',
    summary: `${tool}: ${reason}${result ? ` (${describeExit(result)})` : ''}`,
    ...(output ? { evidence: tail(output) } : {}),
  };
}
