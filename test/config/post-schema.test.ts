import { describe, expect, it } from 'vitest';
import { probeSchema } from '../../src/config/post-schema.ts';

/**
 * Every threshold a probe judges its findings by is a schema default, so that a user can read
 * it in the reference and change it in the config: none is a literal in a probe.
 */
describe('probeSchema', () => {
  it.each(['health', 'page', 'cookies', 'cors', 'redirect', 'tls', 'latency'] as const)(
    'the %s probe fails on medium findings by default',
    (type) => {
      const extra = type === 'cors' ? { origin: 'https://app.example.com' } : {};
      expect(probeSchema.parse({ type, ...extra })).toMatchObject({ 'fail-on': 'medium' });
    },
  );

  it('the headers probe warns on medium findings and fails by grade', () => {
    expect(probeSchema.parse({ type: 'headers' })).toMatchObject({
      'warn-on': 'medium',
      'min-grade': 'B',
    });
  });
});
