import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/config/did-you-mean.ts';

const KEYS = ['fail-on', 'warn-on', 'timeout', 'blocking', 'min-grade'];

describe('didYouMean', () => {
  it('forgives underscores, spaces and case before anything else', () => {
    expect(didYouMean('fail_on', KEYS)).toBe(' (did you mean "fail-on"?)');
    expect(didYouMean('Min Grade', KEYS)).toBe(' (did you mean "min-grade"?)');
  });

  it('suggests the nearest key within a few edits', () => {
    expect(didYouMean('timout', KEYS)).toBe(' (did you mean "timeout"?)');
    expect(didYouMean('blockng', KEYS)).toBe(' (did you mean "blocking"?)');
  });

  it('suggests nothing for a key far from every known one', () => {
    expect(didYouMean('retries', KEYS)).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });

  it('allows more edits for a longer key: a third of its length, at least two', () => {
    // Three edits each: enough for a ten-character key, too many for a two-character one.
    expect(didYouMean('rpen-withn', ['reopen-within'])).toBe(' (did you mean "reopen-within"?)');
    expect(didYouMean('ab', ['abcde'])).toBe('');
  });
});
