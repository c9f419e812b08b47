import type { Finding, FindingCounts, Phase, Severity, Status } from '../core/model.ts';
import type { Exec } from './exec.ts';
import type { RunValue } from './run-values.ts';

/** What a check's own code returns; the engine adds identity, timing and blocking. */
export interface CheckOutcome {
  status: Status;
  /** One line for the sign-off table, e.g. "0 high, 2 low (below fail-on: high)". */
  summary: string;
  findings?: Finding[];
  metrics?: Record<string, number>;
  /** The tail of a tool's output, kept for the reviewer. */
  evidence?: string;
  counts?: FindingCounts;
  /**
   * How the status and summary follow from the findings, for outcomes judged by a policy:
   * the review judges again once it has told new findings from existing ones.
   */
  judge?: (findings: Finding[]) => Pick<CheckOutcome, 'status' | 'summary'>;
  /** The threshold the findings were judged against (`fail-on`), when they were. */
  failOn?: Severity;
  /**
   * Repository-relative files the tool checked, when it checked only the changed ones rather
   * than the project: baseline entries of other files are not counted as fixed.
   */
  scanned?: string[];
}

/** Everything a check may touch, passed in so that checks stay testable without mocks. */
export interface CheckContext {
  /** Repository root: the base of every relative path in config and findings. */
  root: string;
  /** Aborted on the check's timeout or the run's deadline. */
  signal: AbortSignal;
  /** Runs a program bound to `signal`, echoing its output into this check's log. */
  exec: Exec;
  /** A line for this check's log (the collapsible group in Actions). */
  log: (line: string) => void;
  /** The environment the run was started with; checks never read process.env. */
  env: Readonly<Record<string, string | undefined>>;
  /** Registers a value that must never appear in any log (core.setSecret in Actions). */
  maskSecret: (value: string) => void;
  now: () => Date;
  /**
   * The run's `value` (the files git tracks, say): computed once, when the first check asks,
   * and the same promise for every check of the run after it.
   */
  shared: <T>(value: RunValue<T>) => Promise<T>;
  /**
   * Repository-relative files the change added or edited, when the run judges a change:
   * per-file tools check only these. Undefined: the whole project.
   */
  changedFiles?: readonly string[];
}

/** One planned unit of work: a gate, a custom command or a probe, ready to run. */
export interface PlannedCheck {
  id: string;
  phase: Phase;
  kind: string;
  title: string;
  blocking: boolean;
  timeoutMs: number;
  /**
   * A missing tool makes this check `skip` with its install hint rather than an `error`: for
   * gates zero-config enabled, or all gates with `pre.missing-tools: skip`.
   */
  skipIfToolMissing: boolean;
  /** Extra environment for this check's processes. */
  env?: Record<string, string>;
  /** The check rewrites the work tree: it starts once every other check has ended. */
  writesTree?: boolean;
  run: (context: CheckContext) => Promise<CheckOutcome>;
}

/**
 * Thrown by a check whose tool is not installed. The engine turns it into `skip` (with the
 * hint) when the check allows it (`skipIfToolMissing`), and into `error` otherwise.
 */
export class ToolMissingError extends Error {
  override name = 'ToolMissingError';
  readonly tool: string;
  readonly installHint: string;
  constructor(tool: string, installHint: string) {
    super(`${tool} is not installed: ${installHint}`);
    this.tool = tool;
    this.installHint = installHint;
  }
}

/**
 * Thrown where a bound Shipgate sets on a check's work is reached (an analysis's heap): the
 * check ends in `error` with the message, as a timeout does. It is no crash: nothing to trace.
 */
export class LimitReachedError extends Error {
  override name = 'LimitReachedError';
}
