import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, PYTHON_FILES, scannedOnly } from '../kit/changed-files.ts';
import { runToolGate } from '../kit/tool-gate.ts';
import { parseBlack } from './parse.ts';

/**
 * "Code formatting (black)": `black --check --diff .` in the Python project. black's own
 * configuration (pyproject.toml) and default excludes (venvs, build dirs, .gitignore) apply;
 * what it reports in files git does not track is dropped afterwards. Every file it would
 * change fails the gate, with the first line it would change.
 */
export async function run(
  { options, dir }: GateInput<'black'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged('Python');
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'black',
        command: 'black',
        args: ['--check', '--diff', ...options.args, ...(targets ?? ['.'])],
        cwd: dir,
        installHint: 'pip install black (or apt-get install black)',
      },
      // 0 all formatted, 1 some would be reformatted, 123 some could not be.
      reportingExits: { codes: [0, 1, 123], otherwise: 'did not finish its check' },
      parse: (output) =>
        parseBlack(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      contradicts: (parsed, result) =>
        result.exitCode !== 0 && (!parsed.ok || parsed.value.findings.length === 0)
          ? 'failed without naming a file'
          : undefined,
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options['fail-on'] },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
