import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/util/result.ts';

describe('parseJson', () => {
  it('parses JSON with surrounding whitespace', () => {
    expect(parseJson('\n {"results": []}\n')).toEqual({ ok: true, value: { results: [] } });
  });

  it('says there was no output when the text is blank', () => {
    expect(parseJson(' \n')).toEqual({ ok: false, error: 'no output (expected JSON)' });
  });

  it('names the offset of invalid JSON and quotes the text around it', () => {
    expect(parseJson('{"a": 1 "b": 2}')).toEqual({
      ok: false,
      error: 'invalid JSON at offset 8: …{"a": 1 "b": 2}…',
    });
  });

  it('quotes the end when the parser names no offset', () => {
    expect(parseJson(`{"results": [${'1, '.repeat(40)}`)).toEqual({
      ok: false,
      error: `invalid JSON near the end (132 chars): …${', 1'.repeat(26)}, …`,
    });
  });
});
