import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../util/errors.ts';
import { detectStacks, type Stacks } from './detect.ts';
import { configSchema, type Config, type GateKind } from './schema.ts';
import { zeroConfigPlan, type ZeroConfigPlan } from './zero-config.ts';

/** Where Shipgate looks for its config when none is named, in this order. */
const CONFIG_CANDIDATES = [
  '.github/shipgate.yml',
  '.github/shipgate.yaml',
  '.github/shipgate.json',
  'shipgate.yml',
] as const;

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
  if (issue.code === 'invalid_type' && !/^expected/.test(issue.message)) {
    const input = (issue as { input?: unknown }).input;
    return `expected ${issue.expected}, got ${input === undefined ? 'nothing' : JSON.stringify(input)}`;
  }
  if (issue.code === 'invalid_value' && !/^expected/.test(issue.message)) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify((issue as { input?: unknown }).input)}`;
  }
  return issue.message;
}

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
  const raw: unknown = doc.toJS() ?? {};
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
  /** A config file named by the user, relative to the root or absolute; must exist. */
  file?: string;
  env: Readonly<Record<string, string | undefined>>;
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Finds, reads and validates the config, and runs zero-config detection. With no file, or
 * with a file that says nothing about `pre.gates`, the detected gates are enabled.
 */
export async function loadConfig({ root, file, env }: LoadOptions): Promise<LoadedConfig> {
  let text: string | undefined;
  let shown: string | undefined;
  if (file !== undefined) {
    text = await readIfPresent(path.resolve(root, file));
    if (text === undefined) throw new UsageError(`Config file not found: ${file}`);
    shown = file;
  } else {
    for (const candidate of CONFIG_CANDIDATES) {
      text = await readIfPresent(path.join(root, candidate));
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
