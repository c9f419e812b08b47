import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import type { GateInput } from '../kit/gate.ts';
import { projectBin } from '../kit/project-bin.ts';
import { runToolGate } from '../kit/tool-gate.ts';
import type { ToolParse } from '../kit/tool-report.ts';
import { parseTscOutput } from './parse.ts';

/** tsc's exit statuses (TypeScript's ExitStatus): 3 means the project could not be loaded. */
const INVALID_PROJECT = 3;

/**
 * Type-check with the project's own TypeScript: `tsc --noEmit --pretty false -p <project>`.
 * Every diagnostic is a finding; tsc errors have no lower severity, so any fails the gate.
 */
export function run(
  { options, dir }: GateInput<'typescript'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  return runToolGate(
    {
      invocation: {
        tool: 'tsc',
        ...projectBin(context, dir, 'tsc'),
        args: ['--noEmit', '--pretty', 'false', '-p', options.project, ...options.args],
        cwd: dir,
      },
      parse: (output) =>
        parseTscOutput(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      contradicts: (parsed, result) => incomplete(parsed, result, options.project),
      judgement: { failOn: options['fail-on'] },
    },
    context,
  );
}

/**
 * No diagnostic, only configuration errors, a project tsc could not load, or a run that a
 * signal ended (exit code null): the type check did not complete, so there is no verdict.
 */
function incomplete(parsed: ToolParse, result: ExecResult, project: string) {
  const findings = parsed.ok ? parsed.value.findings : [];
  const configOnly = findings.length > 0 && findings.every((f) => !f.file);
  const ran =
    result.exitCode === 0 ||
    (findings.length > 0 &&
      !configOnly &&
      result.exitCode !== null &&
      result.exitCode !== INVALID_PROJECT);
  if (ran) return undefined;
  const first = findings[0];
  const reason =
    result.exitCode === null
      ? 'did not finish'
      : first
        ? `could not check the project ${project}: ${first.rule}: ${first.message}`
        : parsed.ok && parsed.value.unparsed
          ? 'printed output that is not a diagnostic'
          : 'failed without a diagnostic';
  return { reason, keepFindings: true as const };
}
