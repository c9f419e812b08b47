import { describe, expect, it } from 'vitest';
import { describeZeroConfig, zeroConfigPlan } from '../../src/config/zero-config.ts';
import type { Stacks } from '../../src/config/detect.ts';

const node = (
  overrides: Partial<NonNullable<Stacks['node']>> = {},
): NonNullable<Stacks['node']> => ({
  dir: 'frontend',
  next: true,
  scripts: { build: 'next build' },
  dependencies: ['next', 'eslint'],
  vercel: false,
  lockfile: 'frontend/package-lock.json',
  tsconfig: 'frontend/tsconfig.json',
  ...overrides,
});

describe('zeroConfigPlan', () => {
  it('enables every gate whose input exists in a Django + Next.js repository', () => {
    const plan = zeroConfigPlan(
      {
        python: {
          dir: 'backend',
          manage: 'backend/manage.py',
          requirements: 'backend/requirements.txt',
        },
        node: node(),
      },
      { DATABASE_URL: 'postgres://db/app' },
    );
    expect(plan.enabled).toEqual([
      'pip-audit',
      'bandit',
      'black',
      'flake8',
      'django',
      'migrations',
      'secrets',
      'database-tls',
      'npm-audit',
      'eslint',
      'typescript',
      'build',
      'headers-config',
    ]);
    expect(plan.leftOff).toEqual([
      { gate: 'https-urls', reason: 'no .env.production in frontend/' },
    ]);
  });

  it('leaves each gate off with the reason that would turn it on', () => {
    const plan = zeroConfigPlan({ node: node({ dir: '.', lockfile: undefined, scripts: {} }) }, {});
    expect(Object.fromEntries(plan.leftOff.map((l) => [l.gate, l.reason]))).toMatchObject({
      'pip-audit': 'no manage.py, requirements.txt or pyproject.toml',
      django: 'no manage.py, requirements.txt or pyproject.toml',
      'database-tls': 'no DATABASE_URL in the environment',
      'npm-audit': 'no lockfile at the root',
      build: 'no "build" script in package.json at the root',
    });
  });
});

describe('describeZeroConfig', () => {
  it('says what was detected, enabled and left off, one line each', () => {
    const stacks: Stacks = { python: { dir: '.', requirements: 'requirements.txt' } };
    expect(describeZeroConfig(stacks, zeroConfigPlan(stacks, {}))).toEqual([
      'Zero-config (no pre.gates in a config): detected Python at the root.',
      'Gates enabled: pip-audit, bandit, black, flake8, secrets.',
      'Left off: django (no manage.py at the root); migrations (no manage.py at the root); database-tls (no DATABASE_URL in the environment); npm-audit (no package.json); eslint (no package.json); typescript (no package.json); build (no package.json); headers-config (no package.json); https-urls (no package.json).',
    ]);
  });
});
