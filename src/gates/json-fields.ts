/**
 * Lenient readers for fields of parsed JSON, for parsers that must survive schema drift:
 * a field of the wrong type reads as absent instead of throwing.
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
