import { parseArgs } from 'node:util';
import type { PhaseFilter } from '../engine/plan.ts';
import { httpUrl } from '../config/post-schema.ts';
import { FORMATS, type Format } from '../report/render.ts';
import { UsageError } from '../util/errors.ts';

export const USAGE = `Usage: shipgate run [options]

Runs the deployment checklist: pre-deploy gates, post-deploy probes, sign-off report.

Options:
  --config FILE          config file (default: .github/shipgate.yml, else zero-config)
  --phase pre|post|all   which checks to run (default: all)
  --format text|markdown|json
                         report format (default: text)
  --out FILE             write the report to FILE instead of standard output
  --sarif FILE           also write findings as SARIF 2.1.0
  --root DIR             repository root (default: the current directory)
  --url URL              the deployment URL, for post targets without a url of their own
  --revision SHA         the commit the deployment must run (the revision probe)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 verdict pass, 1 verdict fail, 2 bad usage or invalid config.
`;

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'run';
      config?: string;
      phase: PhaseFilter;
      format: Format;
      out?: string;
      sarif?: string;
      root?: string;
      url?: string;
      revision?: string;
    };

const PHASES = ['pre', 'post', 'all'] as const;

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

/** Parses the command line; throws UsageError with a message that names the bad argument. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        phase: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        sarif: { type: 'string' },
        root: { type: 'string' },
        url: { type: 'string' },
        revision: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...extra] = positionals;
  if (command !== 'run') {
    throw new UsageError(
      `${command ? `Unknown command "${command}"` : 'No command given'}.\n\n${USAGE}`,
    );
  }
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".\n\n${USAGE}`);
  return {
    command: 'run',
    phase: oneOf('phase', values.phase, PHASES, 'all'),
    format: oneOf('format', values.format, FORMATS, 'text'),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.sarif !== undefined ? { sarif: values.sarif } : {}),
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.url !== undefined ? { url: deploymentUrl(values.url) } : {}),
    ...(values.revision !== undefined ? { revision: values.revision } : {}),
  };
}
