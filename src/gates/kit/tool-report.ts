import type { CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import type { Finding, Severity } from '../../core/model.ts';
import { plural } from '../../util/text.ts';
import { judgeFindings } from './policy.ts';
import { toolError } from './tool.ts';
import { applyWaivers, type Waiver, type WaiverNote } from './waivers.ts';

/** What a tool printed: the input of every tool parser. */
export interface ToolOutput {
  stdout: string;
  stderr: string;
}

/** Where a tool ran: its paths are relative to `cwd`, findings' paths to `root` (both absolute). */
export interface ToolPaths {
  root: string;
  cwd: string;
}

/**
 * A parse that found no report. When the tool explained its own failure (npm's error
 * envelope), `own` carries that explanation, shown as it stands rather than as the tail of
 * the output and the exit status.
 */
interface ToolFailure {
  ok: false;
  error: string;
  own?: { evidence?: string };
}

/** What every tool parser returns: the report, or why there is none. */
export type ToolParse = { ok: true; value: ToolReport } | ToolFailure;

/**
 * The one parser contract: the tool's output and what the parser needs to place its
 * findings (paths, options) in; a report or a failure out. Pure and total: it never throws.
 */
export type ToolParser<Options = ToolPaths> = (output: ToolOutput, options: Options) => ToolParse;

/** What a pure parser made of one tool run. */
export interface ToolReport {
  findings: Finding[];
  /** Set when the tool found nothing to look at: the check is then `skip`, not `pass`. */
  nothingToCheck?: string;
  /** Appended to the summary, e.g. "14 files". */
  scope?: string;
  notes?: WaiverNote[];
  metrics?: Record<string, number>;
  /** Lines of output that were neither part of the report nor known chatter. */
  unparsed?: number;
}

/**
 * "in 3 files": how many distinct files the findings point at, for linters whose report
 * names only the files with problems. Undefined when none does.
 */
export function filesScope(findings: readonly Finding[]): string | undefined {
  const files = new Set(findings.flatMap((f) => (f.file ? [f.file] : []))).size;
  return files > 0 ? `in ${plural(files, 'file')}` : undefined;
}

export interface ToolJudgement {
  failOn: Severity;
  waivers?: readonly Waiver[];
  today: Date;
}

/**
 * The `error` for a run that did not finish its report: stopped by its timeout or a
 * cancellation, killed by a signal, or with output beyond the capture limit. Gates that read the exit code
 * themselves ask this first, so that a timeout is never described as the tool's own failure.
 */
export function unfinishedRun(tool: string, result: ExecResult): CheckOutcome | undefined {
  if (result.aborted) return toolError(tool, 'stopped before it finished', result);
  // Killed from outside (the OOM killer, a stray kill): whatever it printed may be a report
  // of half its work, however well-formed.
  if (result.signal !== null) {
    return toolError(tool, 'did not exit on its own, so its report cannot be trusted', result);
  }
  if (result.truncated) {
    return toolError(
      tool,
      'output exceeded the capture limit, so the report is incomplete',
      result,
    );
  }
  return undefined;
}

/** The `error` for a run whose output holds no report. */
function failureOutcome(tool: string, failure: ToolFailure, result: ExecResult): CheckOutcome {
  if (!failure.own) return toolError(tool, failure.error, result);
  const { evidence } = failure.own;
  return {
    status: 'error',
    summary: `${tool}: ${failure.error}`,
    ...(evidence ? { evidence } : {}),
  };
}

/**
 * The shared tail of every tool gate: a run whose output was cut off or could not be parsed
 * is an `error` (never "0 issues"); otherwise waivers are applied and the findings judged.
 */
export function judgeToolReport(
  tool: string,
  result: ExecResult,
  parsed: ToolParse,
  judgement: ToolJudgement,
): CheckOutcome {
  const unfinished = unfinishedRun(tool, result);
  if (unfinished) return unfinished;
  if (!parsed.ok) return failureOutcome(tool, parsed, result);
  const report = parsed.value;
  const metrics = report.metrics ? { metrics: report.metrics } : {};
  if (report.nothingToCheck && report.findings.length === 0) {
    return { status: 'skip', summary: `not applicable: ${report.nothingToCheck}`, ...metrics };
  }
  const waived = applyWaivers(report.findings, judgement.waivers ?? [], judgement.today);
  return {
    ...judgeFindings(waived.findings, {
      failOn: judgement.failOn,
      ...(report.scope ? { scope: report.scope } : {}),
      notes: [...(report.notes ?? []), ...waived.notes],
    }),
    ...metrics,
  };
}
