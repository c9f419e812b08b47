import { formatDuration } from '../util/duration.ts';

/**
 * A point in time GitHub work must be done by: publishing the sign-off, completing the check
 * run when the workflow is cancelled. `signal` aborts every request made with it (see
 * `within`), and `remainingMs` tells a rate-limit handler whether a wait still fits.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  remainingMs(): number;
  /** The request options that bind an Octokit call to this deadline. */
  readonly request: { signal: AbortSignal; deadlineAt: number };
}

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** A deadline `ms` from now. */
export function deadlineIn(ms: number, what: string): Deadline {
  const at = Date.now() + ms;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeadlineError(`${what} took longer than ${formatDuration(ms)}`)),
    ms,
  );
  timer.unref();
  return {
    signal: controller.signal,
    remainingMs: () => (controller.signal.aborted ? 0 : Math.max(0, at - Date.now())),
    request: { signal: controller.signal, deadlineAt: at },
  };
}

/**
 * `work`, or its deadline's reason once the deadline passes, whichever comes first. The
 * requests bound to the deadline are aborted by then; what is left of `work` (a retry's
 * back-off, a rate-limit wait) no longer holds anything up.
 */
export function within<T>(deadline: Deadline, work: Promise<T>): Promise<T> {
  const { signal } = deadline;
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
