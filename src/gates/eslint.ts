import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import { plural } from '../util/text.ts';
import { parseEslintReport } from './eslint-report.ts';
import type { GateInput } from './gate.ts';
import { judgeFindings } from './policy.ts';
import { projectBin } from './project-bin.ts';
import { describeExit, runTool, toolError } from './tool.ts';

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
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return toolError('eslint', 'could not lint (a config error or a crash)', result);
  }
  if (result.truncated) return toolError('eslint', 'its report was too large and was cut', result);
  const parsed = parseEslintReport(result.stdout, {
    root: context.root,
    cwd: path.resolve(context.root, dir),
  });
  if (!parsed.ok) return toolError('eslint', parsed.error, result);
  // Exit 1 means errors were found: a report without any is not one to trust.
  if (result.exitCode === 1 && !parsed.value.some((f) => f.severity === 'high')) {
    return toolError('eslint', `reported no errors but ended with ${describeExit(result)}`, result);
  }
  const files = new Set(parsed.value.map((f) => f.file)).size;
  return judgeFindings(parsed.value, {
    failOn: options['fail-on'],
    ...(files ? { scope: `in ${plural(files, 'file')}` } : {}),
  });
}
