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

  it('enables pip-audit for a pyproject.toml alone, and leaves it off beside manage.py alone', () => {
    expect(
      zeroConfigPlan({ python: { dir: '.', pyproject: 'pyproject.toml' } }, {}).enabled,
    ).toContain('pip-audit');
    const manageOnly = zeroConfigPlan({ python: { dir: 'api', manage: 'api/manage.py' } }, {});
    expect(manageOnly.enabled).toEqual([
      'bandit',
      'black',
      'flake8',
      'django',
      'migrations',
      'secrets',
    ]);
    expect(manageOnly.leftOff).toContainEqual({
      gate: 'pip-audit',
      reason:
        'no requirements.txt, requirements/production.txt, requirements/prod.txt, requirements/base.txt or pyproject.toml in api/',
    });
  });

  it('enables eslint for an ESLint config without the dependency, and leaves it off with neither', () => {
    const configOnly = node({ dependencies: [], eslintConfig: 'frontend/eslint.config.js' });
    expect(zeroConfigPlan({ node: configOnly }, {}).enabled).toContain('eslint');
    expect(zeroConfigPlan({ node: node({ dependencies: ['next'] }) }, {}).leftOff).toContainEqual({
      gate: 'eslint',
      reason: 'no ESLint config or eslint dependency in frontend/',
    });
  });

  it('enables headers-config for a vercel.json without Next.js, and https-urls for .env.production', () => {
    const vercel = node({ next: false, vercel: true, envProduction: 'frontend/.env.production' });
    expect(zeroConfigPlan({ node: vercel }, {}).enabled).toEqual(
      expect.arrayContaining(['headers-config', 'https-urls']),
    );
    expect(zeroConfigPlan({ node: node({ next: false }) }, {}).leftOff).toContainEqual({
      gate: 'headers-config',
      reason: 'no Next.js or vercel.json in frontend/',
    });
  });

  it('enables nothing but database-tls in an empty repository with a DATABASE_URL', () => {
    expect(zeroConfigPlan({}, { DATABASE_URL: 'postgres://db/app' }).enabled).toEqual([
      'database-tls',
    ]);
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

  it('names each project left out beside the chosen one, and how to check it', () => {
    const stacks: Stacks = {
      python: { dir: 'backend', manage: 'backend/manage.py' },
      node: node(),
      unchecked: [
        { dir: 'backend-2', kind: 'Django', chosen: 'backend' },
        { dir: 'frontend-2', kind: 'Next.js', chosen: 'frontend' },
      ],
    };
    const lines = describeZeroConfig(stacks, zeroConfigPlan(stacks, {}));
    expect(lines.slice(0, 3)).toEqual([
      'Zero-config (no pre.gates in a config): detected Django in backend/, Next.js in frontend/.',
      "backend-2/: another Django project, not checked (zero-config checks one project of each stack, the one in backend/); to check it, name it in .github/shipgate.yml (the gates' `path`, and `manage` of django and migrations).",
      "frontend-2/: another Next.js app, not checked (zero-config checks one project of each stack, the one in frontend/); to check it, name it in .github/shipgate.yml (the gates' `path`).",
    ]);
    expect(lines[3]).toMatch(/^Gates enabled: /);
  });
});
