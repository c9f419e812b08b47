import { describe, expect, it } from 'vitest';
import { xContentTypeOptionsTest } from '../../../src/analyzers/security-headers/x-content-type-options.ts';
import { baseline } from './fixtures.ts';

describe('xContentTypeOptionsTest', () => {
  it('is invalid for a value other than nosniff', () => {
    const r = baseline();
    r.headers['x-content-type-options'] = 'sniff';
    expect(xContentTypeOptionsTest(r).result).toBe('x-content-type-options-header-invalid');
  });
});
