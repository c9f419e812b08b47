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
  const { unwritten, clean } = readMakemigrations(stdout);
  const findings: Finding[] = [
    ...unwritten.map((migration) => missingMigration(migration, locate)),
    ...migrationConflicts(stderr),
  ];
  if (findings.length === 0 && !clean) {
    return fail(
      'no makemigrations report in its output (neither a migration nor "No changes detected")',
    );
  }
  return ok({
    findings,
    ...(findings.length === 0 ? { scope: 'no model changes without a migration' } : {}),
    metrics: { missingMigrations: unwritten.length },
  });
}

/** A migration makemigrations would write: its app, its file and its operations. */
interface UnwrittenMigration {
  app: string;
  file: string;
  operations: string[];
}

/** The migrations makemigrations would write, and whether it said "No changes detected". */
function readMakemigrations(stdout: string): { unwritten: UnwrittenMigration[]; clean: boolean } {
  const unwritten: UnwrittenMigration[] = [];
  let app: string | undefined;
  let current: UnwrittenMigration | undefined;
  let clean = false;
  for (const line of stdout.split('\n')) {
    const header = MIGRATIONS_FOR.exec(line);
    if (header) {
      app = header[1];
      current = undefined;
      continue;
    }
    const migration = MIGRATION_FILE.exec(line);
    if (migration?.[1] !== undefined && app !== undefined) {
      current = { app, file: migration[1], operations: [] };
      unwritten.push(current);
      continue;
    }
    const operation = OPERATION.exec(line);
    if (operation?.[1] !== undefined && current) {
      current.operations.push(operation[1]);
      continue;
    }
    clean ||= NO_CHANGES.test(line);
  }
  return { unwritten, clean };
}

function missingMigration({ app, file, operations }: UnwrittenMigration, locate: Locate): Finding {
  const models = locate(file);
  const changes = operations.length ? operations.join('; ') : 'model changes';
  return {
    rule: 'missing-migration',
    severity: 'high',
    message: `${app}: ${changes}, with no migration (makemigrations would write ${file})`,
    ...(models ? { file: models } : {}),
    hint: 'run `python manage.py makemigrations` and commit the migration with the model change',
  };
}

/** Django's CommandError for a migration graph with two leaves, one finding per conflict. */
function migrationConflicts(stderr: string): Finding[] {
  return stderr.split('\n').flatMap((line) => {
    const conflict = CONFLICT.exec(line.trim())?.[1];
    return conflict === undefined
      ? []
      : [
          {
            rule: 'migration-conflict',
            severity: 'high' as const,
            message: conflict,
            hint: 'merge the branches of the migration graph (`python manage.py makemigrations --merge`)',
          },
        ];
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
