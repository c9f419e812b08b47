import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  checkShape,
  isObject,
  list,
  position,
  strings,
  text,
} from '../../../src/gates/kit/json-fields.ts';

describe('the lenient readers', () => {
  it('isObject: a plain object, not an array or null', () => {
    expect([{}, { a: 1 }].map(isObject)).toEqual([true, true]);
    expect([[], null, 'x', 1].map(isObject)).toEqual([false, false, false, false]);
  });

  it('text: a string, else undefined', () => {
    expect(text('E501')).toBe('E501');
    expect(text(501)).toBeUndefined();
  });

  it('position: a positive integer, else undefined', () => {
    expect(position(3)).toBe(3);
    expect([0, -1, 1.5, '3', undefined].map(position)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('list and strings: an array (of its strings), else empty', () => {
    expect(list([1, 'a'])).toEqual([1, 'a']);
    expect(list({ length: 1 })).toEqual([]);
    expect(strings(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(strings('a')).toEqual([]);
  });
});

describe('checkShape', () => {
  const schema = z.object({
    vulnerabilities: z.record(z.string(), z.object({ via: z.array(z.string()) })),
  });

  it('gives the value when it fits', () => {
    const report = { vulnerabilities: { a: { via: ['b'] } } };
    expect(checkShape(schema, report, 'npm audit report')).toEqual({ ok: true, value: report });
  });

  it('names what it read and the path of the first field that does not fit', () => {
    const result = checkShape(schema, { vulnerabilities: { a: { via: 'b' } } }, 'npm audit report');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(
      /^unexpected npm audit report shape at vulnerabilities\.a\.via: /,
    );
  });

  it('says "the top level" when the whole value is off', () => {
    const result = checkShape(schema, 'garbage', 'npm audit report');
    expect(!result.ok && result.error).toMatch(
      /^unexpected npm audit report shape at the top level: /,
    );
  });
});
