import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parsePercent } from '../../src/util/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    [' 10s ', 10_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('is undefined for what is not a number and a unit', () => {
    for (const text of ['30', '30 s', '-1s', '1w', 's', '', '1.s']) {
      expect(parseDuration(text)).toBeUndefined();
    }
  });
});

describe('parsePercent', () => {
  it('reads a percentage as a fraction', () => {
    expect(parsePercent('1%')).toBe(0.01);
    expect(parsePercent(' 99.9% ')).toBeCloseTo(0.999, 12);
  });

  it('is undefined without the percent sign', () => {
    expect(parsePercent('0.01')).toBeUndefined();
    expect(parsePercent('%')).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [950, '950ms'],
    [1500, '1.5s'],
    [9_949, '9.9s'],
    [12_400, '12s'],
    [60_000, '1m'],
    [125_000, '2m 5s'],
    [999.6, '1.0s'],
    [9_960, '10s'],
    [59_999, '1m'],
    [119_700, '2m'],
  ])('writes %i ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
