import { glob, lstat } from 'node:fs/promises';
import path from 'node:path';
import {
  missingReportsHint,
  triggeringRunCheck,
  type TriggeringRun,
} from './github/workflow-run.ts';
import { mergeReports, type MergeOptions } from './report/merge.ts';
import type { Report } from './core/model.ts';
import { readReport, type ReportSource } from './report/read-report.ts';
import { UsageError } from './util/errors.ts';
import type { Redactor } from './util/redact.ts';

/**
 * The report files a `reports` glob matches under `root`, sorted. Only regular files: an
 * artifact from a fork could carry a symlink to a file of the runner.
 */
async function findReportFiles(pattern: string, root: string): Promise<string[]> {
  const files: string[] = [];
  for await (const match of glob(pattern, { cwd: root })) {
    const file = path.resolve(root, match);
    if ((await lstat(file)).isFile()) files.push(file);
  }
  return files.sort();
}

/**
 * The job behind `shipgate merge` and the action's `reports` input: read every report file
 * (each capped and validated; an unreadable one becomes a problem of the merge, never a
 * crash) and merge them into one report, redacted: another job's report is text this job
 * publishes. `label` names a file in messages.
 */
export async function mergeReportFiles(
  files: readonly string[],
  options: MergeOptions & { label?: (file: string) => string; redactor: Redactor },
): Promise<Report> {
  if (new Set(files).size !== files.length) {
    throw new UsageError('The same report file is named twice: each shard report counts once.');
  }
  const { label = (file: string) => file, redactor, ...merge } = options;
  const sources: ReportSource[] = [];
  // One at a time: each file may be up to the byte cap, and there are only a few.
  for (const file of files) sources.push({ ...(await readReport(file)), file: label(file) });
  return redactor.deep(mergeReports(sources, merge));
}

/**
 * The action's `reports` input: the files the glob matches under `root`, named relative to
 * it, merged; on workflow_run with the triggering run's conclusion beside them.
 */
export async function mergeReportGlob(
  pattern: string,
  root: string,
  options: Omit<MergeOptions, 'signoffChecks' | 'missingHint'> & {
    triggeringRun?: TriggeringRun;
    redactor: Redactor;
  },
): Promise<Report> {
  const { triggeringRun, ...merge } = options;
  const hint = triggeringRun ? missingReportsHint(triggeringRun) : undefined;
  return mergeReportFiles(await findReportFiles(pattern, root), {
    ...merge,
    label: (file) => path.relative(root, file),
    ...(triggeringRun ? { signoffChecks: [triggeringRunCheck(triggeringRun)] } : {}),
    ...(hint ? { missingHint: hint } : {}),
  });
}
