import { describe, expect, it } from 'vitest';
import { changedPackages, manifestEcosystem } from '../../src/baseline/packages.ts';

const lock = (packages: Record<string, string>) =>
  JSON.stringify({
    name: 'web',
    lockfileVersion: 3,
    packages: {
      '': { name: 'web' },
      ...Object.fromEntries(
        Object.entries(packages).map(([key, version]) => [`node_modules/${key}`, { version }]),
      ),
    },
  });

describe('changedPackages', () => {
  it('npm lockfile v3: added and bumped packages, nested ones by their own name', () => {
    const base = lock({ lodash: '4.17.20', minimist: '1.2.5', 'a/node_modules/@s/b': '1.0.0' });
    const head = lock({
      lodash: '4.17.21',
      minimist: '1.2.5',
      'a/node_modules/@s/b': '1.0.0',
      'a/node_modules/@s/c': '2.0.0',
    });
    expect([...changedPackages('npm', base, head)].sort()).toEqual(['@s/c', 'lodash']);
    expect([...changedPackages('npm', undefined, head)].sort()).toEqual([
      '@s/b',
      '@s/c',
      'lodash',
      'minimist',
    ]);
  });

  it('npm lockfile v1 and package.json ranges', () => {
    const v1 = (version: string) =>
      JSON.stringify({
        lockfileVersion: 1,
        dependencies: { a: { version: '1.0.0', dependencies: { b: { version } } } },
      });
    expect([...changedPackages('npm', v1('1.0.0'), v1('1.0.1'))]).toEqual(['b']);
    const manifest = (range: string) => JSON.stringify({ devDependencies: { eslint: range } });
    expect([...changedPackages('npm', manifest('^9'), manifest('^10'))]).toEqual(['eslint']);
  });

  it('requirements: a changed pin or a new one, by PEP 503 name; comments do not count', () => {
    const base = 'Django==5.0  # web\nrequests==2.31\n-r base.txt\n';
    const head = 'django == 5.0\nrequests==2.32 # bump\nDjango_REST.framework==3.15\n';
    expect([...changedPackages('pip', base, head)].sort()).toEqual([
      'django-rest-framework',
      'requests',
    ]);
  });

  it('is total: text that is no manifest names no package', () => {
    expect(changedPackages('npm', '{', 'not json').size).toBe(0);
    expect(changedPackages('npm', undefined, '[]').size).toBe(0);
  });
});

describe('manifestEcosystem', () => {
  it('knows the lockfiles and manifests the audits read', () => {
    expect(manifestEcosystem('web/package-lock.json')).toBe('npm');
    expect(manifestEcosystem('package.json')).toBe('npm');
    expect(manifestEcosystem('backend/requirements-dev.txt')).toBe('pip');
    expect(manifestEcosystem('backend/notes.txt')).toBeUndefined();
  });
});
