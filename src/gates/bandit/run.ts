import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { parseBandit } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, PYTHON_FILES, scannedOnly } from '../kit/changed-files.ts';
import { PYTHON_EXCLUDED_DIRS } from '../kit/python-excludes.ts';
import { untrackedPaths } from '../kit/untracked-paths.ts';
import { runToolGate } from '../kit/tool-gate.ts';

/**
 * An untracked path as bandit's -x takes it: an fnmatch glob on "./path" (a directory's
 * files as "./dir/*"), special characters bracketed; the list is comma-separated, so a name
 * with a comma cannot be said and is left out.
 */
const asExclude = (entry: string): string[] => {
  if (entry.includes(',')) return [];
  const literal = entry.replace(/[[*?]/g, (c) => `[${c}]`);
  return [literal.endsWith('/') ? `./${literal}*` : `./${literal}`];
};

/**
 * "Code security (bandit)": `bandit -r . -f json` in the Python project. `# nosec` comments
 * are honoured as bandit honours them (Shipgate never passes --ignore-nosec), and the count
 * of lines they silenced is reported so that a reviewer can see them.
 */
export async function run(
  { options, dir }: GateInput<'bandit'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged('Python');
  const cwd = path.resolve(context.root, dir);
  // Changed files are tracked ones; scanning `.` needs the untracked paths taken away.
  const untracked = targets ? [] : await untrackedPaths(context, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'bandit',
        command: 'bandit',
        // -x takes fnmatch globs matched against "./sub/dir/file.py"; -q drops the INFO banner.
        args: [
          '-r',
          ...(targets ?? ['.']),
          '-f',
          'json',
          '-q',
          '-x',
          [...PYTHON_EXCLUDED_DIRS.map((d) => `*/${d}/*`), ...untracked.flatMap(asExclude)].join(
            ',',
          ),
          ...options.args,
        ],
        cwd: dir,
        installHint: 'pip install bandit (or apt-get install bandit)',
      },
      parse: (output) =>
        parseBandit(output, { root: context.root, cwd, minConfidence: options['min-confidence'] }),
      exclude: options.exclude,
      judgement: { failOn: options['fail-on'], waivers: options.ignore },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
