import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectStacks } from '../../src/config/detect.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** A scratch repository holding `files` (path → content). */
async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-detect-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

const manifest = (contents: object) => JSON.stringify(contents);

describe('detectStacks', () => {
  it('finds requirements pinned in a requirements/ folder of their own', async () => {
    const root = await repo({
      'api/requirements/production.txt': 'django\n',
      'api/requirements/dev.txt': 'pytest\n',
    });
    expect((await detectStacks(root)).python).toEqual({
      dir: 'api',
      requirements: 'api/requirements/production.txt',
    });
  });

  it('takes prod.txt, else base.txt, in that folder for what production installs, never dev.txt', async () => {
    const split = await repo({
      'backend/manage.py': '',
      'backend/requirements/base.txt': 'django\n',
      'backend/requirements/dev.txt': '-r base.txt\npytest\n',
      'backend/requirements/prod.txt': '-r base.txt\ngunicorn\n',
    });
    expect((await detectStacks(split)).python).toEqual({
      dir: 'backend',
      manage: 'backend/manage.py',
      requirements: 'backend/requirements/prod.txt',
    });
    const baseOnly = await repo({
      'backend/requirements/base.txt': 'django\n',
      'backend/requirements/dev.txt': 'pytest\n',
    });
    expect((await detectStacks(baseOnly)).python?.requirements).toBe(
      'backend/requirements/base.txt',
    );
    const devOnly = await repo({
      'backend/manage.py': '',
      'backend/requirements/dev.txt': 'pytest\n',
    });
    expect((await detectStacks(devOnly)).python?.requirements).toBeUndefined();
  });

  it('finds a Django backend and a Next.js frontend in their folders', async () => {
    const root = await repo({
      'backend/manage.py': '',
      'backend/requirements.txt': 'django\n',
      'frontend/package.json': manifest({
        scripts: { build: 'next build' },
        dependencies: { next: '15.0.0' },
        devDependencies: { eslint: '9.0.0' },
      }),
      'frontend/package-lock.json': '{}',
      'frontend/eslint.config.mjs': '',
      'frontend/tsconfig.json': '{}',
      'frontend/.env.production': 'API_URL=https://api.example.com\n',
    });
    expect(await detectStacks(root)).toEqual({
      python: {
        dir: 'backend',
        manage: 'backend/manage.py',
        requirements: 'backend/requirements.txt',
      },
      node: {
        dir: 'frontend',
        next: true,
        lockfile: 'frontend/package-lock.json',
        eslintConfig: 'frontend/eslint.config.mjs',
        tsconfig: 'frontend/tsconfig.json',
        scripts: { build: 'next build' },
        dependencies: ['next', 'eslint'],
        vercel: false,
        envProduction: 'frontend/.env.production',
      },
    });
  });

  it('finds nothing in an empty repository', async () => {
    expect(await detectStacks(await repo({}))).toEqual({});
  });

  it('takes the shallowest project, the root before any folder', async () => {
    const root = await repo({
      'pyproject.toml': '',
      'services/api/manage.py': '',
      'package.json': '{}',
      'apps/web/package.json': '{}',
    });
    const stacks = await detectStacks(root);
    expect(stacks.python).toEqual({ dir: '.', pyproject: 'pyproject.toml' });
    expect(stacks.node?.dir).toBe('.');
    expect(stacks.unchecked).toBeUndefined();
  });

  it('takes the first folder in name order between two at the same depth, and names the other', async () => {
    const root = await repo({ 'b/package.json': '{}', 'a/package.json': '{}' });
    const stacks = await detectStacks(root);
    expect(stacks.node?.dir).toBe('a');
    expect(stacks.unchecked).toEqual([{ dir: 'b', kind: 'Node', chosen: 'a' }]);
  });

  it('names every project left out beside the chosen one, not those deeper', async () => {
    const next = manifest({ dependencies: { next: '15.0.0' } });
    const root = await repo({
      'frontend/package.json': next,
      'frontend-2/package.json': next,
      'frontend-2/middleware.ts': '',
      'backend/manage.py': '',
      'backend-2/manage.py': '',
      'tools/requirements.txt': '',
      'frontend/packages/ui/package.json': '{}',
    });
    const stacks = await detectStacks(root);
    expect([stacks.python?.dir, stacks.node?.dir]).toEqual(['backend', 'frontend']);
    expect(stacks.unchecked).toEqual([
      { dir: 'backend-2', kind: 'Django', chosen: 'backend' },
      { dir: 'tools', kind: 'Python', chosen: 'backend' },
      { dir: 'frontend-2', kind: 'Next.js', chosen: 'frontend' },
    ]);
  });

  it('takes a Django project or a Next.js app before a plain one at the same depth', async () => {
    const root = await repo({
      'api/requirements.txt': '',
      'web/manage.py': '',
      'docs/package.json': '{}',
      'site/package.json': '{}',
      'site/next.config.mjs': '',
    });
    const stacks = await detectStacks(root);
    expect([stacks.python?.dir, stacks.node?.dir]).toEqual(['web', 'site']);
    expect(stacks.unchecked).toEqual([
      { dir: 'api', kind: 'Python', chosen: 'web' },
      { dir: 'docs', kind: 'Node', chosen: 'site' },
    ]);
  });

  it('looks into no dependency, build or hidden folder', async () => {
    const root = await repo({
      'node_modules/pkg/package.json': '{}',
      '.venv/lib/manage.py': '',
      '.github/package.json': '{}',
      'dist/requirements.txt': '',
    });
    expect(await detectStacks(root)).toEqual({});
  });

  it('looks no deeper than three folders down', async () => {
    expect(await detectStacks(await repo({ 'a/b/c/d/manage.py': '' }))).toEqual({});
    const shallower = await repo({ 'a/b/c/manage.py': '' });
    expect((await detectStacks(shallower)).python?.dir).toBe('a/b/c');
  });

  it('reads Next.js from next.config.* without the dependency, and vercel.json', async () => {
    const root = await repo({
      'web/package.json': '{}',
      'web/next.config.ts': '',
      'web/vercel.json': '{}',
    });
    expect((await detectStacks(root)).node).toMatchObject({ next: true, vercel: true });
  });

  it('takes package-lock.json before the other lockfiles, and .eslintrc.* as an ESLint config', async () => {
    const root = await repo({
      'package.json': '{}',
      'yarn.lock': '',
      'package-lock.json': '{}',
      '.eslintrc.json': '{}',
    });
    expect((await detectStacks(root)).node).toMatchObject({
      lockfile: 'package-lock.json',
      eslintConfig: '.eslintrc.json',
    });
  });

  it('still finds a Node project whose package.json cannot be read, with no scripts or dependencies', async () => {
    const root = await repo({ 'package.json': '{ not json' });
    expect((await detectStacks(root)).node).toEqual({
      dir: '.',
      next: false,
      scripts: {},
      dependencies: [],
      vercel: false,
    });
  });
});
