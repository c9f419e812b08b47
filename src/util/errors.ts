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
 * An error whose message is meant for the user as it stands: bad config, bad usage.
 * The CLI maps it to exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
