import { setTimeout as sleep } from 'node:timers/promises';
import type { Deadline } from './deadline.ts';

/**
 * A failed create that may have happened anyway: the server did the work and the answer
 * was lost (a 502 from a proxy, a timeout, a reset connection). A 4xx is GitHub refusing
 * it, which no retry changes; the deadline passing ends the attempt.
 */
function mayHaveHappened(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { name?: string }).name === 'DeadlineError') return false;
  const status = (error as { status?: number }).status;
  return status === undefined || status >= 500;
}

export interface CreateOnce<T> {
  /** Looks for what an earlier attempt may have created; undefined when there is none. */
  find(): Promise<T | undefined>;
  /** One attempt, made without the client's own retries (`request: { retries: 0 }`). */
  create(): Promise<T>;
  deadline?: Deadline;
  /** Milliseconds before the second and third attempts (default 1 s and 4 s, like plugin-retry). */
  backoffMs?: (attempt: number) => number;
}

/**
 * Creates something at most once although a create can fail after the server made it:
 * after a failure that may have happened anyway, `find` looks first, and only when it finds
 * nothing is the create tried again (three attempts in all). Retrying the POST blindly, as
 * plugin-retry does, leaves two sticky comments or two check runs behind a 502.
 */
export async function createOnce<T>(steps: CreateOnce<T>): Promise<T> {
  const backoff = steps.backoffMs ?? ((attempt: number) => attempt * attempt * 1000);
  for (let attempt = 1; ; attempt++) {
    try {
      return await steps.create();
    } catch (error) {
      if (attempt >= 3 || !mayHaveHappened(error)) throw error;
      const found = await steps.find();
      if (found !== undefined) return found;
      const wait = backoff(attempt);
      if (steps.deadline && steps.deadline.remainingMs() <= wait) throw error;
      await sleep(wait, undefined, steps.deadline ? { signal: steps.deadline.signal } : {});
    }
  }
}
