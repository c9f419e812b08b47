import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/engine/check.ts';
import { ToolMissingError } from '../../../src/engine/check.ts';
import {
  DJANGO_INSTALL_HINT,
  notRunReason,
  projectFile,
  resolveDjangoProject,
} from '../../../src/gates/kit/django-project.ts';
import { ended } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';
import { writeFiles } from '../../support/git-repo.ts';

const MANAGE = `import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "crm.settings.dev")\n`;

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-django-'));
  writeFiles(root, files);
  return root;
}

/** A context whose interpreters answer as `pythons` says: a Django version, or unable. */
function context(root: string, pythons: Record<string, string | undefined>, env = {}) {
  const asked: string[] = [];
  const exec: CheckContext['exec'] = (command) => {
    asked.push(command);
    const version = pythons[command];
    return Promise.resolve(
      version ? ended({ stdout: `${version}\n` }) : ended({ exitCode: 1, notFound: true }),
    );
  };
  return { context: testContext({ root, exec, env }), asked };
}

const options = { env: {} };
const where = { dir: 'backend', stacks: {} };

describe('resolveDjangoProject', () => {
  it("finds manage.py in the project folder, the first python that imports Django, and manage.py's settings", async () => {
    const root = await repo({ 'backend/manage.py': MANAGE });
    const { context: ctx, asked } = context(root, {
      python3: undefined,
      '/usr/bin/python3': '4.2.16',
    });
    expect(await resolveDjangoProject(options, where, ctx)).toEqual({
      managePath: path.join(root, 'backend/manage.py'),
      cwd: path.join(root, 'backend'),
      relativeCwd: 'backend',
      python: '/usr/bin/python3',
      settings: 'crm.settings.dev',
      env: {},
    });
    expect(asked).toEqual(['python3', '/usr/bin/python3']);
    expect(ctx.logged).toEqual([
      'python3 cannot import django (not installed)',
      'using /usr/bin/python3 (Django 4.2.16)',
    ]);
  });

  it('says there is no manage.py where it looked', async () => {
    const root = await repo({});
    const { context: ctx } = context(root, {});
    expect(await resolveDjangoProject(options, where, ctx)).toEqual({
      missing: 'no manage.py at backend/manage.py',
    });
  });

  it('throws ToolMissingError when no interpreter can import Django', async () => {
    const root = await repo({ 'backend/manage.py': MANAGE });
    const { context: ctx } = context(root, {});
    await expect(resolveDjangoProject(options, where, ctx)).rejects.toThrow(
      new ToolMissingError('Django', DJANGO_INSTALL_HINT),
    );
  });

  it('takes the configured manage.py and python without probing', async () => {
    const root = await repo({ 'src/manage.py': MANAGE });
    const { context: ctx, asked } = context(root, {});
    const project = await resolveDjangoProject(
      { ...options, manage: 'src/manage.py', python: '/opt/venv/bin/python' },
      where,
      ctx,
    );
    expect(project).toMatchObject({ relativeCwd: 'src', python: '/opt/venv/bin/python' });
    expect(asked).toEqual([]);
  });

  it('passes a configured settings module as DJANGO_SETTINGS_MODULE', async () => {
    const root = await repo({ 'backend/manage.py': MANAGE });
    const { context: ctx } = context(root, {});
    const project = await resolveDjangoProject(
      { python: 'python3', settings: 'crm.settings.production', env: { DEBUG: '0' } },
      where,
      ctx,
    );
    expect(project).toMatchObject({
      settings: 'crm.settings.production',
      env: { DEBUG: '0', DJANGO_SETTINGS_MODULE: 'crm.settings.production' },
    });
  });

  it("takes the job's DJANGO_SETTINGS_MODULE over manage.py's default", async () => {
    const root = await repo({ 'backend/manage.py': MANAGE });
    const { context: withEnv } = context(root, {}, { DJANGO_SETTINGS_MODULE: 'crm.settings.ci' });
    expect(
      await resolveDjangoProject({ python: 'python3', env: {} }, where, withEnv),
    ).toMatchObject({
      settings: 'crm.settings.ci',
      env: {},
    });
  });
});

describe('projectFile', () => {
  it("resolves a path relative to manage.py's folder as repository-relative", async () => {
    const root = await repo({ 'backend/manage.py': MANAGE });
    const { context: ctx } = context(root, {});
    const project = await resolveDjangoProject({ python: 'python3', env: {} }, where, ctx);
    if ('missing' in project) throw new Error(project.missing);
    expect(projectFile(root, project, 'crm/settings/production.py')).toBe(
      'backend/crm/settings/production.py',
    );
  });
});

describe('notRunReason', () => {
  const project = { python: '/usr/bin/python3', settings: 'crm.settings.production' };
  const why = (stderr: string) =>
    notRunReason('manage.py check', project, stderr, 'pre.gates.django');

  it('says where each failure of a first run is fixed', () => {
    expect(why("Traceback …\nModuleNotFoundError: No module named 'dotenv'\n")).toBe(
      "manage.py check did not run with /usr/bin/python3: ModuleNotFoundError: No module named 'dotenv'; install the project's requirements for that Python, or set pre.gates.django.python",
    );
    expect(why("ModuleNotFoundError: No module named 'crm.settings'")).toContain(
      '; pre.gates.django.settings names a settings module that does not exist',
    );
    expect(
      why('django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.'),
    ).toBe(
      "manage.py check did not run with /usr/bin/python3: django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.; set what the settings read from the environment in pre.gates.django.env or the job's env",
    );
  });

  it('says only what failed when it knows no fix, or nothing more when there is no output', () => {
    expect(why('RuntimeError: boom')).toBe(
      'manage.py check did not run with /usr/bin/python3: RuntimeError: boom',
    );
    expect(why('')).toBe('manage.py check did not run with /usr/bin/python3');
  });
});
