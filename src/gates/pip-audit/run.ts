import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { GateInput } from '../kit/gate.ts';
import { parsePipAudit } from './parse.ts';
import { readProjectText } from '../kit/repo-files.ts';
import { runToolGate } from '../kit/tool-gate.ts';

/**
 * "Dependency security (pip-audit)": `pip-audit -f json`, on the configured requirements file
 * (`-r`) or else on the Python environment it runs in. pip-audit exits 1 both for "found
 * vulnerabilities" and for fatal errors, so the verdict comes from the JSON body alone: no
 * parseable body is an error, never a pass. Its findings carry no severity; the
 * `unknown-severity` option (default critical) decides how they are judged.
 */
export async function run(
  { options, dir }: GateInput<'pip-audit'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const cwd = path.resolve(context.root, dir);
  const requirements = options.requirements;
  const requirementsPath = requirements ? path.resolve(context.root, requirements) : undefined;
  const text = requirementsPath ? await readProjectText(context.root, requirementsPath) : undefined;
  return runToolGate(
    {
      invocation: {
        tool: 'pip-audit',
        command: 'pip-audit',
        args: [
          '-f',
          'json',
          ...(requirementsPath ? ['-r', path.relative(cwd, requirementsPath)] : []),
          ...options.args,
        ],
        cwd: dir,
        installHint: 'pip install pip-audit (in the environment that has the project installed)',
      },
      parse: (output) =>
        parsePipAudit(output, {
          severity: options['unknown-severity'],
          ...(requirements && text !== undefined
            ? { requirements: { file: requirements, text } }
            : {}),
          // Say what was audited: an environment audit of a runner without the project
          // installed would otherwise read like a clean project.
          audited: requirements ?? 'the Python environment',
        }),
      judgement: { failOn: options['fail-on'], waivers: options.ignore },
    },
    context,
  );
}
