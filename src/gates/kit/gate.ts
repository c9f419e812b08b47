import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { Stacks } from '../../config/detect.ts';
import type { GateKind, GateOptions, GatesConfig } from '../../config/schema.ts';

/** What a built-in gate is given: its options (defaults applied) and where to work. */
export interface GateInput<K extends GateKind> {
  options: GateOptions<K>;
  /**
   * The project directory the gate works in, relative to the repository root: the option
   * `path` when set, else the detected Python or Node project, else the root.
   */
  dir: string;
  stacks: Stacks;
  /**
   * The run's gates as configured, for a gate that must agree with another (flake8 with
   * black's line length). Absent: no other gate is known.
   */
  gates?: GatesConfig;
}

/**
 * The project directory a gate works in, relative to the repository root: its `path` option
 * when set, else the detected project of its stack, else the root.
 */
export function gateDir(
  stack: GateEntry<GateKind>['stack'],
  options: object,
  stacks: Stacks,
): string {
  if ('path' in options && typeof options.path === 'string') return options.path;
  return stack === 'root' ? '.' : (stacks[stack]?.dir ?? '.');
}

/** The module of one built-in gate, loaded only when a run plans it. */
interface GateModule<K extends GateKind> {
  run(input: GateInput<K>, context: CheckContext): Promise<CheckOutcome>;
}

export interface GateEntry<K extends GateKind> {
  /** The checklist line this gate answers, as the sign-off table shows it. */
  title: string;
  /** Which detected project supplies the default `dir`. */
  stack: 'python' | 'node' | 'root';
  /**
   * The gate rewrites files in the work tree (a build's output): it runs after every gate
   * that reads the tree, so no linter or scan reads files half-written.
   */
  writesTree?: true;
  load: () => Promise<GateModule<K>>;
}
