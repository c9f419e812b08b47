import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { parseDjangoCheck, type SettingsSource } from './parse.ts';
import {
  DJANGO_INSTALL_HINT,
  notRunReason,
  projectFile,
  resolveDjangoProject,
  type DjangoProject,
} from '../kit/django-project.ts';
import type { GateInput } from '../kit/gate.ts';
import { readProjectText } from '../kit/repo-files.ts';
import { toolError } from '../kit/tool.ts';
import { runToolGate } from '../kit/tool-gate.ts';

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
  const project = await resolveDjangoProject(options, { dir, stacks }, context);
  if ('missing' in project) return toolError('django', project.missing);
  const { settings } = project;
  const source = settings ? await settingsSource(context.root, project, settings) : undefined;
  return runToolGate(
    {
      invocation: {
        tool: 'django',
        command: project.python,
        args: [
          path.basename(project.managePath),
          'check',
          '--deploy',
          '--fail-level',
          'WARNING',
          '--no-color',
        ],
        cwd: project.relativeCwd,
        env: project.env,
        installHint: DJANGO_INSTALL_HINT,
      },
      parse: (output) => parseDjangoCheck(output, { module: settings, source }),
      contradicts: (parsed, result) => {
        if (result.exitCode === 0 || (parsed.ok && parsed.value.findings.length > 0)) return;
        return notRunReason('manage.py check', project, result.stderr, 'pre.gates.django');
      },
      judgement: { failOn: options['fail-on'], waivers: options.ignore },
    },
    context,
  );
}

/** The settings module's file (as `crm/settings/production.py` under manage.py's directory). */
async function settingsSource(
  root: string,
  project: DjangoProject,
  module: string,
): Promise<SettingsSource | undefined> {
  const relative = path.join(...module.split('.')) + '.py';
  const file = projectFile(root, project, relative);
  const text = await readProjectText(root, path.join(project.cwd, relative));
  return file && text !== undefined ? { file, text } : undefined;
}
