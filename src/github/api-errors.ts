import { errorMessage } from '../util/errors.ts';

/** The parts of an Octokit RequestError that are worth reporting. */
interface ApiErrorLike {
  status?: number;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

const asApiError = (error: unknown): ApiErrorLike =>
  typeof error === 'object' && error !== null ? error : {};

/**
 * A 403 that no wait will fix: the token lacks a permission. Pull requests from forks and
 * Dependabot always get a read-only token. Rate-limit 403s are retried by the throttling
 * plugin and carry "rate limit" in the message when they still come through.
 */
export function isPermissionDenied(error: unknown): boolean {
  return asApiError(error).status === 403 && !/rate limit/i.test(errorMessage(error));
}

/**
 * One line that says what failed and what to do about it. A 422 names the request
 * (method and URL; never the body, which may quote tool output) so that the shape can be
 * checked against the API docs.
 */
export function describeApiError(error: unknown, action: string, permission: string): string {
  const { status, request, response } = asApiError(error);
  const message = errorMessage(error).split('\n')[0] ?? '';
  if (isPermissionDenied(error)) {
    return `Shipgate could not ${action}: the token lacks \`${permission}\` (403 ${message}). Add \`${permission}\` to the job's permissions: block. Pull requests from forks and Dependabot get a read-only token; there the sign-off is in the job summary and the log annotations only.`;
  }
  const where = request?.method && request.url ? ` (${request.method} ${request.url})` : '';
  const details =
    status === 422 && response?.data !== undefined
      ? ` ${JSON.stringify(response.data).slice(0, 500)}`
      : '';
  return `Shipgate could not ${action}${status ? `: HTTP ${status}` : ''}${where}: ${message}${details}`;
}
