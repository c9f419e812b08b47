import path from 'node:path';
import { ToolMissingError, type CheckContext, type CheckOutcome } from '../../engine/check.ts';
import { repoRelative } from '../../util/paths.ts';
import { ok } from '../../util/result.ts';
import { parseDjangoCheck, type SettingsSource } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { readProjectText } from '../kit/repo-files.ts';
import { runTool, toolError } from '../kit/tool.ts';
import { judgeToolReport, unfinishedRun } from '../kit/tool-report.ts';

/**
 * Interpreters tried, in order, when `python` is not configured: the one on PATH (a venv or
 * setup-python), then the system one, which is where Debian's python3-django lives.
 */
const PYTHON_CANDIDATES = ['python3', '/usr/bin/python3'] as const;
const INSTALL_HINT =
  'install Django into the python3 on PATH (pip install -r requirements.txt), or set `python:` to an interpreter that has it';

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
 * "Production settings (Django check --deploy)": `manage.py check --deploy --fail-level
 * WARNING` with the configured settings module, environment and interpreter. Each issue
 * (security.W0xx and any other id) is a finding; DEBUG = True is critical. A settings module
 * that cannot even be imported is an `error` with the traceback's last line.
 */
export async function run(
  { options, dir, stacks }: GateInput<'django'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const manage = options.manage ?? stacks.python?.manage ?? path.posix.join(dir, 'manage.py');
  const managePath = path.resolve(context.root, manage);
  const manageText = await readProjectText(managePath);
  if (manageText === undefined) return toolError('django', `no manage.py at ${manage}`);
  const cwd = path.dirname(managePath);
  const env = options.env;
  let python = options.python;
  if (!python) {
    const found = await findPython(context, cwd, env);
    if (!found) throw new ToolMissingError('Django', INSTALL_HINT);
    context.log(`using ${found.python} (Django ${found.version})`);
    python = found.python;
  }
  const settings =
    options.settings ??
    env.DJANGO_SETTINGS_MODULE ??
    context.env.DJANGO_SETTINGS_MODULE ??
    defaultSettings(manageText);
  const result = await runTool(context, {
    tool: 'django',
    command: python,
    args: [
      path.basename(managePath),
      'check',
      '--deploy',
      '--fail-level',
      'WARNING',
      '--no-color',
      ...(options.settings ? ['--settings', options.settings] : []),
    ],
    cwd: path.relative(context.root, cwd) || '.',
    env,
    installHint: INSTALL_HINT,
  });
  const unfinished = unfinishedRun('django', result);
  if (unfinished) return unfinished;
  const source = settings ? await settingsSource(context.root, cwd, settings) : undefined;
  const parsed = parseDjangoCheck(`${result.stderr}\n${result.stdout}`, source);
  if (result.exitCode !== 0 && (!parsed.ok || parsed.value.length === 0)) {
    const cause = result.stderr.trim().split('\n').pop() ?? '';
    return toolError('django', `manage.py check did not run${cause ? `: ${cause}` : ''}`, result);
  }
  const scope = settings ? { scope: `settings ${settings}` } : {};
  return judgeToolReport(
    'django',
    result,
    parsed.ok ? ok({ findings: parsed.value, ...scope }) : parsed,
    { failOn: options['fail-on'], today: context.now() },
  );
}

/** The settings module's file (as `crm/settings/production.py` under manage.py's directory). */
async function settingsSource(
  root: string,
  cwd: string,
  module: string,
): Promise<SettingsSource | undefined> {
  const absolute = path.join(cwd, ...module.split('.')) + '.py';
  const file = repoRelative(root, cwd, absolute);
  const text = await readProjectText(absolute);
  return file && text !== undefined ? { file, text } : undefined;
}
