import { killAllProcessGroups } from './exec.ts';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * When the run is cancelled (a cancelled workflow sends SIGINT, then SIGTERM; a person
 * presses Ctrl-C), stops every tool Shipgate started, gives `cleanup` up to `timeoutMs` to
 * leave things tidy (say, complete the check run as cancelled), and exits with the
 * conventional code. Without this, Node would die at once and leave the detached tools
 * running and the check run in progress. Returns whether a stop has begun.
 */
export function onTermination(
  cleanup: (signal: (typeof SIGNALS)[number]) => Promise<void>,
  timeoutMs = 5000,
): { readonly stopping: boolean } {
  let stopping = false;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopping) return; // the second signal of a cancellation: already on it
      stopping = true;
      killAllProcessGroups();
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
      void Promise.race([cleanup(signal).catch(() => {}), deadline]).finally(() =>
        process.exit(EXIT_CODES[signal]),
      );
    });
  }
  // The run's own flow checks this to publish nothing once cancelled: the tools it was
  // waiting for were killed, so their results say nothing about the code.
  return {
    get stopping() {
      return stopping;
    },
  };
}
