import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import { plural } from '../../util/text.ts';
import { isExcluded } from './globs.ts';
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
  /** The gate's `exclude` globs: findings in these files are dropped, and counted. */
  exclude?: readonly string[];
}

/** The report without the findings in excluded files, with a note that counts them. */
function withoutExcluded(parsed: ToolParse, exclude: readonly string[]): ToolParse {
  if (!parsed.ok || exclude.length === 0) return parsed;
  const report = parsed.value;
  const kept = report.findings.filter((f) => !f.file || !isExcluded(f.file, exclude));
  const dropped = report.findings.length - kept.length;
  if (dropped === 0) return parsed;
  const note = { text: `${plural(dropped, 'finding')} in excluded files not judged`, warn: false };
  return { ok: true, value: { ...report, findings: kept, notes: [...(report.notes ?? []), note] } };
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
  // Excluded files are dropped only now: what contradicts the exit code is the whole report.
  const kept = withoutExcluded(parsed, gate.exclude ?? []);
  return judgeToolReport(tool, result, kept, { ...gate.judgement, today: context.now() });
}
