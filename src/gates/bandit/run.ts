import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { parseBandit } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, PYTHON_FILES, scannedOnly } from '../kit/changed-files.ts';
import { runToolGate } from '../kit/tool-gate.ts';

/**
 * "Code security (bandit)": `bandit -r . -f json` in the Python project, with the project's
 * `.bandit` and its excludes as they are (a `-x` here would replace them), so what it
 * reports in files git does not track is dropped afterwards. `# nosec` comments are
 * honoured as bandit honours them (Shipgate never passes --ignore-nosec), and the count of
 * lines they silenced is reported so that a reviewer can see them.
 */
export async function run(
  { options, dir }: GateInput<'bandit'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged('Python');
  const cwd = path.resolve(context.root, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'bandit',
        command: 'bandit',
        // -q drops the INFO banner.
        args: ['-r', ...(targets ?? ['.']), '-f', 'json', '-q', ...options.args],
        cwd: dir,
        installHint: 'pip install bandit (or apt-get install bandit)',
      },
      parse: (output) =>
        parseBandit(output, { root: context.root, cwd, minConfidence: options['min-confidence'] }),
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options['fail-on'], waivers: options.ignore },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
