import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { parseNpmAudit } from './parse.ts';
import { readFirstProjectFile } from '../kit/repo-files.ts';
import { runToolGate } from '../kit/tool-gate.ts';

const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
const OTHER_LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock'];

/**
 * Known vulnerabilities in the project's npm dependencies: `npm audit --json` from the
 * project directory, judged against `fail-on`, with `ignore` waivers applied.
 *
 * npm audit reads package-lock.json (or npm-shrinkwrap.json). A project locked only by pnpm
 * or yarn is an `error` that says so rather than a guess: npm would audit a different tree
 * than the one that gets deployed.
 */
export async function run(
  { options, dir }: GateInput<'npm-audit'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const lockfile = await readFirstProjectFile(context.root, dir, NPM_LOCKFILES);
  if (!lockfile) {
    const other = await readFirstProjectFile(context.root, dir, OTHER_LOCKFILES);
    if (other) {
      return {
        status: 'error',
        summary: `npm audit needs package-lock.json, but ${dir} is locked by ${path.basename(other.path)}: audit it with a custom command (pnpm audit / yarn npm audit) and turn this gate off`,
      };
    }
  }
  return runToolGate(
    {
      label: 'npm audit',
      invocation: {
        tool: 'npm',
        command: 'npm',
        args: ['audit', '--json', ...options.omit.map((type) => `--omit=${type}`), ...options.args],
        cwd: dir,
        installHint:
          'npm comes with Node.js: set up Node (e.g. actions/setup-node) before Shipgate',
      },
      parse: (output) => parseNpmAudit(output, { dir, lockfile }),
      // npm exits 1 when it found vulnerabilities; anything else with a report is unexpected.
      contradicts: (parsed, result) =>
        parsed.ok && result.exitCode !== 0 && result.exitCode !== 1
          ? 'printed a report but did not exit with 0 or 1'
          : undefined,
      judgement: { failOn: options['fail-on'], waivers: options.ignore },
    },
    context,
  );
}
