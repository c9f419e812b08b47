import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, PYTHON_FILES, scannedOnly } from '../kit/changed-files.ts';
import { runToolGate } from '../kit/tool-gate.ts';
import { ok } from '../../util/result.ts';
import { blackCompatibility, blackCompatibilityNote } from './black-compatible.ts';
import { parseFlake8 } from './parse.ts';

/**
 * "Code quality (flake8)": `flake8 .` in the Python project, with the project's own
 * configuration (setup.cfg, tox.ini, .flake8) and its excludes as they are: an
 * `--extend-exclude` here would replace the config's. What it reports in files git does
 * not track is dropped afterwards. A project without a flake8 configuration that black
 * formats gets black's documented flake8 settings, so that the two do not contradict.
 */
export async function run(
  input: GateInput<'flake8'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const { options, dir } = input;
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged('Python');
  const compatible = await blackCompatibility(input, context);
  const note = blackCompatibilityNote(compatible);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'flake8',
        command: 'flake8',
        args: [...compatible, ...options.args, ...(targets ?? ['.'])],
        cwd: dir,
        installHint: 'pip install flake8 (or apt-get install flake8)',
      },
      parse: (output) => {
        const parsed = parseFlake8(output, {
          root: context.root,
          cwd: path.resolve(context.root, dir),
        });
        if (!parsed.ok || !note) return parsed;
        return ok({ ...parsed.value, notes: [{ text: note, warn: false }] });
      },
      // flake8 exits 1 for violations and for crashes alike; a crash prints no violation.
      contradicts: (parsed, result) =>
        result.exitCode !== 0 && parsed.ok && parsed.value.findings.length === 0
          ? 'failed without reporting a violation'
          : undefined,
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options['fail-on'] },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
