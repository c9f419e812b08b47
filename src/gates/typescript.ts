import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import { plural } from '../util/text.ts';
import type { GateInput } from './gate.ts';
import { judgeFindings } from './policy.ts';
import { projectBin } from './project-bin.ts';
import { runTool, toolError } from './tool.ts';
import { parseTscOutput } from './typescript-diagnostics.ts';

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
  if (result.truncated) return toolError('tsc', 'its output was too large and was cut', result);
  const { findings, unparsed } = parseTscOutput(result.stdout, {
    root: context.root,
    cwd: path.resolve(context.root, dir),
  });
  if (result.exitCode === 0 && findings.length === 0) {
    return { status: 'pass', summary: 'no type errors' };
  }
  // No diagnostic, only configuration errors, or a project tsc could not load: the type
  // check did not run, so there is no verdict to give.
  const configOnly = findings.length > 0 && findings.every((f) => !f.file);
  const stopped = result.exitCode === null;
  if (findings.length === 0 || configOnly || stopped || result.exitCode === INVALID_PROJECT) {
    const first = findings[0];
    const reason = stopped
      ? 'was stopped before it finished'
      : first
        ? `could not check the project ${options.project}: ${first.rule}: ${first.message}`
        : unparsed.length
          ? 'printed output that is not a diagnostic'
          : 'failed without a diagnostic';
    return { ...toolError('tsc', reason, result), ...(first ? { findings } : {}) };
  }
  const files = new Set(findings.map((f) => f.file).filter(Boolean)).size;
  return judgeFindings(findings, { failOn: 'high', scope: `in ${plural(files, 'file')}` });
}
