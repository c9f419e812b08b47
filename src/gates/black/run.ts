import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { parseBlack } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { runTool, toolError } from '../kit/tool.ts';
import { judgeToolReport, unfinishedRun } from '../kit/tool-report.ts';

/** black's exit codes: 0 all formatted, 1 some would be reformatted, 123 some could not be. */
const REPORTING_EXITS = new Set([0, 1, 123]);

/**
 * "Code formatting (black)": `black --check --diff .` in the Python project. black's own
 * configuration (pyproject.toml) and default excludes (venvs, build dirs, .gitignore) apply.
 * Every file it would change fails the gate, with the first line it would change.
 */
export async function run(
  { options, dir }: GateInput<'black'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const result = await runTool(context, {
    tool: 'black',
    command: 'black',
    args: ['--check', '--diff', '.'],
    cwd: dir,
    installHint: 'pip install black (or apt-get install black)',
  });
  const unfinished = unfinishedRun('black', result);
  if (unfinished) return unfinished;
  const report = parseBlack(
    result.stdout,
    result.stderr,
    context.root,
    path.resolve(context.root, dir),
  );
  if (result.exitCode === null || !REPORTING_EXITS.has(result.exitCode)) {
    return toolError('black', 'did not finish its check', result);
  }
  if (result.exitCode !== 0 && (!report.ok || report.value.findings.length === 0)) {
    return toolError('black', 'failed without naming a file', result);
  }
  return judgeToolReport('black', result, report, {
    failOn: options['fail-on'],
    today: context.now(),
  });
}
