import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { normalizeOutput } from '../util/text.ts';

interface ExecOptions {
  cwd: string;
  /** The complete environment of the child; callers merge it with process.env themselves. */
  env?: NodeJS.ProcessEnv;
  /** Aborting kills the whole process tree: SIGTERM, then SIGKILL after `killGraceMs`. */
  signal?: AbortSignal;
  /** Bytes kept per stream; the rest is dropped and `truncated` is set. */
  maxOutputBytes?: number;
  killGraceMs?: number;
  /** Called with every chunk as it arrives, for live logs. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

export interface ExecResult {
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Normalised text: UTF-8 with U+FFFD for bad bytes, no BOM, no ANSI codes, LF line ends. */
  stdout: string;
  stderr: string;
  truncated: boolean;
  /** Bytes printed past `maxOutputBytes`, over both streams: counted, never kept. */
  droppedBytes: number;
  durationMs: number;
  /** The executable does not exist (ENOENT): the tool is not installed. */
  notFound: boolean;
  /** The run was cut short through `signal` (a timeout or cancellation). */
  aborted: boolean;
}

export type Exec = (
  command: string,
  args: readonly string[],
  options: ExecOptions,
) => Promise<ExecResult>;

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
/** How long a tool gets between SIGTERM and SIGKILL. */
export const DEFAULT_KILL_GRACE_MS = 1500;

/** How long the pipes may stay open once the command itself has exited. */
const PIPE_GRACE_MS = 200;

/** Process groups still alive, killed if Shipgate itself exits first. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    // A negative pid addresses the whole process group the child leads (spawned detached).
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone already
  }
}

/**
 * Kills every process group Shipgate started that is still running. The groups are detached
 * (so that a timeout can take a whole tree down), which also means they would outlive
 * Shipgate: entry points call this when the run is cancelled.
 */
export function killAllProcessGroups(): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', killAllProcessGroups);
}

/**
 * What a command printed: each stream kept up to `maxBytes`, the rest counted and dropped.
 */
class CappedOutput {
  readonly #maxBytes: number;
  readonly #chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  readonly #sizes = { stdout: 0, stderr: 0 };
  #droppedBytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  add(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    const room = this.#maxBytes - this.#sizes[stream];
    const kept = chunk.length > room ? chunk.subarray(0, Math.max(0, room)) : chunk;
    this.#droppedBytes += chunk.length - kept.length;
    if (!kept.length) return;
    this.#chunks[stream].push(kept);
    this.#sizes[stream] += kept.length;
  }

  result(): Pick<ExecResult, 'stdout' | 'stderr' | 'truncated' | 'droppedBytes'> {
    return {
      stdout: normalizeOutput(Buffer.concat(this.#chunks.stdout)),
      stderr: normalizeOutput(Buffer.concat(this.#chunks.stderr)),
      truncated: this.#droppedBytes > 0,
      droppedBytes: this.#droppedBytes,
    };
  }
}

/**
 * The process group a spawned child leads, killed if Shipgate exits first. `terminate` sends
 * SIGTERM, then SIGKILL once `graceMs` has passed; `release` is for when the command has ended.
 */
function trackGroup(
  pid: number | undefined,
  graceMs: number,
): { terminate: () => void; release: () => void } {
  if (pid !== undefined) {
    installExitHook();
    liveGroups.add(pid);
  }
  let killTimer: NodeJS.Timeout | undefined;
  return {
    terminate: () => {
      if (pid === undefined || !killGroup(pid, 'SIGTERM')) return;
      clearTimeout(killTimer);
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      killTimer.unref();
    },
    release: () => {
      clearTimeout(killTimer);
      if (pid !== undefined) liveGroups.delete(pid);
    },
  };
}

function spawnDetached(
  command: string,
  args: readonly string[],
  options: ExecOptions,
): ChildProcessByStdio<null, Readable, Readable> {
  // Loaded on first use: a run that starts no program (an empty plan, a merge) never pays
  // for child_process and the stream and socket modules behind it.
  const { spawn } = process.getBuiltinModule('node:child_process');
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs a program (never through a shell unless the caller asks for one) in its own process
 * group, so that a timeout or a cancellation takes down everything it started, and so that
 * nothing it left running in the background outlives it.
 */
export const exec: Exec = (command, args, options) =>
  new Promise((resolve) => {
    const started = performance.now();
    const output = new CappedOutput(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT);
    const child = spawnDetached(command, args, options);
    const group = trackGroup(child.pid, options.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
    let aborted = false;
    let exit: Pick<ExecResult, 'exitCode' | 'signal'> = { exitCode: null, signal: null };
    let settled = false;

    const onAbort = (): void => {
      aborted = true;
      group.terminate();
    };
    const finish = (notFound: boolean): void => {
      if (settled) return;
      settled = true;
      group.release();
      options.signal?.removeEventListener('abort', onAbort);
      const durationMs = Math.round(performance.now() - started);
      resolve({ ...exit, ...output.result(), durationMs, notFound, aborted });
    };

    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (chunk: Buffer) => {
        options.onOutput?.(chunk.toString('utf8'), stream);
        output.add(stream, chunk);
      });
    }
    child.once('error', (error: NodeJS.ErrnoException) => {
      // 'error' without a pid means the program could not be started at all.
      if (child.pid === undefined) {
        output.add('stderr', Buffer.from(error.message));
        finish(error.code === 'ENOENT');
      }
    });
    child.once('exit', (exitCode, signal) => {
      exit = { exitCode, signal };
      // Whatever the tool left running in the background must not hold its pipes open.
      group.terminate();
      // A daemon that left the group (setsid) can keep them open past any kill: the command
      // ends with its process. What is still buffered gets a moment to arrive.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish(false);
      }, PIPE_GRACE_MS).unref();
    });
    child.once('close', () => finish(false));

    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
