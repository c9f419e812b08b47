import { boundFindings } from '../core/bounds.ts';
import type { CheckResult } from '../core/model.ts';
import { errorMessage, errorTrace } from '../util/errors.ts';
import { formatDuration } from '../util/duration.ts';
import {
  LimitReachedError,
  ToolMissingError,
  type CheckContext,
  type CheckOutcome,
  type PlannedCheck,
} from './check.ts';
import { DEFAULT_KILL_GRACE_MS, exec as defaultExec, type Exec } from './exec.ts';
import { runValues, type RunScope, type RunValues } from './run-values.ts';
import { toolEnvironment } from './tool-env.ts';

/** Live progress: the engine calls these as checks start, print and end. */
export interface RunObserver {
  onStart?(check: PlannedCheck): void;
  onOutput?(check: PlannedCheck, text: string): void;
  onEnd?(check: PlannedCheck, result: CheckResult): void;
  /** A program a check ran has ended: what it was, how it ended and how long it took. */
  onCommand?(check: PlannedCheck, run: CommandRun): void;
}

interface CommandRun {
  command: string;
  args: readonly string[];
  cwd: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
}

export interface RunOptions {
  root: string;
  concurrency: number;
  /** The whole run's budget; checks still running then are cut short, unstarted ones not run. */
  deadlineMs: number;
  /** The job's environment: checks read it; tools get it as an ordinary step would (tool-env.ts). */
  env: Readonly<Record<string, string | undefined>>;
  /** Tools get GITHUB_TOKEN on purpose (the config's `pass-github-token`). */
  passGitHubToken?: boolean;
  maskSecret?: (value: string) => void;
  observer?: RunObserver;
  exec?: Exec;
  now?: () => Date;
  /** How long a cancelled check may take to wind down (its tools get SIGTERM, then SIGKILL). */
  killGraceMs?: number;
  /** The files the change added or edited (CheckContext.changedFiles). */
  changedFiles?: readonly string[];
}

/**
 * Runs the planned checks with at most `concurrency` at a time, those that rewrite the work
 * tree after all the others. Every check ends as a result, whatever happens to it: a throw,
 * a timeout or the deadline becomes `error` with the reason, and the other checks still run.
 * Results keep the plan's order.
 */
export async function runChecks(
  checks: readonly PlannedCheck[],
  options: RunOptions,
): Promise<CheckResult[]> {
  const deadline = new AbortController();
  const deadlineTimer = setTimeout(
    () =>
      deadline.abort(
        new Error(`the run's deadline of ${formatDuration(options.deadlineMs)} passed`),
      ),
    options.deadlineMs,
  );
  const run: RunState = {
    toolEnv: toolEnvironment(options.env, options.passGitHubToken ?? false),
    deadline: deadline.signal,
    values: runValues(),
  };
  const results = new Array<CheckResult>(checks.length);
  const runStage = async (indices: number[]): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < indices.length) {
        const index = indices[next++]!;
        const check = checks[index]!;
        options.observer?.onStart?.(check);
        const result = await runOne(check, options, run);
        results[index] = result;
        options.observer?.onEnd?.(check, result);
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency, indices.length));
    await Promise.all(Array.from({ length: workers }, worker));
  };
  // Checks that rewrite the work tree (the build) start once the readers have ended.
  const indices = checks.map((_, index) => index);
  try {
    await runStage(indices.filter((i) => !checks[i]!.writesTree));
    await runStage(indices.filter((i) => checks[i]!.writesTree));
  } finally {
    clearTimeout(deadlineTimer);
  }
  return results;
}

/** What every check of one run shares. */
interface RunState {
  /** The environment tools get (tool-env.ts). */
  toolEnv: Readonly<Record<string, string | undefined>>;
  /** Aborted when the run's deadline passes. */
  deadline: AbortSignal;
  values: RunValues;
}

async function runOne(
  check: PlannedCheck,
  options: RunOptions,
  run: RunState,
): Promise<CheckResult> {
  const { deadline } = run;
  const started = performance.now();
  let droppedBytes = 0;
  const finish = (outcome: CheckOutcome): CheckResult =>
    resultOf(check, outcome, Math.round(performance.now() - started), droppedBytes);

  if (deadline.aborted) {
    return finish({ status: 'error', summary: `not run: ${errorMessage(deadline.reason)}` });
  }
  const { signal, dispose } = checkSignal(check.timeoutMs, deadline);
  const context = checkContext(check, options, run, signal, (bytes) => {
    droppedBytes += bytes;
  });
  try {
    const outcome = await outcomeWithin(check, context, options.killGraceMs);
    // A check that returned after its signal fired was still cut short: say so, keep its evidence.
    return signal.aborted
      ? finish({ ...outcome, status: 'error', summary: errorMessage(signal.reason) })
      : finish(outcome);
  } finally {
    dispose();
  }
}

/** A check's result: its outcome with the check's identity, the time it took and what was cut. */
function resultOf(
  check: PlannedCheck,
  outcome: CheckOutcome,
  durationMs: number,
  droppedBytes: number,
): CheckResult {
  const findings = boundFindings(outcome.findings ?? []);
  const trimmed = {
    ...(findings.dropped ? { findings: findings.dropped } : {}),
    ...(droppedBytes ? { outputBytes: droppedBytes } : {}),
  };
  return {
    id: check.id,
    phase: check.phase,
    kind: check.kind,
    title: check.title,
    status: outcome.status,
    blocking: check.blocking,
    durationMs,
    summary: outcome.summary,
    findings: findings.kept,
    metrics: outcome.metrics ?? {},
    ...(outcome.evidence ? { evidence: outcome.evidence } : {}),
    ...(outcome.counts ? { counts: outcome.counts } : {}),
    ...(Object.keys(trimmed).length ? { trimmed } : {}),
    ...(outcome.failOn ? { failOn: outcome.failOn } : {}),
  };
}

/** A check's signal: aborted on its timeout or the run's deadline, whichever comes first. */
function checkSignal(
  timeoutMs: number,
  deadline: AbortSignal,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const timeout = setTimeout(
    () => controller.abort(new Error(`timed out after ${formatDuration(timeoutMs)}`)),
    timeoutMs,
  );
  const onDeadline = () => controller.abort(deadline.reason);
  deadline.addEventListener('abort', onDeadline, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timeout);
      deadline.removeEventListener('abort', onDeadline);
    },
  };
}

/**
 * Programs run for `check`: bound to `signal`, in the tools' environment under `env`, each
 * told to the observer when it ends. `onOutput` gets what they print as it arrives.
 */
function commandsOf(
  check: PlannedCheck,
  options: RunOptions,
  env: Readonly<Record<string, string | undefined>>,
  signal: AbortSignal,
  onOutput?: (text: string) => void,
): Exec {
  const exec = options.exec ?? defaultExec;
  return async (command, args, execOptions) => {
    const result = await exec(command, args, {
      ...execOptions,
      env: { ...env, ...execOptions.env },
      signal,
      ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
      ...(onOutput ? { onOutput } : {}),
    });
    options.observer?.onCommand?.(check, {
      command,
      args,
      cwd: execOptions.cwd,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
    });
    return result;
  };
}

/** What the check may touch: its programs run bound to `signal` and are told to the observer. */
function checkContext(
  check: PlannedCheck,
  options: RunOptions,
  run: RunState,
  signal: AbortSignal,
  onDroppedBytes: (bytes: number) => void,
): CheckContext {
  const exec = commandsOf(check, options, { ...run.toolEnv, ...check.env }, signal, (text) =>
    options.observer?.onOutput?.(check, text),
  );
  // A run value is computed for the run, not for this check: its programs are bound to the
  // run's deadline, and what they print is the value, not this check's log.
  const scope = (): RunScope => ({
    root: options.root,
    signal: run.deadline,
    exec: commandsOf(check, options, run.toolEnv, run.deadline),
  });
  return {
    root: options.root,
    signal,
    exec: async (command, args, execOptions) => {
      const result = await exec(command, args, execOptions);
      onDroppedBytes(result.droppedBytes);
      return result;
    },
    log: (line) => options.observer?.onOutput?.(check, `${line}\n`),
    env: options.env,
    maskSecret: options.maskSecret ?? (() => {}),
    now: options.now ?? (() => new Date()),
    shared: (value) => run.values(value, scope),
    ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
  };
}

/**
 * Runs the check to its outcome. A check that ignores its signal must not hold up the run:
 * once aborted, it gets the kill grace to wind its processes down, then the abort is recorded
 * whatever it is doing.
 */
function outcomeWithin(
  check: PlannedCheck,
  context: CheckContext,
  killGraceMs = DEFAULT_KILL_GRACE_MS,
): Promise<CheckOutcome> {
  const { signal } = context;
  // Started inside a promise so that even a synchronous throw becomes this check's error.
  const running = Promise.resolve()
    .then(() => check.run(context))
    .then(
      (outcome): CheckOutcome => outcome,
      (error: unknown): CheckOutcome => crashOutcome(check, error, context.log),
    );
  const aborted = new Promise<CheckOutcome>((resolve) => {
    const onAbort = () => {
      const cutShort: CheckOutcome = { status: 'error', summary: errorMessage(signal.reason) };
      const timer = setTimeout(() => resolve(cutShort), killGraceMs + 500);
      void running.finally(() => {
        clearTimeout(timer);
        resolve(cutShort);
      });
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([running, aborted]);
}

/**
 * A check that threw: a missing tool as configured, a bound reached as an error, anything
 * else a crash, traced in its log.
 */
function crashOutcome(check: PlannedCheck, error: unknown, log: CheckContext['log']): CheckOutcome {
  if (error instanceof ToolMissingError) {
    return check.skipIfToolMissing
      ? { status: 'skip', summary: `${error.tool} not installed: ${error.installHint}` }
      : { status: 'error', summary: `${error.tool} not installed: ${error.installHint}` };
  }
  if (error instanceof LimitReachedError) return { status: 'error', summary: error.message };
  log(`Shipgate crashed in this check, a bug to report with this trace:\n${errorTrace(error)}`);
  return { status: 'error', summary: `crashed: ${errorMessage(error)}` };
}
