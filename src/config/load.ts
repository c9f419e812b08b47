import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { isInside, readSourceFile } from '../gates/kit/source-files.ts';
import { UsageError } from '../util/errors.ts';
import { detectStacks, type Stacks } from './detect.ts';
import { didYouMean } from './did-you-mean.ts';
import { configSchema, type Config, type GateKind } from './schema.ts';
import { zeroConfigPlan, type ZeroConfigPlan } from './zero-config.ts';

/** Where Shipgate looks for its config when none is named, in this order. */
const CONFIG_CANDIDATES = [
  '.github/shipgate.yml',
  '.github/shipgate.yaml',
  '.github/shipgate.json',
  'shipgate.yml',
] as const;

/** A config is a page of settings: anything larger is not one, and is not read whole. */
const CONFIG_MAX_BYTES = 1024 * 1024;
/**
 * Aliases a config may expand: a real config uses a handful (shared probe settings); a
 * "billion laughs" document uses them to expand a few lines into gigabytes.
 */
const MAX_ALIAS_COUNT = 100;

/** A config that cannot be used; `problems` are complete lines naming file:line and key path. */
class ConfigError extends UsageError {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`Invalid Shipgate config ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, relative to the root; undefined when running zero-config. */
  file?: string;
  stacks: Stacks;
  /** Gates enabled by detection rather than by the user. */
  autoDetected: ReadonlySet<GateKind>;
  /** What zero-config decided, when the config left `pre.gates` to it. */
  zeroConfig?: ZeroConfigPlan;
}

/** `pre.commands[1].timeout` */
export function formatKeyPath(keys: readonly PropertyKey[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** The line:col of the value at `keys` (or of the key `extraKey` inside it), when found. */
function locate(
  doc: Document,
  lines: LineCounter,
  keys: readonly PropertyKey[],
  extraKey?: string,
): string {
  let node = doc.getIn(keys as unknown[], true);
  // A key that is missing is reported where it belongs: at the map that lacks it.
  if (node === undefined && keys.length && extraKey === undefined) {
    return locate(doc, lines, keys.slice(0, -1));
  }
  if (extraKey !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === extraKey,
    );
    if (pair && isPair(pair)) node = pair.key;
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return '';
  const { line, col } = lines.linePos(range[0]);
  return `:${line}:${col}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && 'options' in issue) {
    // A discriminated union (a probe's `type`): name the value and the one probably meant.
    const options = (issue.options as unknown[]).map(String);
    const input = (issue as { input?: unknown }).input;
    const value = isRecord(input) ? input[String(issue.discriminator)] : undefined;
    const expected = `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
    if (value === undefined) return `missing; ${expected}`;
    const meant = typeof value === 'string' ? didYouMean(value, options) : '';
    return `unknown ${String(issue.discriminator)} ${JSON.stringify(value)}${meant}; ${expected}`;
  }
  if (issue.code === 'invalid_type' && !/^expected/.test(issue.message)) {
    const input = (issue as { input?: unknown }).input;
    return `expected ${issue.expected}, got ${input === undefined ? 'nothing' : JSON.stringify(input)}`;
  }
  if (issue.code === 'invalid_value' && !/^expected/.test(issue.message)) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify((issue as { input?: unknown }).input)}`;
  }
  return issue.message;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value that matches no branch of a union (`bandit: true | {options}`) yields one vague
 * "Invalid input". When one branch is of the value's own type (an object, say), its issues
 * are the useful ones: report those instead; otherwise say which types were expected.
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const typeMismatch = (branch: z.core.$ZodIssue[]) =>
      branch.length === 1 && branch[0]!.path.length === 0 && branch[0]!.code === 'invalid_type';
    const relevant = issue.errors.find((branch) => !typeMismatch(branch));
    if (relevant) {
      return flattenUnions(
        relevant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
      );
    }
    const expected = issue.errors
      .map((branch) => (branch[0]?.code === 'invalid_type' ? branch[0].expected : undefined))
      .filter(Boolean);
    const input = (issue as { input?: unknown }).input;
    return [
      { ...issue, message: `expected ${expected.join(' or ')}, got ${JSON.stringify(input)}` },
    ];
  });
}

/**
 * Parses and validates config text (YAML or JSON). Pure: returns the config or every problem,
 * each as `file:line:col: key.path: what was expected, got what`.
 */
export function parseConfigText(
  text: string,
  file: string,
): { ok: true; config: Config; raw: unknown } | { ok: false; problems: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        // prettyErrors appends " at line L, column C:" and a code excerpt; we say where ourselves.
        const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${message}`;
      }),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past the count.
    return {
      ok: false,
      problems: [
        `${file}: invalid YAML: its aliases expand too far (more than ${MAX_ALIAS_COUNT}), as a resource exhaustion attack would (${error instanceof Error ? error.message : String(error)})`,
      ],
    };
  }
  // jitless: the config is parsed once a run, and zod's JIT would first compile a parser for
  // every object schema in it, which costs more at start than the one parse it speeds up.
  const parsed = configSchema.safeParse(raw, { reportInput: true, jitless: true });
  if (parsed.success) return { ok: true, config: parsed.data, raw };
  const problems = flattenUnions(parsed.error.issues).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown key, each pointing at the key itself.
      const messages = issue.message.split('; ');
      return issue.keys.map(
        (key, i) =>
          `${file}${locate(doc, lines, issue.path, key)}: ${formatKeyPath([...issue.path, key])}: ${messages[i] ?? issue.message}`,
      );
    }
    const where = issue.path.length ? `${formatKeyPath(issue.path)}: ` : '';
    return [`${file}${locate(doc, lines, issue.path)}: ${where}${describeIssue(issue)}`];
  });
  return { ok: false, problems };
}

export interface LoadOptions {
  root: string;
  /** How the user named the root, for the message when it is no directory: `--root`, `working-directory`. */
  rootName?: string;
  /** A config file named by the user, relative to the root or absolute; must exist. */
  file?: string;
  /**
   * Where a named `file` must lie, by its path and by its real path, and how to name both in
   * the message. The action's `config` input stays in the workspace, which a pull request
   * fills: a committed symlink must not point it at the runner's files, whose lines a YAML
   * error would quote. The CLI's `--config` names whatever file its user chooses.
   */
  fileWithin?: { dir: string; dirName: string; fileName: string };
  env: Readonly<Record<string, string | undefined>>;
}

/** The repository root must be a directory: a mistyped one would check nothing and pass. */
async function assertRootDirectory(root: string, rootName: string): Promise<void> {
  const stats = await stat(root).catch(() => undefined);
  if (!stats) throw new UsageError(`${rootName} ${root} does not exist`);
  if (!stats.isDirectory()) throw new UsageError(`${rootName} ${root} is not a directory`);
}

/**
 * A config file named by the user (outside the root too, unless `within` says where it must
 * lie): a regular file, or a usage error naming it.
 */
async function readNamedConfig(
  root: string,
  file: string,
  within: LoadOptions['fileWithin'],
): Promise<string> {
  const absolute = path.resolve(root, file);
  if (within) await assertNamedWithin(absolute, file, within);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats) throw new UsageError(`Config file not found: ${file}`);
  if (stats.isDirectory()) throw new UsageError(`Config file ${file} is a directory, not a file`);
  if (!stats.isFile()) throw new UsageError(`Config file ${file} is not a regular file`);
  if (stats.size > CONFIG_MAX_BYTES) {
    throw new UsageError(`Config file ${file} is over 1 MiB: no config is that large`);
  }
  return readFile(absolute, 'utf8');
}

/** A named file inside `dir`, by its path and, once it exists, by its real path. */
async function assertNamedWithin(
  absolute: string,
  file: string,
  { dir, dirName, fileName }: NonNullable<LoadOptions['fileWithin']>,
): Promise<void> {
  const base = path.resolve(dir);
  if (!isInside(base, absolute)) {
    throw new UsageError(`${fileName}: ${file} lies outside ${dirName} (${base})`);
  }
  const real = await realpath(absolute).catch(() => undefined);
  const realBase = await realpath(base).catch(() => base);
  if (real && !isInside(realBase, real)) {
    throw new UsageError(
      `${fileName}: ${file} resolves to ${real}, outside ${dirName} (${base}): it is not read`,
    );
  }
}

/**
 * A config found in the repository, which a pull request controls: read as every source
 * file is (inside the repository, a regular file, capped), so that a committed symlink to
 * the runner's files or a FIFO can neither be read into an error message nor block.
 */
async function readFoundConfig(root: string, candidate: string): Promise<string | undefined> {
  const read = await readSourceFile(root, candidate, CONFIG_MAX_BYTES);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'text') return read.text;
  const why =
    read.reason === 'outside the repository' ? 'leads outside the repository' : `is ${read.reason}`;
  throw new UsageError(`Config file ${candidate} ${why}: it is not read`);
}

/**
 * The directories and files the config names that exist but resolve, through a symlink,
 * outside the repository: a gate would run its tool or read there. One problem per key.
 */
async function pathsOutside(root: string, file: string, config: Config): Promise<string[]> {
  const named: [PropertyKey[], string][] = [];
  for (const [kind, gate] of Object.entries(config.pre.gates)) {
    if (!gate) continue;
    for (const key of ['path', 'manage', 'requirements'] as const) {
      const value = (gate as Partial<Record<typeof key, unknown>>)[key];
      if (typeof value === 'string') named.push([['pre', 'gates', kind, key], value]);
    }
  }
  config.pre.commands.forEach((command, index) =>
    named.push([['pre', 'commands', index, 'cwd'], command.cwd]),
  );
  const realRoot = await realpath(root);
  const problems: string[] = [];
  for (const [keys, value] of named) {
    const real = await realpath(path.resolve(root, value)).catch(() => undefined);
    if (real && !isInside(realRoot, real)) {
      problems.push(
        `${file}: ${formatKeyPath(keys)}: ${value} resolves to ${real}, outside the repository (a symlink)`,
      );
    }
  }
  return problems;
}

/**
 * Finds, reads and validates the config, and runs zero-config detection. With no file, or
 * with a file that says nothing about `pre.gates`, the detected gates are enabled.
 */
export async function loadConfig({
  root,
  rootName = 'The repository root',
  file,
  fileWithin,
  env,
}: LoadOptions): Promise<LoadedConfig> {
  await assertRootDirectory(root, rootName);
  let text: string | undefined;
  let shown: string | undefined;
  if (file !== undefined) {
    text = await readNamedConfig(root, file, fileWithin);
    shown = file;
  } else {
    for (const candidate of CONFIG_CANDIDATES) {
      text = await readFoundConfig(root, candidate);
      if (text !== undefined) {
        shown = candidate;
        break;
      }
    }
  }
  const stacks = await detectStacks(root);
  const parsed = parseConfigText(text ?? '', shown ?? '(zero-config)');
  if (!parsed.ok) throw new ConfigError(shown ?? '(zero-config)', parsed.problems);
  const config = parsed.config;
  const outside = await pathsOutside(root, shown ?? '(zero-config)', config);
  if (outside.length > 0) throw new ConfigError(shown ?? '(zero-config)', outside);
  const autoDetected = new Set<GateKind>();
  const saysGates = (parsed.raw as { pre?: { gates?: unknown } } | null)?.pre?.gates !== undefined;
  const zeroConfig = saysGates ? undefined : zeroConfigPlan(stacks, env);
  for (const kind of zeroConfig?.enabled ?? []) {
    const defaults = configSchema.shape.pre.parse({ gates: { [kind]: true } }).gates[kind];
    Object.assign(config.pre.gates, { [kind]: defaults });
    autoDetected.add(kind);
  }
  return {
    config,
    ...(shown ? { file: shown } : {}),
    stacks,
    autoDetected,
    ...(zeroConfig ? { zeroConfig } : {}),
  };
}
