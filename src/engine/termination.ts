import { killAllProcessGroups } from './exec.ts';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** A stop that a signal may begin, as the run's own flow sees it. */
export interface Termination {
  /** Whether a stop has begun. */
  readonly stopping: boolean;
  /**
   * Settles once a stop that has begun is done, by exiting the process; at once when none
   * has. A flow that returns while stopping awaits it, so that nothing after it (the entry's
   * exit timer) ends the process before the cleanup has completed the check run.
   */
  readonly stopped: Promise<void>;
}

/**
 * When the run is cancelled (a cancelled workflow sends SIGINT, then SIGTERM; a person
 * presses Ctrl-C), stops every tool Shipgate started, gives `cleanup` up to `timeoutMs` to
 * leave things tidy (say, complete the check run as cancelled), and exits with the
 * conventional code, which is also the exit code of any other exit from then on. Without
 * this, Node would die at once and leave the detached tools running and the check run in
 * progress.
 */
export function onTermination(
  cleanup: (signal: (typeof SIGNALS)[number]) => Promise<void>,
  timeoutMs = 5000,
): Termination {
  let stopped: Promise<void> | undefined;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopped) return; // the second signal of a cancellation: already on it
      process.exitCode = EXIT_CODES[signal];
      killAllProcessGroups();
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
      stopped = Promise.race([cleanup(signal).catch(() => {}), deadline]).finally(() =>
        process.exit(EXIT_CODES[signal]),
      );
    });
  }
  // The run's own flow checks this to publish nothing once cancelled: the tools it was
  // waiting for were killed, so their results say nothing about the code.
  return {
    get stopping() {
      return stopped !== undefined;
    },
    get stopped() {
      return stopped ?? Promise.resolve();
    },
  };
}
