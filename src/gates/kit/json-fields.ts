import type { z } from 'zod';
import { fail, ok, type Result } from '../../util/result.ts';

/**
 * Readers for parsed JSON, for parsers that must survive schema drift. The lenient ones
 * below read a field of the wrong type as absent instead of throwing; `checkShape` is for
 * reports whose every field matters, and names the first one that is off.
 */

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** A positive integer (a 1-based line or column), else undefined. */
export const position = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const strings = (value: unknown): string[] =>
  list(value).filter((item): item is string => typeof item === 'string');

/**
 * `value` validated against `schema`, or an error naming `what` and the path of the first
 * field that does not fit ("unexpected npm audit report shape at vulnerabilities.a.via: …"),
 * which is what a user needs to tell a tool upgrade from a broken run.
 */
export function checkShape<T>(schema: z.ZodType<T>, value: unknown, what: string): Result<T> {
  const checked = schema.safeParse(value);
  if (checked.success) return ok(checked.data);
  const issue = checked.error.issues[0];
  return fail(
    `unexpected ${what} shape at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'}`,
  );
}
