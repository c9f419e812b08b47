import path from 'node:path';
import type { Stacks } from '../../config/detect.ts';
import { ToolMissingError, type CheckContext } from '../../engine/check.ts';
import { repoRelative } from '../../util/paths.ts';
import { readProjectText } from './repo-files.ts';

/**
 * Interpreters tried, in order, when `python` is not configured: the one on PATH (a venv or
 * setup-python), then the system one, which is where Debian's python3-django lives.
 */
const PYTHON_CANDIDATES = ['python3', '/usr/bin/python3'] as const;
export const DJANGO_INSTALL_HINT =
  'install Django into the python3 on PATH (pip install -r requirements.txt), or set `python:` to an interpreter that has it';

/** The options every Django check shares (see config/django-fields.ts). */
export interface DjangoProjectOptions {
  manage?: string | undefined;
  settings?: string | undefined;
  python?: string | undefined;
  env: Record<string, string>;
}

/** A Django project ready to run manage.py commands in. */
export interface DjangoProject {
  /** manage.py, absolute. */
  managePath: string;
  /** manage.py's directory, absolute: commands run there. */
  cwd: string;
  /** manage.py's directory relative to the repository root, for `runTool`. */
  relativeCwd: string;
  python: string;
  /** The settings module in effect (configured, from the environment, or manage.py's default). */
  settings?: string;
  /**
   * The environment of every manage.py command: the configured `env`, with a configured
   * settings module as DJANGO_SETTINGS_MODULE. Not `--settings`: Django reads that only once
   * manage.py hands it the command line, and a manage.py may need the variable before (as
   * `os.environ.setdefault("DJANGO_SETTINGS_MODULE", os.environ.get("SETTINGS_MODULE"))`).
   */
  env: Record<string, string>;
}

/** The first candidate interpreter that can import Django, with the version it found. */
async function findPython(
  context: CheckContext,
  cwd: string,
  env: Record<string, string>,
): Promise<{ python: string; version: string } | undefined> {
  for (const python of PYTHON_CANDIDATES) {
    const probe = await context.exec(python, ['-c', 'import django; print(django.get_version())'], {
      cwd,
      env,
    });
    if (probe.exitCode === 0) return { python, version: probe.stdout.trim() };
    context.log(`${python} cannot import django${probe.notFound ? ' (not installed)' : ''}`);
  }
  return undefined;
}

/** The settings module named by manage.py's own `os.environ.setdefault(...)`. */
const defaultSettings = (manage: string): string | undefined =>
  /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(manage)?.[1];

/**
 * Finds manage.py (configured, detected, or in `dir`), the interpreter (configured, or the
 * first that imports Django: else ToolMissingError) and the settings module. A missing
 * manage.py is returned as a message for the caller's `error`.
 */
export async function resolveDjangoProject(
  options: DjangoProjectOptions,
  { dir, stacks }: { dir: string; stacks: Stacks },
  context: CheckContext,
): Promise<DjangoProject | { missing: string }> {
  const manage = options.manage ?? stacks.python?.manage ?? path.posix.join(dir, 'manage.py');
  const managePath = path.resolve(context.root, manage);
  const manageText = await readProjectText(context.root, managePath);
  if (manageText === undefined) return { missing: `no manage.py at ${manage}` };
  const cwd = path.dirname(managePath);
  let python = options.python;
  if (!python) {
    const found = await findPython(context, cwd, options.env);
    if (!found) throw new ToolMissingError('Django', DJANGO_INSTALL_HINT);
    context.log(`using ${found.python} (Django ${found.version})`);
    python = found.python;
  }
  const settings =
    options.settings ??
    options.env.DJANGO_SETTINGS_MODULE ??
    context.env.DJANGO_SETTINGS_MODULE ??
    defaultSettings(manageText);
  return {
    managePath,
    cwd,
    relativeCwd: path.relative(context.root, cwd) || '.',
    python,
    ...(settings ? { settings } : {}),
    env: options.settings
      ? { ...options.env, DJANGO_SETTINGS_MODULE: options.settings }
      : options.env,
  };
}

/** A file of the project by its path relative to manage.py's directory, repository-relative. */
export function projectFile(
  root: string,
  project: DjangoProject,
  relative: string,
): string | undefined {
  return repoRelative(root, project.cwd, relative);
}

/**
 * Why a manage.py command ended without a report, and where that is fixed: the last line of
 * its error output, the interpreter that ran it (where a missing module must be installed),
 * and for the failures a first run meets, the config key (`keys`, as `pre.gates.django`)
 * that fixes them: a settings module that does not exist, a module the project needs, a
 * setting read from a variable the job does not set.
 */
export function notRunReason(
  step: string,
  project: Pick<DjangoProject, 'python' | 'settings'>,
  stderr: string,
  keys: string,
): string {
  const cause = stderr.trim().split('\n').pop() ?? '';
  const missing = /^ModuleNotFoundError: No module named '([^']+)'/.exec(cause)?.[1];
  const fix =
    missing && project.settings?.startsWith(missing)
      ? `; ${keys}.settings names a settings module that does not exist`
      : missing
        ? `; install the project's requirements for that Python, or set ${keys}.python`
        : /ImproperlyConfigured|KeyError/.test(cause)
          ? `; set what the settings read from the environment in ${keys}.env or the job's env`
          : '';
  return `${step} did not run with ${project.python}${cause ? `: ${cause}` : ''}${fix}`;
}
