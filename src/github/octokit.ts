import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { formatDuration } from '../util/duration.ts';

/** Where the GitHub modules report what happened; main.ts maps it onto @actions/core. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface OctokitOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES host, or a test server. */
  baseUrl: string;
  logger: Logger;
  /**
   * Milliseconds per second of a retry delay (1000 in real use). Tests shrink it so that a
   * retry scenario does not take real seconds; it scales both retry and rate-limit waits.
   */
  retryAfterBaseValue?: number;
  /** How long one attempt of a request may take, answer included (default 10 s). */
  requestTimeoutMs?: number;
}

/** The longest rate-limit wait worth sitting out; longer ones give up with a warning. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** What a call may carry in `request` besides Octokit's own options (see deadline.ts). */
interface BoundRequest {
  signal?: AbortSignal;
  /** Epoch milliseconds by which the call must be done: no rate-limit wait past it. */
  deadlineAt?: number;
}

/**
 * Every attempt of every request (each retry included: this wraps inside plugin-retry) gets
 * `timeoutMs` to be answered, on top of the call's own signal. A server that accepts the
 * connection and never answers would otherwise hold the job until the runner kills it.
 * A call may shorten its own limit with `request: { timeoutMs }`. Once the call's own signal
 * aborts (its deadline passed), its reason is thrown as is, which plugin-retry does not retry.
 *
 * The signal goes into `options` itself: Octokit's hooks (before-after-hook) hand every
 * inner layer the options the call began with, whatever an outer layer passes on, so options
 * passed on to `request` never reach the fetch. The call's own signal is kept apart, so that
 * a retry does not inherit the last attempt's timeout.
 */
const timedRequests = (timeoutMs: number) => (octokit: Octokit) => {
  const callSignals = new WeakMap<object, AbortSignal | undefined>();
  octokit.hook.wrap('request', async (request, options) => {
    const call = options.request as BoundRequest & { timeoutMs?: number };
    if (!callSignals.has(options)) callSignals.set(options, call.signal);
    const outer = callSignals.get(options);
    if (outer?.aborted) throw outer.reason;
    const limit = Math.ceil(Math.min(call.timeoutMs ?? timeoutMs, timeoutMs));
    const timeout = AbortSignal.timeout(limit);
    options.request = {
      ...options.request,
      signal: outer ? AbortSignal.any([outer, timeout]) : timeout,
    };
    try {
      return await request(options);
    } catch (error) {
      if (outer?.aborted) throw outer.reason;
      if (timeout.aborted && error instanceof Error) {
        error.message = `no answer within ${formatDuration(limit)}`;
      }
      throw error;
    }
  });
};

/**
 * A success whose JSON body did not arrive whole (the connection closed mid-body) as what it
 * is, a failed attempt: Octokit hands the cut-off text on as the data, and a check run
 * "created" without an id could never be completed. Like a reset connection, it counts as a
 * 500, which plugin-retry retries and a create looks up before trying again.
 */
const wholeAnswers = (octokit: Octokit) => {
  octokit.hook.wrap('request', async (request, options) => {
    const response = await request(options);
    const json = /^application\/json\b/.test(String(response.headers['content-type']));
    if (json && typeof response.data === 'string') {
      throw Object.assign(new Error('the answer was cut off before its end'), {
        status: 500,
        request: options,
      });
    }
    return response;
  });
};

/**
 * Every attempt of every request as a debug line (shown under ACTIONS_STEP_DEBUG): method,
 * route template (no ids or tokens in it), status or error, and time taken.
 */
const tracedRequests = (logger: Logger) => (octokit: Octokit) => {
  octokit.hook.wrap('request', async (request, options) => {
    const started = performance.now();
    const trace = (outcome: string) =>
      logger.debug(
        `GitHub API ${options.method} ${options.url}: ${outcome} after ${formatDuration(performance.now() - started)}`,
      );
    try {
      const response = await request(options);
      trace(String(response.status));
      return response;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      trace(typeof status === 'number' ? String(status) : `failed (${(error as Error).message})`);
      throw error;
    }
  });
};

/**
 * An Octokit for the Actions token with retries, GitHub's recommended throttling, and a
 * timeout on every request. `@actions/github` alone neither retries nor throttles.
 * - plugin-retry: 5xx, network errors and timeouts are retried 3 times with (n+1)² s
 *   backoff; 4xx such as 403, 422 and 429 never are (a 422 retried is a 422 again). A call can
 *   opt out with `request: { retries: 0 }` (creates that must look before retrying).
 * - plugin-throttling: writes are queued one at a time ≥1 s apart; a secondary rate limit
 *   (403/429 "secondary rate") waits `retry-after` (60 s without one), a primary one waits
 *   for its reset, each at most MAX_RATE_LIMIT_WAIT_SECONDS, twice, and never past the
 *   call's `deadlineAt`: persisting while limited is what gets an integration banned.
 */
export function createOctokit(options: OctokitOptions) {
  const { logger } = options;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string; request?: BoundRequest },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const deadlineAt = request.request?.deadlineAt;
      const fits =
        deadlineAt === undefined || Date.now() + retryAfter * retryAfterBaseValue < deadlineAt;
      const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && fits;
      logger.warning(
        `GitHub API ${kind} rate limit on ${request.method} ${request.url}: ${
          retrying
            ? `retrying in ${retryAfter}s`
            : `giving up (retry-after ${retryAfter}s${fits ? '' : ', past the deadline'}, try ${retryCount + 1})`
        }.`,
      );
      return retrying;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.warning(message),
      },
      // plugin-retry's own list, and 429: a rate limit is the throttling plugin's to wait out as
      // retry-after says, never plugin-retry's to hammer after 1, 4 and 9 s.
      retry: { retryAfterBaseValue, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    wholeAnswers,
    timedRequests(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    tracedRequests(logger),
    retry,
    throttling,
  );
}

/** The client every GitHub module takes as a parameter. */
export type GitHubClient = ReturnType<typeof createOctokit>;
