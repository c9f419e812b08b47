import path from 'node:path';
import type { Stacks } from '../../config/detect.ts';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { ExecResult } from '../../engine/exec.ts';
import { ok, type Result } from '../../util/result.ts';
import { assessDatabaseUrl } from '../database-tls/parse.ts';
import {
  DJANGO_INSTALL_HINT,
  notRunReason,
  projectFile,
  resolveDjangoProject,
  type DjangoProject,
  type DjangoProjectOptions,
} from '../kit/django-project.ts';
import type { GateInput } from '../kit/gate.ts';
import { runTool, toolError } from '../kit/tool.ts';
import { judgeToolReport, unfinishedRun, type ToolReport } from '../kit/tool-report.ts';
import { parseMakemigrations, parseMigratePlan } from './parse.ts';

/** Options of the pre-deploy gate and of the post-deploy check alike. */
export interface MigrationsOptions extends DjangoProjectOptions {
  'database-env': string;
}

/**
 * "Migrations ready": `manage.py makemigrations --check --dry-run` (a model change without
 * its migration), and, when the database variable is set, `manage.py migrate --check --plan`
 * (migrations the database has not applied). Both with the Django gate's interpreter and
 * settings discovery.
 */
export async function run(
  { options, dir, stacks }: GateInput<'migrations'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const database = databaseUrl(options, context);
  const project = await resolveDjangoProject(options, { dir, stacks }, context);
  if ('missing' in project) return toolError('migrations', project.missing);
  const made = await manage(context, project, ['makemigrations', '--check', '--dry-run']);
  const relative = (file: string) =>
    projectFile(context.root, project, path.join(path.dirname(path.dirname(file)), 'models.py'));
  const pending = notRun(made, parseMakemigrations(made.stdout, made.stderr, relative), project);
  const unfinished = unfinishedRun('migrations', made);
  if (unfinished) return unfinished;
  if (!pending.ok) return toolError('migrations', pending.error, made);
  if (database === undefined) return judge(made, pending, context);
  const planned = await migratePlan(context, project, database);
  if ('outcome' in planned) return planned.outcome;
  return judge(planned.result, combine(pending.value, planned.report), context);
}

/**
 * "Migrations applied (after the deploy)": `manage.py migrate --check --plan` against the
 * production database in the configured variable, which must be set: the check was asked for.
 */
export async function runApplied(
  options: MigrationsOptions,
  where: { dir: string; stacks: Stacks },
  context: CheckContext,
): Promise<CheckOutcome> {
  const database = databaseUrl(options, context);
  if (database === undefined) {
    return toolError(
      'migrations',
      `${options['database-env']} is not set: the production database URL is read from it (set it from a secret, or point database-env at the variable that holds it)`,
    );
  }
  const project = await resolveDjangoProject(options, where, context);
  if ('missing' in project) return toolError('migrations', project.missing);
  const planned = await migratePlan(context, project, database);
  return 'outcome' in planned ? planned.outcome : judge(planned.result, planned.report, context);
}

/** The database URL, masked at once; undefined when the variable is unset or empty. */
function databaseUrl(
  options: MigrationsOptions,
  context: CheckContext,
): { label: string } | undefined {
  const variable = options['database-env'];
  const value = (options.env[variable] ?? context.env[variable])?.trim();
  if (!value) return undefined;
  const assessment = assessDatabaseUrl(value, variable);
  for (const secret of assessment.secrets) if (secret) context.maskSecret(secret);
  return { label: `${variable} (${assessment.display})` };
}

function manage(
  context: CheckContext,
  project: DjangoProject,
  command: string[],
): Promise<ExecResult> {
  return runTool(context, {
    tool: 'migrations',
    command: project.python,
    args: [path.basename(project.managePath), ...command, '--no-color'],
    cwd: project.relativeCwd,
    env: project.env,
    installHint: DJANGO_INSTALL_HINT,
  });
}

/** `migrate --check --plan`, or the `error` for a run that could not read the database. */
async function migratePlan(
  context: CheckContext,
  project: DjangoProject,
  database: { label: string },
): Promise<{ result: ExecResult; report: Result<ToolReport> } | { outcome: CheckOutcome }> {
  const result = await manage(context, project, ['migrate', '--check', '--plan']);
  const unfinished = unfinishedRun('migrations', result);
  if (unfinished) return { outcome: unfinished };
  const report = parseMigratePlan(result.stdout, database.label);
  if (result.exitCode !== 0 && !(result.exitCode === 1 && report.ok)) {
    const cause = result.stderr.trim().split('\n').pop() ?? '';
    return {
      outcome: toolError(
        'migrations',
        `migrate --check could not read ${database.label}${cause ? `: ${cause}` : ''}`,
        result,
      ),
    };
  }
  return { result, report };
}

/**
 * A makemigrations run that failed without a report (an import error) keeps its own cause,
 * and names the interpreter that failed: that is where the missing module must go.
 */
function notRun(
  result: ExecResult,
  report: Result<ToolReport>,
  project: DjangoProject,
): Result<ToolReport> {
  if (result.exitCode === 0 || (report.ok && report.value.findings.length > 0)) return report;
  return {
    ok: false,
    error: notRunReason('makemigrations', project, result.stderr, 'pre.gates.migrations'),
  };
}

function combine(first: ToolReport, second: Result<ToolReport>): Result<ToolReport> {
  if (!second.ok) return second;
  const scope = [first.scope, second.value.scope].filter(Boolean).join('; ');
  return ok({
    findings: [...first.findings, ...second.value.findings],
    ...(scope ? { scope } : {}),
    metrics: { ...first.metrics, ...second.value.metrics },
  });
}

const judge = (result: ExecResult, report: Result<ToolReport>, context: CheckContext) =>
  judgeToolReport('migrations', result, report, { failOn: 'high', today: context.now() });
