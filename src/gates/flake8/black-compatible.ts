import path from 'node:path';
import type { CheckContext } from '../../engine/check.ts';
import { gateDir, type GateInput } from '../kit/gate.ts';
import { readProjectText, repoJoin } from '../kit/repo-files.ts';

/** black's line length when nothing sets one. */
const BLACK_LINE_LENGTH = 88;
/** The files flake8 reads its configuration from, in each directory from its own upwards. */
const FLAKE8_CONFIG_FILES = ['setup.cfg', 'tox.ini', '.flake8'] as const;
/** What black's docs tell flake8 to ignore: whitespace and layout black decides (E203, E701, E704, W503). */
const BLACK_IGNORES = 'E203,E701,E704,W503';

/** Whether INI or TOML text has the section `[name]`. */
const hasSection = (text: string, name: string): boolean =>
  text.split('\n').some((line) => line.trim() === `[${name}]`);

/** `file` (setup.cfg, tox.ini, .flake8) with this text configures flake8 for the project. */
function isFlake8Config(file: string, text: string): boolean {
  return path.posix.basename(file) === '.flake8' || hasSection(text, 'flake8');
}

/**
 * The line length black formats with: its own arguments (`-l 100`, `--line-length=100`),
 * else `line-length` in pyproject.toml's `[tool.black]`, else black's 88.
 */
export function blackLineLength(args: readonly string[], pyproject: string | undefined): number {
  for (const [i, arg] of args.entries()) {
    const value =
      /^(?:--line-length=|-l)(\d+)$/.exec(arg)?.[1] ??
      (arg === '--line-length' || arg === '-l' ? args[i + 1] : undefined);
    if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  const lines = pyproject?.split('\n') ?? [];
  const start = lines.findIndex((line) => line.trim() === '[tool.black]');
  if (start < 0) return BLACK_LINE_LENGTH;
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('[')) break;
    const value = /^\s*["']?line[-_]length["']?\s*=\s*(\d+)\s*(?:#.*)?$/.exec(line)?.[1];
    if (value !== undefined) return Number(value);
  }
  return BLACK_LINE_LENGTH;
}

/** flake8's arguments for code that black formats at `lineLength`, as black's docs give them. */
const blackCompatibleArgs = (lineLength: number): string[] => [
  `--max-line-length=${lineLength}`,
  `--extend-ignore=${BLACK_IGNORES}`,
];

/** A repository-relative directory and each of its parents up to the root, nearest first. */
function upToRoot(dir: string): string[] {
  const dirs: string[] = [];
  for (let at = path.posix.normalize(dir); ; at = path.posix.dirname(at)) {
    dirs.push(at);
    if (at === path.posix.dirname(at)) return dirs;
  }
}

/** The first of `names` that `accept`s, in `dir` or else its nearest parent in the repository. */
async function nearest(
  root: string,
  dir: string,
  names: readonly string[],
  accept: (file: string, text: string) => boolean = () => true,
): Promise<{ file: string; text: string } | undefined> {
  for (const at of upToRoot(dir)) {
    for (const name of names) {
      const file = repoJoin(at, name);
      const text = await readProjectText(root, file);
      if (text !== undefined && accept(file, text)) return { file, text };
    }
  }
  return undefined;
}

/**
 * flake8's arguments that make it agree with black, when black formats the project too and
 * flake8 has no configuration of the project's own (`.flake8`, `[flake8]` in setup.cfg or
 * tox.ini, in flake8's directory or above, or `--config`): else none, and the project's
 * config decides. Without them flake8 holds black's own output to 79 columns.
 */
export async function blackCompatibility(
  { options, dir, stacks, gates }: GateInput<'flake8'>,
  context: CheckContext,
): Promise<string[]> {
  const black = gates?.black;
  if (!black) return [];
  if (options.args.some((arg) => arg.startsWith('--config'))) return [];
  const own = await nearest(context.root, dir, FLAKE8_CONFIG_FILES, isFlake8Config);
  if (own) return [];
  const blackDir = gateDir('python', black, stacks);
  const pyproject = await nearest(context.root, blackDir, ['pyproject.toml']);
  return blackCompatibleArgs(blackLineLength(black.args, pyproject?.text));
}

/**
 * What the summary says of the arguments `blackCompatibility` chose, so that a reader of
 * "E501 line too long (90 > 88 characters)" sees where 88 comes from and how to change it.
 */
export const blackCompatibilityNote = (args: readonly string[]): string | undefined =>
  args.length > 0
    ? `no flake8 config of the project's own, so black-compatible: ${args.join(' ')}`
    : undefined;
