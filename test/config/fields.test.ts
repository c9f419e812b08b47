import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  duration,
  failOn,
  got,
  percentage,
  repoPath,
  strictObject,
  waiver,
} from '../../src/config/fields.ts';

/** The first message a schema gives for `input`, or the parsed value. */
const parse = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? { value: result.data } : { error: result.error.issues[0]?.message };
};

describe('got', () => {
  it('quotes the offending value as JSON, and names a missing one', () => {
    expect(got('soon')).toBe('"soon"');
    expect(got(4)).toBe('4');
    expect(got(undefined)).toBe('nothing');
  });
});

describe('duration', () => {
  it('reads a duration as milliseconds', () => {
    expect(parse(duration(), '2m')).toEqual({ value: 120_000 });
  });

  it('names the expected form and what it got', () => {
    expect(parse(duration(), 'soon')).toEqual({
      error: 'expected a duration like "30s", got "soon"',
    });
    expect(parse(duration(), 30)).toEqual({ error: 'expected a duration like "30s", got 30' });
  });
});

describe('percentage', () => {
  it('reads a percentage as a fraction', () => {
    expect(parse(percentage(), '1%')).toEqual({ value: 0.01 });
  });

  it('refuses one over 100%, and one without the sign', () => {
    expect(parse(percentage(), '101%')).toEqual({ error: 'a percentage cannot exceed 100%' });
    expect(parse(percentage(), '0.5')).toEqual({
      error: 'expected a percentage like "1%", got "0.5"',
    });
  });
});

describe('failOn', () => {
  it('defaults to the given severity and lists the severities when wrong', () => {
    expect(parse(failOn('high', 'gate'), undefined)).toEqual({ value: 'high' });
    expect(parse(failOn('high', 'gate'), 'severe')).toEqual({
      error: 'expected one of critical, high, medium, low, info, got "severe"',
    });
  });
});

describe('repoPath', () => {
  it('takes a relative path inside the repository only', () => {
    expect(parse(repoPath('a path'), 'backend/manage.py')).toEqual({ value: 'backend/manage.py' });
    for (const outside of ['/etc/passwd', '../other', 'a\\..\\b']) {
      expect(parse(repoPath('a path'), outside)).toEqual({
        error: 'expected a path inside the repository (relative, without "..")',
      });
    }
  });
});

describe('strictObject', () => {
  const schema = strictObject({ 'fail-on': z.string().optional(), timeout: z.string().optional() });

  it('refuses an unknown key with a did-you-mean', () => {
    expect(parse(schema, { fail_on: 'high', colour: 'red' })).toEqual({
      error: 'unknown key "fail_on" (did you mean "fail-on"?); unknown key "colour"',
    });
  });

  it('names what it got instead of an object', () => {
    expect(parse(schema, 'yes')).toEqual({ error: 'expected an object, got "yes"' });
  });
});

describe('waiver', () => {
  it('takes an id, a reason, an owner and a last day', () => {
    const accepted = { id: 'B105', reason: 'test fixtures', owner: 'alice', until: '2026-12-31' };
    expect(parse(waiver(), accepted)).toEqual({ value: accepted });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(parse(waiver(), { id: 'B105', reason: 'r', until: '31/12/2026' })).toEqual({
      error: 'expected a date like 2026-12-31, got "31/12/2026"',
    });
  });
});
