/** A readable message from anything that was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * Where a crash happened: its stack trace, which names Shipgate's sources (the bundle's source
 * maps are on), or its message when it has none.
 */
export function errorTrace(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : errorMessage(error);
}

/**
 * An error whose message is meant for the user as it stands: bad config, bad usage.
 * The CLI maps it to exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
