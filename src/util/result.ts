/** The outcome of a pure, total function: a value, or an error message for the user. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/**
 * JSON.parse that never throws: invalid or truncated JSON becomes an error naming the
 * offset and a short excerpt of the text around it.
 */
export function parseJson(text: string): Result<unknown> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('no output (expected JSON)');
  try {
    return ok(JSON.parse(trimmed));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names no position for a token it did not expect; a first character that starts no
    // JSON value (a text or Markdown report) is the one it means.
    const offset = startsJsonValue(trimmed)
      ? Number(/position (\d+)/.exec(message)?.[1] ?? NaN)
      : 0;
    const at = Number.isFinite(offset) ? offset : Math.max(0, trimmed.length - 60);
    const excerpt = trimmed.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
    const where = Number.isFinite(offset)
      ? `at offset ${offset}`
      : `near the end (${trimmed.length} chars)`;
    return fail(`invalid JSON ${where}: …${excerpt}…`);
  }
}

/** True when `text` begins the way some JSON value does. */
const startsJsonValue = (text: string): boolean => /^(?:[[{"\d-]|true|false|null)/.test(text);
