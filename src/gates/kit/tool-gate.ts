import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import { plural } from '../../util/text.ts';
import { isExcluded } from './globs.ts';
import { listSourceFiles } from './source-files.ts';
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
  /**
   * The tool walks the source tree with its own config, which cannot tell what git tracks:
   * in a git work tree, its findings in files git does not track (a build's leftovers, a
   * scratch file, a virtual environment) are dropped, and counted. Nothing is added to the
   * tool's command line for it, so the project's own excludes apply as they are.
   */
  tracked?: boolean;
}

/**
 * The report without the findings in files `keep` refuses, with a note that counts them
 * ("2 findings in <where> not judged").
 */
function keepFiles(parsed: ToolParse, keep: (file: string) => boolean, where: string): ToolParse {
  if (!parsed.ok) return parsed;
  const report = parsed.value;
  const kept = report.findings.filter((f) => !f.file || keep(f.file));
  const dropped = report.findings.length - kept.length;
  if (dropped === 0) return parsed;
  const note = { text: `${plural(dropped, 'finding')} in ${where} not judged`, warn: false };
  return { ok: true, value: { ...report, findings: kept, notes: [...(report.notes ?? []), note] } };
}

/** Which files of the repository git tracks; undefined outside a git work tree (all count). */
async function trackedFiles(context: CheckContext): Promise<ReadonlySet<string> | undefined> {
  const { files, source } = await listSourceFiles(context);
  return source === 'git' ? new Set(files) : undefined;
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
  // Files are dropped only now: what contradicts the exit code is the whole report.
  const tracked = gate.tracked ? await trackedFiles(context) : undefined;
  const committed = tracked
    ? keepFiles(parsed, (file) => tracked.has(file), 'files git does not track')
    : parsed;
  const exclude = gate.exclude ?? [];
  const kept = keepFiles(committed, (file) => !isExcluded(file, exclude), 'excluded files');
  return judgeToolReport(tool, result, kept, { ...gate.judgement, today: context.now() });
}
