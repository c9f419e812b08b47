import { describe, expect, it } from 'vitest';
import { gatesSchema } from '../../src/config/schema.ts';

/**
 * Every threshold a gate judges its findings by is a schema default, so that a user can read
 * it in the reference and change it in the config: none is a literal in a runner.
 */
describe('gatesSchema', () => {
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
});
