import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/report/verdict.ts';
import { check } from '../github/fixtures.ts';

describe('verdictOf', () => {
  it('fails on a blocking check that failed or could not run', () => {
    expect(verdictOf([check(), check({ status: 'fail' })])).toBe('fail');
    expect(verdictOf([check({ status: 'error' })])).toBe('fail');
  });

  it('never fails on an advisory check, a warning or a skip', () => {
    expect(
      verdictOf([
        check({ status: 'fail', blocking: false }),
        check({ status: 'error', blocking: false }),
      ]),
    ).toBe('pass');
    expect(verdictOf([check({ status: 'warn' }), check({ status: 'skip' })])).toBe('pass');
  });

  it('passes a run with no checks', () => {
    expect(verdictOf([])).toBe('pass');
  });
});
