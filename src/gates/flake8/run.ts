import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { ok } from '../../util/result.ts';
import { parseFlake8 } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { PYTHON_EXCLUDED_DIRS } from '../kit/python-excludes.ts';
import { runTool, toolError } from '../kit/tool.ts';
import { judgeToolReport, unfinishedRun } from '../kit/tool-report.ts';

/**
 * "Code quality (flake8)": `flake8 .` in the Python project, with the project's own
 * configuration (setup.cfg, tox.ini, .flake8). Virtual environments are added to its
 * excludes (not substituted for them) so a venv in the project is never linted.
 */
export async function run(
  { options, dir }: GateInput<'flake8'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'flake8',
    command: 'flake8',
    args: ['--extend-exclude', PYTHON_EXCLUDED_DIRS.join(','), '.'],
    cwd: dir,
    installHint: 'pip install flake8 (or apt-get install flake8)',
  });
  const unfinished = unfinishedRun('flake8', result);
  if (unfinished) return unfinished;
  const report = parseFlake8(result.stdout, context.root, path.resolve(context.root, dir));
  // flake8 exits 1 for violations and for crashes alike; a crash prints no violation.
  if (result.exitCode !== 0 && report.findings.length === 0) {
    return toolError('flake8', 'failed without reporting a violation', result);
  }
  return judgeToolReport('flake8', result, ok(report), {
    failOn: options['fail-on'],
    today: context.now(),
  });
}
