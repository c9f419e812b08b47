import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { ok } from '../../util/result.ts';
import type { GateInput } from '../kit/gate.ts';
import { projectBin } from '../kit/project-bin.ts';
import { runTool, toolError } from '../kit/tool.ts';
import { filesScope, judgeToolReport, unfinishedRun } from '../kit/tool-report.ts';
import { parseTscOutput } from './parse.ts';

/** tsc's exit statuses (TypeScript's ExitStatus): 3 means the project could not be loaded. */
const INVALID_PROJECT = 3;

/**
 * Type-check with the project's own TypeScript: `tsc --noEmit --pretty false -p <project>`.
 * Every diagnostic is a finding; tsc errors have no lower severity, so any fails the gate.
 */
export async function run(
  { options, dir }: GateInput<'typescript'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'tsc',
    ...projectBin(context, dir, 'tsc'),
    args: ['--noEmit', '--pretty', 'false', '-p', options.project],
    cwd: dir,
  });
  const unfinished = unfinishedRun('tsc', result);
  if (unfinished) return unfinished;
  const { findings, unparsed } = parseTscOutput(result.stdout, {
    root: context.root,
    cwd: path.resolve(context.root, dir),
  });
  // No diagnostic, only configuration errors, a project tsc could not load, or a run that a
  // signal ended (exit code null): the type check did not complete, so there is no verdict.
  const configOnly = findings.length > 0 && findings.every((f) => !f.file);
  const ran =
    result.exitCode === 0 ||
    (findings.length > 0 &&
      !configOnly &&
      result.exitCode !== null &&
      result.exitCode !== INVALID_PROJECT);
  if (!ran) {
    const first = findings[0];
    const reason =
      result.exitCode === null
        ? 'did not finish'
        : first
          ? `could not check the project ${options.project}: ${first.rule}: ${first.message}`
          : unparsed.length
            ? 'printed output that is not a diagnostic'
            : 'failed without a diagnostic';
    return { ...toolError('tsc', reason, result), ...(first ? { findings } : {}) };
  }
  const scope = filesScope(findings);
  return judgeToolReport('tsc', result, ok(scope ? { findings, scope } : { findings }), {
    failOn: options['fail-on'],
    today: context.now(),
  });
}
