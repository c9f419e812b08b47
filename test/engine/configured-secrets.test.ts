import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.ts';
import { configuredSecrets } from '../../src/engine/configured-secrets.ts';

const config = (text: string) => {
  const parsed = parseConfigText(text, 'shipgate.yml');
  if (!parsed.ok) throw new Error('expected a valid config');
  return parsed.config;
};

describe('configuredSecrets', () => {
  it('reads the required-env values and the database URLs with their passwords', () => {
    const secrets = configuredSecrets(
      config(
        [
          'pre:',
          '  gates:',
          '    secrets: { required-env: [DJANGO_SECRET_KEY, STRIPE_KEY] }',
          '    database-tls: true',
        ].join('\n'),
      ),
      {
        DJANGO_SECRET_KEY: 'k3y',
        STRIPE_KEY: 'sk_live_1',
        DATABASE_URL: 'postgres://app:p%40ss@db.example/app',
        HOME: '/home/runner',
      },
    );
    expect(secrets).toEqual([
      'k3y',
      'sk_live_1',
      'postgres://app:p%40ss@db.example/app',
      'p%40ss',
      'p@ss',
    ]);
  });

  it('skips a variable that is not set, and reads nothing a gate that is off would use', () => {
    const gates = config('pre:\n  gates:\n    secrets: { required-env: [MISSING] }\n');
    expect(configuredSecrets(gates, { DATABASE_URL: 'postgres://app:pw@db/app' })).toEqual([]);
  });

  it('leaves out a placeholder password, which hides nothing, and keeps a real one beside an empty host', () => {
    const gates = config(
      'pre:\n  gates:\n    database-tls: true\n    migrations: { database-env: SHOP_DB }\n',
    );
    expect(
      configuredSecrets(gates, {
        DATABASE_URL: 'postgres://postgres:password@localhost/db',
        SHOP_DB: 'postgres://shop:Xy9q2LmP@/shop?host=/cloudsql/p:r:i',
      }),
    ).toEqual([
      'postgres://postgres:password@localhost/db',
      'postgres://shop:Xy9q2LmP@/shop?host=/cloudsql/p:r:i',
      'Xy9q2LmP',
      'Xy9q2LmP',
    ]);
  });
});
