import type { CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import type { Finding, Severity } from '../../core/model.ts';
import type { Result } from '../../util/result.ts';
import { plural } from '../../util/text.ts';
import { judgeFindings } from './policy.ts';
import { toolError } from './tool.ts';
import { applyWaivers, type Waiver, type WaiverNote } from './waivers.ts';

/** What a pure parser made of one tool run. */
export interface ToolReport {
  findings: Finding[];
  /** Set when the tool found nothing to look at: the check is then `skip`, not `pass`. */
  nothingToCheck?: string;
  /** Appended to the summary, e.g. "14 files". */
  scope?: string;
  notes?: WaiverNote[];
  metrics?: Record<string, number>;
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
 * cancellation, or with output beyond the capture limit. Gates that read the exit code
 * themselves ask this first, so that a timeout is never described as the tool's own failure.
 */
export function unfinishedRun(tool: string, result: ExecResult): CheckOutcome | undefined {
  if (result.aborted) return toolError(tool, 'stopped before it finished', result);
  if (result.truncated) {
    return toolError(
      tool,
      'output exceeded the capture limit, so the report is incomplete',
      result,
    );
  }
  return undefined;
}

/**
 * The shared tail of every tool gate: a run whose output was cut off or could not be parsed
 * is an `error` (never "0 issues"); otherwise waivers are applied and the findings judged.
 */
export function judgeToolReport(
  tool: string,
  result: ExecResult,
  parsed: Result<ToolReport>,
  judgement: ToolJudgement,
): CheckOutcome {
  const unfinished = unfinishedRun(tool, result);
  if (unfinished) return unfinished;
  if (!parsed.ok) return toolError(tool, parsed.error, result);
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
