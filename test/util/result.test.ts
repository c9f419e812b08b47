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

  it('names offset 0 when the text starts no JSON value, as a text report does', () => {
    expect(parseJson('FAIL  1 blocking finding · 0 of 1 check passed')).toEqual({
      ok: false,
      error: 'invalid JSON at offset 0: …FAIL 1 blocking finding · 0 of 1 check …',
    });
    expect(parseJson('## Shipgate: fail')).toMatchObject({ error: /^invalid JSON at offset 0: / });
  });

  it('quotes the end when the parser names no offset', () => {
    expect(parseJson(`{"results": [${'1, '.repeat(40)}`)).toEqual({
      ok: false,
      error: `invalid JSON near the end (132 chars): …${', 1'.repeat(26)}, …`,
    });
  });
});
