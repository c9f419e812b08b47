import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, PYTHON_FILES, scannedOnly } from '../kit/changed-files.ts';
import { PYTHON_EXCLUDED_DIRS } from '../kit/python-excludes.ts';
import { runToolGate } from '../kit/tool-gate.ts';
import { untrackedPaths } from '../kit/untracked-paths.ts';
import { parseFlake8 } from './parse.ts';

/**
 * An untracked path as flake8's exclude takes it: with a slash it is made absolute from the
 * working directory and matched whole (fnmatch, so its special characters are bracketed);
 * the list is comma-separated, so a name with a comma cannot be said and is left out.
 */
const asExclude = (entry: string): string[] =>
  entry.includes(',') ? [] : [`./${entry.replace(/\/$/, '').replace(/[[*?]/g, (c) => `[${c}]`)}`];

/**
 * "Code quality (flake8)": `flake8 .` in the Python project, with the project's own
 * configuration (setup.cfg, tox.ini, .flake8). Virtual environments are added to its
 * excludes (not substituted for them) so a venv in the project is never linted.
 */
export async function run(
  { options, dir }: GateInput<'flake8'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged('Python');
  // Changed files are tracked ones; checking `.` needs the untracked paths taken away.
  const untracked = targets ? [] : await untrackedPaths(context, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'flake8',
        command: 'flake8',
        args: [
          '--extend-exclude',
          [...PYTHON_EXCLUDED_DIRS, ...untracked.flatMap(asExclude)].join(','),
          ...options.args,
          ...(targets ?? ['.']),
        ],
        cwd: dir,
        installHint: 'pip install flake8 (or apt-get install flake8)',
      },
      parse: (output) =>
        parseFlake8(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      // flake8 exits 1 for violations and for crashes alike; a crash prints no violation.
      contradicts: (parsed, result) =>
        result.exitCode !== 0 && parsed.ok && parsed.value.findings.length === 0
          ? 'failed without reporting a violation'
          : undefined,
      exclude: options.exclude,
      judgement: { failOn: options['fail-on'] },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
