import { parseArgs } from 'node:util';
import { parseOnly } from '../engine/only.ts';
import type { RunPhase } from '../run-shipgate.ts';
import { httpUrl } from '../config/post-schema.ts';
import { didYouMean } from '../config/did-you-mean.ts';
import { FORMATS, type Format } from '../report/render.ts';
import { UsageError } from '../util/errors.ts';

export const USAGE = `Usage: shipgate run [options]
       shipgate merge [options] REPORT...
       shipgate baseline [--config FILE] [--root DIR] [--out FILE] [--prune]

run: runs the deployment checklist: pre-deploy gates, post-deploy probes, sign-off report.
merge: merges the JSON reports of sharded runs into one report; runs no check. The verdict
is recomputed from the checks; a duplicate check, reports for different commits, or fewer
reports than --expected fail it.
baseline: runs the pre-deploy gates and writes every finding they report to the baseline
file (default: the config's baseline, .github/shipgate-baseline.json), to commit: runs then
judge only findings not in it. --prune only removes the entries no longer found.

Options:
  --config FILE          config file (default: .github/shipgate.yml, else zero-config)
  --phase pre|post|all|monitor
                         which checks to run (default: all); monitor: the post probes
                         as a scheduled monitor runs them (monitor.wait, no migrations)
  --only IDS             run only these check ids or globs, comma-separated (repeatable)
                         (pre/bandit,pre/flake8 or pre/* or post/backend/*)
  --commit SHA           the commit judged, recorded in the report (merge: every report
                         must be for it)
  --job NAME             the job recorded in the report (default: $GITHUB_JOB)
  --expected N           merge: the number of reports there must be (default: 1)
  --format text|markdown|json
                         report format (default: text)
  --out FILE             write the report to FILE instead of standard output
                         (baseline: the baseline file to write)
  --prune                baseline: remove the entries no longer found, add none
  --sarif FILE           also write findings as SARIF 2.1.0
  --root DIR             repository root (default: the current directory)
  --url URL              the deployment URL, for post targets without a url of their own
  --revision SHA         the commit the deployment must run (the revision probe)
  --base REF             judge the change since REF (a branch, tag or commit): pre-deploy
                         findings outside the lines it changed are existing (config:
                         changes); the change is the work tree against the merge base
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 verdict pass, 1 verdict fail, 2 bad usage or invalid config.
`;

/** What every command that produces a report shares: where it goes and how it reads. */
interface ReportOptions {
  format: Format;
  out?: string;
  sarif?: string;
  commit?: string;
  job?: string;
}

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | (ReportOptions & {
      command: 'run';
      config?: string;
      phase: RunPhase;
      only?: string[];
      root?: string;
      url?: string;
      revision?: string;
      base?: string;
    })
  | (ReportOptions & { command: 'merge'; files: string[]; expected: number })
  | { command: 'baseline'; config?: string; root?: string; out?: string; prune: boolean };

const COMMANDS = ['run', 'merge', 'baseline'] as const;
type Command = (typeof COMMANDS)[number];

/** Flags that only some commands take: given to another, they are a usage error. */
const ONLY_FOR: Record<string, readonly Command[]> = {
  config: ['run', 'baseline'],
  phase: ['run'],
  only: ['run'],
  root: ['run', 'baseline'],
  url: ['run'],
  revision: ['run'],
  base: ['run'],
  expected: ['merge'],
  prune: ['baseline'],
  format: ['run', 'merge'],
  sarif: ['run', 'merge'],
  commit: ['run', 'merge'],
  job: ['run', 'merge'],
};

const PHASES = ['pre', 'post', 'all', 'monitor'] as const;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}

/** The same rule as a target's `url` in the config: http(s) only. */
function deploymentUrl(value: string): string {
  const parsed = httpUrl('--url').safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(`--url: ${parsed.error.issues[0]?.message ?? 'invalid URL'}`);
}

function checkIds(value: string): string[] {
  const parsed = parseOnly(value);
  if (parsed.ok) return parsed.value;
  throw new UsageError(`--only: ${parsed.error}`);
}

function commitSha(value: string): string {
  if (/^[0-9a-f]{7,64}$/i.test(value)) return value.toLowerCase();
  throw new UsageError(`--commit must be a commit SHA (hex), got "${value}"`);
}

/** A ref git reads as a ref, never as an option. */
function baseRef(value: string): string {
  if (/^[^-\s][^\s]*$/.test(value)) return value;
  throw new UsageError(`--base must be a branch, tag or commit, got "${value}"`);
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw new UsageError(`--${flag} must be a positive whole number, got "${value}"`);
}

const OPTIONS = {
  config: { type: 'string' },
  phase: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  sarif: { type: 'string' },
  root: { type: 'string' },
  url: { type: 'string' },
  revision: { type: 'string' },
  base: { type: 'string' },
  // Repeatable: `--only a --only b` runs both, as `--only a,b` does.
  only: { type: 'string', multiple: true },
  commit: { type: 'string' },
  job: { type: 'string' },
  expected: { type: 'string' },
  prune: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** parseArgs' message, with the flag meant when an unknown one is a slip of a known one. */
function argumentProblem(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '(--[^']+)'/.exec(error.message)?.[1];
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const known = Object.keys(OPTIONS).map((name) => `--${name}`);
  return `Unknown option ${unknown}${didYouMean(unknown, known)}.`;
}

/** Parses the command line; throws UsageError with a message that names the bad argument. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values, positionals } = tokens(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [name, ...extra] = positionals;
  const command = commandOf(name, values);
  if (command === 'baseline') return baselineCommand(values, extra);
  if (command === 'merge') return mergeCommand(values, extra);
  return runCommand(values, extra);
}

function tokens(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as Error & { code?: string })}\n\n${USAGE}`);
  }
}

type Values = ReturnType<typeof tokens>['values'];

/** The command named, once every flag given is one it takes. */
function commandOf(name: string | undefined, values: Values): Command {
  if (!(COMMANDS as readonly (string | undefined)[]).includes(name)) {
    throw new UsageError(`${name ? `Unknown command "${name}"` : 'No command given'}.\n\n${USAGE}`);
  }
  const command = name as Command;
  for (const [flag, owners] of Object.entries(ONLY_FOR)) {
    if (!owners.includes(command) && values[flag as keyof Values] !== undefined) {
      throw new UsageError(
        `--${flag} is an option of shipgate ${owners.join(' and ')}, not ${command}.`,
      );
    }
  }
  return command;
}

function noArguments(extra: readonly string[]): void {
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".\n\n${USAGE}`);
}

function baselineCommand(values: Values, extra: readonly string[]): CliCommand {
  noArguments(extra);
  return {
    command: 'baseline',
    prune: values.prune === true,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

function reportOptions(values: Values): ReportOptions {
  return {
    format: oneOf('format', values.format, FORMATS, 'text'),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.sarif !== undefined ? { sarif: values.sarif } : {}),
    ...(values.commit !== undefined ? { commit: commitSha(values.commit) } : {}),
    ...(values.job !== undefined ? { job: values.job } : {}),
  };
}

function mergeCommand(values: Values, files: string[]): CliCommand {
  const report = reportOptions(values);
  if (!files.length) throw new UsageError(`shipgate merge needs report files.\n\n${USAGE}`);
  return {
    command: 'merge',
    ...report,
    files,
    expected: positiveInteger('expected', values.expected, 1),
  };
}

function runCommand(values: Values, extra: readonly string[]): CliCommand {
  const report = reportOptions(values);
  noArguments(extra);
  return {
    command: 'run',
    ...report,
    phase: oneOf('phase', values.phase, PHASES, 'all'),
    ...(values.only !== undefined ? { only: checkIds(values.only.join(',')) } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.url !== undefined ? { url: deploymentUrl(values.url) } : {}),
    ...(values.revision !== undefined ? { revision: values.revision } : {}),
    ...(values.base !== undefined ? { base: baseRef(values.base) } : {}),
  };
}
