import { LimitReachedError } from './check.ts';

/** The heap an analysis worker may grow to. */
const WORKER_HEAP_MB = 512;

/**
 * Runs a script in a worker thread and resolves with the first message it posts. Analysis
 * that runs in the main thread blocks the event loop, and with it every timer: a check's
 * `timeout` and the run's deadline could not fire until it ended. In a worker it can be cut
 * short: when `signal` aborts, the worker is terminated (V8 stops it wherever it is) and the
 * promise rejects with the signal's reason, as an aborted command's does.
 *
 * `script` is a file URL: a `.ts` module from the sources (Node strips its types), or an
 * entry of the bundle in dist/. `data` reaches it as `workerData`, structured-cloned.
 */
export function runInWorker<T>(script: URL, data: unknown, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  // Loaded on first use: a run with no analysis to move off the main thread never pays for it.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(script, {
    workerData: data,
    stdout: false,
    stderr: false,
    // Input that makes the analysis allocate without end ends it, not the run.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(signal.reason as Error));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: T) => settle(() => resolve(message)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LimitReachedError(
                `the analysis ran out of memory (its limit is ${WORKER_HEAP_MB} MB)`,
              )
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the analysis worker exited (code ${code}) without a result`))),
    );
  });
}
