import { describe, expect, it } from 'vitest';
import { referrerPolicyTest } from '../../../src/analyzers/security-headers/referrer-policy.ts';
import { baseline } from './fixtures.ts';

describe('referrerPolicyTest', () => {
  it('is unsafe when the last policy browsers know is unsafe-url', () => {
    const p = baseline();
    p.headers['referrer-policy'] = 'no-referrer, unsafe-url';
    expect(referrerPolicyTest(p).result).toBe('referrer-policy-unsafe');
  });
});
