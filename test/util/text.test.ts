import { describe, expect, it } from 'vitest';
import {
  normalizeOutput,
  percentDecoded,
  plural,
  slug,
  tail,
  uniqueId,
} from '../../src/util/text.ts';

describe('normalizeOutput', () => {
  it('drops a BOM, colour codes and carriage returns', () => {
    expect(normalizeOutput('\uFEFF\x1b[31merror\x1b[0m: x\r\ny\rz')).toBe('error: x\ny\nz');
  });

  it('decodes bytes as UTF-8, invalid sequences as U+FFFD', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x6f, 0x6b, 0xff, 0x0a]);
    expect(normalizeOutput(bytes)).toBe('ok\uFFFD\n');
  });
});

describe('tail', () => {
  it('keeps short text whole, without trailing whitespace', () => {
    expect(tail('a\nb\n\n')).toBe('a\nb');
  });

  it('keeps the last lines and marks the cut', () => {
    expect(tail('1\n2\n3\n4', 2)).toBe('…\n3\n4');
  });

  it('keeps the last characters of a long line and marks the cut', () => {
    expect(tail('abcdefgh', 40, 3)).toBe('…\nfgh');
  });
});

describe('plural', () => {
  it('uses the singular for one only, and a given plural when the noun needs one', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});

describe('slug', () => {
  it('lower-cases and hyphenates, trimming hyphens at the ends', () => {
    expect(slug('Migrations ready!', 'check')).toBe('migrations-ready');
    expect(slug('  API / v2  ', 'check')).toBe('api-v2');
  });

  it('falls back when nothing is left', () => {
    expect(slug('!!!', 'check')).toBe('check');
  });
});

describe('uniqueId', () => {
  it('numbers a taken id from 2, and records each choice', () => {
    const taken = new Set<string>();
    expect([uniqueId('api', taken), uniqueId('api', taken), uniqueId('api', taken)]).toEqual([
      'api',
      'api-2',
      'api-3',
    ]);
    expect([...taken]).toEqual(['api', 'api-2', 'api-3']);
  });
});

describe('percentDecoded', () => {
  it('decodes percent-encoding, and leaves malformed text as it stands', () => {
    expect(percentDecoded('s3cr%40t')).toBe('s3cr@t');
    expect(percentDecoded('%2Fvar%2Frun%2Fpostgresql')).toBe('/var/run/postgresql');
    expect(percentDecoded('100%')).toBe('100%');
  });
});
