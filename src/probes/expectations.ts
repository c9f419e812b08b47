import type { HttpResponse } from '../http/client.ts';
import type { Finding } from '../core/model.ts';

/** "200" / "200 or 302" for messages. */
const statusList = (statuses: readonly number[]): string => statuses.join(' or ');

/** A finding when the status is not one of `expected`, with the time it took (fault 29). */
export function statusFinding(
  response: HttpResponse,
  expected: readonly number[],
): Finding | undefined {
  if (expected.includes(response.status)) return undefined;
  return {
    rule: 'unexpected-status',
    severity: 'high',
    message: `${response.status} after ${Math.round(response.timeMs)} ms, expected ${statusList(expected)}`,
  };
}

/** The value at a dot path ("build.sha", "items.0.id"), or undefined. */
export function valueAt(value: unknown, dotPath: string): unknown {
  let current = value;
  for (const key of dotPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Where `actual` differs from the `expected` subset: every key of an expected object must be
 * present with a matching value (recursively); arrays and scalars must be equal.
 */
export function subsetMismatches(expected: unknown, actual: unknown, at = '$'): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${JSON.stringify(actual) ?? 'nothing'}`];
    }
    return Object.entries(expected).flatMap(([key, value]) =>
      subsetMismatches(value, (actual as Record<string, unknown>)[key], `${at}.${key}`),
    );
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`];
}

/** Directive → value of a Cache-Control header (flags map to ""). */
export function cacheControl(value: string | undefined): Map<string, string> {
  return new Map(
    (value ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean)
      .map((part) => {
        const [name = '', arg = ''] = part.split('=');
        return [name.trim(), arg.trim().replace(/^"|"$/g, '')] as const;
      }),
  );
}
