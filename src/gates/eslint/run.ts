import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { changedTargets, nothingChanged, SCRIPT_FILES, scannedOnly } from '../kit/changed-files.ts';
import { projectBin } from '../kit/project-bin.ts';
import { describeExit } from '../kit/tool.ts';
import { runToolGate } from '../kit/tool-gate.ts';
import { untrackedPaths } from '../kit/untracked-paths.ts';
import { parseEslintReport } from './parse.ts';

/** ESLint's glob matcher (minimatch) reads these characters as syntax: escaped, they match literally. */
const escapeGlob = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, (c) => `\\${c}`);

/**
 * Lint with the project's own ESLint, version and config: `eslint -f json .` from the
 * project directory, less what git does not track (a build's `.next/` is not the source).
 * ESLint's `--ignore-pattern`s add to the config's ignores, so the untracked paths are
 * never read; what the command line had no room for is dropped from the report afterwards,
 * as for every tool gate. Exit 0 and 1 carry a report; 2 is a config error or a crash.
 */
export async function run(
  { options, dir }: GateInput<'eslint'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const targets = await changedTargets(context, dir, SCRIPT_FILES);
  if (targets?.length === 0) return nothingChanged('JavaScript or TypeScript');
  // Changed files are tracked ones; linting `.` is spared the untracked paths.
  const untracked = targets ? [] : await untrackedPaths(context, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: 'eslint',
        ...projectBin(context, dir, 'eslint'),
        args: [
          '--format',
          'json',
          ...untracked.flatMap((entry) => ['--ignore-pattern', escapeGlob(entry)]),
          ...options.args,
          ...(targets ?? ['.']),
        ],
        cwd: dir,
      },
      reportingExits: { codes: [0, 1], otherwise: 'could not lint (a config error or a crash)' },
      parse: (output) => {
        const parsed = parseEslintReport(output, {
          root: context.root,
          cwd: path.resolve(context.root, dir),
        });
        // A changed file the project's config ignores, named on the command line, gets a
        // notice, not a lint: it says nothing about the change.
        return parsed.ok && targets
          ? {
              ...parsed,
              value: {
                ...parsed.value,
                findings: parsed.value.findings.filter(
                  (f) => !(f.rule === 'eslint/directive' && f.message.startsWith('File ignored')),
                ),
              },
            }
          : parsed;
      },
      // Exit 1 means errors were found: a report without any is not one to trust.
      contradicts: (parsed, result) =>
        parsed.ok &&
        result.exitCode === 1 &&
        !parsed.value.findings.some((f) => f.severity === 'high')
          ? `reported no errors but ended with ${describeExit(result)}`
          : undefined,
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options['fail-on'] },
    },
    context,
  );
  return scannedOnly(outcome, dir, targets);
}
