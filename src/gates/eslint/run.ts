import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { parseEslintReport } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { projectBin } from '../kit/project-bin.ts';
import { describeExit, runTool, toolError } from '../kit/tool.ts';
import { judgeToolReport, unfinishedRun } from '../kit/tool-report.ts';

/**
 * Lint with the project's own ESLint, version and config: `eslint -f json .` from the
 * project directory. Exit 0 and 1 carry a report; 2 is a config error or a crash.
 */
export async function run(
  { options, dir }: GateInput<'eslint'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'eslint',
    ...projectBin(context, dir, 'eslint'),
    args: ['--format', 'json', '.'],
    cwd: dir,
  });
  const unfinished = unfinishedRun('eslint', result);
  if (unfinished) return unfinished;
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return toolError('eslint', 'could not lint (a config error or a crash)', result);
  }
  const parsed = parseEslintReport(result.stdout, {
    root: context.root,
    cwd: path.resolve(context.root, dir),
  });
  // Exit 1 means errors were found: a report without any is not one to trust.
  if (
    parsed.ok &&
    result.exitCode === 1 &&
    !parsed.value.findings.some((f) => f.severity === 'high')
  ) {
    return toolError('eslint', `reported no errors but ended with ${describeExit(result)}`, result);
  }
  return judgeToolReport('eslint', result, parsed, {
    failOn: options['fail-on'],
    today: context.now(),
  });
}
