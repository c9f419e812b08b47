import { describe, expect, it } from 'vitest';
import { xFrameOptionsTest } from '../../../src/analyzers/security-headers/x-frame-options.ts';
import { baseline } from './fixtures.ts';

describe('xFrameOptionsTest', () => {
  it('costs 20 when missing and CSP has no frame-ancestors', () => {
    const response = baseline();
    response.headers['content-security-policy'] = "default-src 'self'";
    response.headers['x-frame-options'] = undefined;
    expect(xFrameOptionsTest(response)).toMatchObject({
      result: 'x-frame-options-not-implemented',
      modifier: -20,
    });
  });

  it("earns 5 when CSP's frame-ancestors covers it", () => {
    expect(xFrameOptionsTest(baseline())).toMatchObject({
      result: 'x-frame-options-implemented-via-csp',
      modifier: 5,
    });
  });
});
