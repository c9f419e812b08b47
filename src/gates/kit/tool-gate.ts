import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import { runTool, toolError, type ToolInvocation } from './tool.ts';
import {
  judgeToolReport,
  unfinishedRun,
  type ToolJudgement,
  type ToolOutput,
  type ToolParse,
} from './tool-report.ts';

/**
 * A gate that runs one tool and judges its report, as data: how to invoke it, which exits
 * carry a report, how to parse it and what in the report contradicts the exit code.
 */
export interface ToolGate {
  invocation: ToolInvocation;
  /** The tool's name in messages, when it is not the executable's ("npm audit"). */
  label?: string;
  /** The exit codes that carry a report; any other means the tool did not finish its work. */
  reportingExits?: { codes: readonly number[]; otherwise: string };
  /** The gate's parser, bound to the paths and options it needs. */
  parse: (output: ToolOutput) => ToolParse;
  /**
   * Why the parse cannot be trusted given how the tool ended (exit 1 yet no finding, say),
   * or undefined when it can. `findings` keeps what was parsed beside the error.
   */
  contradicts?: (
    parsed: ToolParse,
    result: ExecResult,
  ) => string | { reason: string; keepFindings: true } | undefined;
  judgement: Omit<ToolJudgement, 'today'>;
}

/**
 * The one pipeline of every tool gate: run the tool (a missing one throws ToolMissingError),
 * then a run stopped or cut off, an exit that carries no report, output that is no report,
 * or a report the exit code contradicts is an `error`; otherwise waivers are applied and the
 * findings judged.
 */
export async function runToolGate(gate: ToolGate, context: CheckContext): Promise<CheckOutcome> {
  const tool = gate.label ?? gate.invocation.tool;
  const result = await runTool(context, gate.invocation);
  const unfinished = unfinishedRun(tool, result);
  if (unfinished) return unfinished;
  const exits = gate.reportingExits;
  if (exits && (result.exitCode === null || !exits.codes.includes(result.exitCode))) {
    return toolError(tool, exits.otherwise, result);
  }
  const parsed = gate.parse(result);
  const contradiction = gate.contradicts?.(parsed, result);
  if (typeof contradiction === 'string') return toolError(tool, contradiction, result);
  if (contradiction) {
    const findings = parsed.ok ? parsed.value.findings : [];
    return {
      ...toolError(tool, contradiction.reason, result),
      ...(findings.length > 0 ? { findings } : {}),
    };
  }
  return judgeToolReport(tool, result, parsed, { ...gate.judgement, today: context.now() });
}
