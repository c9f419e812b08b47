import type { Finding } from '../../core/model.ts';
import { fail, ok, type Result } from '../../util/result.ts';
import { plural } from '../../util/text.ts';
import type { ToolReport } from '../kit/tool-report.ts';

/** Where a finding points: a migration file (as Django printed it) → the app's models.py. */
export type Locate = (migrationPath: string) => string | undefined;

const MIGRATIONS_FOR = /^Migrations for '([^']+)':$/;
const NO_CHANGES = /^No changes detected/;
const MIGRATION_FILE = /^ {2}(\S.*\.py)$/;
const OPERATION = /^ {4}- (.+)$/;
/** Raised (as a CommandError on stderr) when two migrations share a parent. */
const CONFLICT = /^CommandError: (Conflicting migrations detected.*)$/;

/**
 * Reads `manage.py makemigrations --check --dry-run`: each migration Django would write
 * (`Migrations for 'app':`, its file, its operations) is a model change without a migration.
 * A migration graph with two leaves is a conflict. Output with neither those nor Django's
 * "No changes detected" is not a makemigrations report: an error, never a pass.
 */
export function parseMakemigrations(
  stdout: string,
  stderr: string,
  locate: Locate,
): Result<ToolReport> {
  const findings: Finding[] = [];
  let app: string | undefined;
  let current: { file: string; operations: string[] } | undefined;
  let clean = false;
  const flush = () => {
    if (!current || app === undefined) return;
    const file = locate(current.file);
    const changes = current.operations.length ? current.operations.join('; ') : 'model changes';
    findings.push({
      rule: 'missing-migration',
      severity: 'high',
      message: `${app}: ${changes}, with no migration (makemigrations would write ${current.file})`,
      ...(file ? { file } : {}),
      hint: 'run `python manage.py makemigrations` and commit the migration with the model change',
    });
    current = undefined;
  };
  for (const line of stdout.split('\n')) {
    const header = MIGRATIONS_FOR.exec(line);
    if (header) {
      flush();
      app = header[1];
      continue;
    }
    const migration = MIGRATION_FILE.exec(line);
    if (migration?.[1] !== undefined && app !== undefined) {
      flush();
      current = { file: migration[1], operations: [] };
      continue;
    }
    const operation = OPERATION.exec(line);
    if (operation?.[1] !== undefined && current) {
      current.operations.push(operation[1]);
      continue;
    }
    clean ||= NO_CHANGES.test(line);
  }
  flush();
  for (const line of stderr.split('\n')) {
    const conflict = CONFLICT.exec(line.trim());
    if (conflict?.[1] !== undefined) {
      findings.push({
        rule: 'migration-conflict',
        severity: 'high',
        message: conflict[1],
        hint: 'merge the branches of the migration graph (`python manage.py makemigrations --merge`)',
      });
    }
  }
  if (findings.length === 0 && !clean) {
    return fail(
      'no makemigrations report in its output (neither a migration nor "No changes detected")',
    );
  }
  return ok({
    findings,
    ...(findings.length === 0 ? { scope: 'no model changes without a migration' } : {}),
    metrics: { missingMigrations: findings.filter((f) => f.rule === 'missing-migration').length },
  });
}

const PLANNED = /^Planned operations:$/;
const NOTHING_PLANNED = /^ {2}No planned migration operations\.$/;
const PLANNED_MIGRATION = /^(\S+)\.(\S+)$/;
const PLANNED_OPERATION = /^ {4}(\S.*)$/;

/**
 * Reads `manage.py migrate --check --plan`: every migration in the plan is one the database
 * has not applied. Output without Django's "Planned operations:" header is an error.
 */
export function parseMigratePlan(stdout: string, database: string): Result<ToolReport> {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => PLANNED.test(line));
  if (start < 0) return fail('no migration plan in its output ("Planned operations:" missing)');
  const pending: { name: string; operations: string[] }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (NOTHING_PLANNED.test(line)) break;
    const migration = PLANNED_MIGRATION.exec(line);
    if (migration) {
      pending.push({ name: line, operations: [] });
      continue;
    }
    const operation = PLANNED_OPERATION.exec(line);
    if (operation?.[1] !== undefined) pending.at(-1)?.operations.push(operation[1]);
  }
  const findings = pending.map(({ name, operations }): Finding => ({
    rule: 'unapplied-migration',
    severity: 'high',
    message: `${name} is not applied to ${database}${operations.length ? ` (${operations.join('; ')})` : ''}`,
    hint: 'run `python manage.py migrate` against this database as part of the deploy (e.g. a release command)',
  }));
  return ok({
    findings,
    scope:
      findings.length === 0
        ? `every migration applied to ${database}`
        : `${plural(findings.length, 'migration')} not applied`,
    metrics: { unappliedMigrations: findings.length },
  });
}
