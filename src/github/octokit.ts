import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

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
}

/** The longest rate-limit wait worth sitting out; longer ones give up with a warning. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/**
 * An Octokit for the Actions token with retries and GitHub's recommended throttling.
 * `@actions/github` alone neither retries nor throttles.
 * - plugin-retry: 5xx and network errors are retried 3 times with (n+1)² s backoff; 4xx
 *   such as 403 and 422 never are (a 422 retried is a 422 again).
 * - plugin-throttling: writes are queued one at a time ≥1 s apart; a secondary rate limit
 *   (403/429 "secondary rate") waits `retry-after` (60 s without one), a primary one waits
 *   for its reset, each at most MAX_RATE_LIMIT_WAIT_SECONDS and twice: persisting while
 *   limited is what gets an integration banned.
 */
export function createOctokit(options: OctokitOptions) {
  const { logger } = options;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      logger.warning(
        `GitHub API ${kind} rate limit on ${request.method} ${request.url}: ${
          retrying
            ? `retrying in ${retryAfter}s`
            : `giving up (retry-after ${retryAfter}s, try ${retryCount + 1})`
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
      retry: { retryAfterBaseValue },
      throttle: {
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

/** The client every GitHub module takes as a parameter. */
export type GitHubClient = ReturnType<typeof createOctokit>;
