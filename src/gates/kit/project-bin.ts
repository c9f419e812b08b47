import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';

const BIN_DIR = path.join('node_modules', '.bin');

/** What to do when a tool the Node project installs itself is missing. */
export const projectInstallHint = (dir: string): string =>
  `install the project's dependencies first: run npm ci in ${dir}`;

/**
 * A tool the Node project installs itself (ESLint, tsc): its own version and config are the
 * ones that count, so Shipgate runs node_modules/.bin/<name> from the project, never a copy
 * of its own. When it is missing, the fix is to install the project's dependencies.
 */
export function projectBin(
  context: CheckContext,
  dir: string,
  name: string,
): { command: string; installHint: string } {
  return {
    command: path.join(path.resolve(context.root, dir), BIN_DIR, name),
    installHint: projectInstallHint(dir),
  };
}
