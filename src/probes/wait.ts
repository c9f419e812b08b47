import type { HttpClient } from '../http/client.ts';
import { backoffDelay, sleep } from '../http/backoff.ts';
import type { HttpFailure } from '../http/errors.ts';
import { redactUrl } from '../util/redact.ts';

export type Readiness =
  | { ready: true; waitedMs: number; attempts: number }
  | { ready: false; waitedMs: number; attempts: number; last: string; failure?: HttpFailure };

export interface WaitOptions {
  timeoutMs: number;
  /** First backoff step; doubles per attempt with jitter, capped at `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  log?: (line: string) => void;
}

/** Failures that waiting cannot cure: report them at once instead of burning the whole wait. */
const FINAL = (failure: HttpFailure) =>
  failure.tls || failure.code === 'ENOTFOUND' || failure.code === 'SHIPGATE_LINK_LOCAL';

/**
 * Polls `url` until it answers with a status below 500 (a deployment that is still starting
 * refuses, resets, times out or answers 502/503), with exponential backoff and jitter, for
 * at most `timeoutMs`.
 */
export async function waitUntilReady(
  client: HttpClient,
  url: URL,
  { timeoutMs, baseDelayMs = 250, maxDelayMs = 10_000, log }: WaitOptions,
): Promise<Readiness> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  let last = 'no answer';
  let lastFailure: HttpFailure | undefined;
  const notReady = (attempts: number): Readiness => ({
    ready: false,
    waitedMs: elapsed(),
    attempts,
    last,
    ...(lastFailure ? { failure: lastFailure } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const outcome = await client.send(url, { readBody: false, signal });
    if (outcome.ok && outcome.response.status < 500)
      return { ready: true, waitedMs: elapsed(), attempts: attempt };
    lastFailure = outcome.ok ? undefined : outcome.error;
    last = outcome.ok ? `status ${outcome.response.status}` : outcome.error.message;
    if (lastFailure && FINAL(lastFailure)) return notReady(attempt);
    const delay = backoffDelay(attempt - 1, baseDelayMs, maxDelayMs);
    log?.(`${redactUrl(url)} not ready (${last}); next try in ${delay} ms`);
    try {
      await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed())), signal);
    } catch {
      return notReady(attempt);
    }
    if (signal.aborted) return notReady(attempt);
  }
}
