import { describe, expect, it } from 'vitest';
import { probeSchema } from '../../src/config/post-schema.ts';
import { gatesSchema } from '../../src/config/schema.ts';

/**
 * Every threshold a check judges its findings by is a schema default, so that a user can
 * read it in the reference and change it in the config: none is a literal in a runner.
 */
describe('status thresholds', () => {
  const gateDefaults = gatesSchema.parse(
    Object.fromEntries(Object.keys(gatesSchema.shape).map((kind) => [kind, true])),
  );

  it.each([
    ['pip-audit', 'high'],
    ['bandit', 'medium'],
    ['black', 'low'],
    ['flake8', 'low'],
    ['django', 'medium'],
    ['secrets', 'high'],
    ['database-tls', 'high'],
    ['npm-audit', 'high'],
    ['eslint', 'high'],
    ['typescript', 'high'],
    ['headers-config', 'high'],
    ['https-urls', 'high'],
  ] as const)('the %s gate fails on %s by default', (kind, severity) => {
    expect(gateDefaults[kind]).toMatchObject({ 'fail-on': severity });
  });

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
