import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  assessDatabaseUrl
} from "./chunk-LGH55XNU.js";
import {
  DJANGO_INSTALL_HINT,
  notRunReason,
  projectFile,
  resolveDjangoProject
} from "./chunk-QSCAE6AO.js";
import "./chunk-AL3S3XOU.js";
import "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import "./chunk-KTKGKL7N.js";
import {
  judgeToolReport,
  unfinishedRun
} from "./chunk-JL6IDB5D.js";
import {
  runTool,
  toolError
} from "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  fail,
  ok
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/migrations/run.ts
import path from "node:path";

// src/gates/migrations/parse.ts
var MIGRATIONS_FOR = /^Migrations for '([^']+)':$/;
var NO_CHANGES = /^No changes detected/;
var MIGRATION_FILE = /^ {2}(\S.*\.py)$/;
var OPERATION = /^ {4}- (.+)$/;
var CONFLICT = /^CommandError: (Conflicting migrations detected.*)$/;
function parseMakemigrations(stdout, stderr, locate) {
  const { unwritten, clean } = readMakemigrations(stdout);
  const findings = [
    ...unwritten.map((migration) => missingMigration(migration, locate)),
    ...migrationConflicts(stderr)
  ];
  if (findings.length === 0 && !clean) {
    return fail(
      'no makemigrations report in its output (neither a migration nor "No changes detected")'
    );
  }
  return ok({
    findings,
    ...findings.length === 0 ? { scope: "no model changes without a migration" } : {},
    metrics: { missingMigrations: unwritten.length }
  });
}
function readMakemigrations(stdout) {
  const unwritten = [];
  let app;
  let current;
  let clean = false;
  for (const line of stdout.split("\n")) {
    const header = MIGRATIONS_FOR.exec(line);
    if (header) {
      app = header[1];
      current = void 0;
      continue;
    }
    const migration = MIGRATION_FILE.exec(line);
    if (migration?.[1] !== void 0 && app !== void 0) {
      current = { app, file: migration[1], operations: [] };
      unwritten.push(current);
      continue;
    }
    const operation = OPERATION.exec(line);
    if (operation?.[1] !== void 0 && current) {
      current.operations.push(operation[1]);
      continue;
    }
    clean ||= NO_CHANGES.test(line);
  }
  return { unwritten, clean };
}
function missingMigration({ app, file, operations }, locate) {
  const models = locate(file);
  const changes = operations.length ? operations.join("; ") : "model changes";
  return {
    rule: "missing-migration",
    severity: "high",
    message: `${app}: ${changes}, with no migration (makemigrations would write ${file})`,
    ...models ? { file: models } : {},
    hint: "run `python manage.py makemigrations` and commit the migration with the model change"
  };
}
function migrationConflicts(stderr) {
  return stderr.split("\n").flatMap((line) => {
    const conflict = CONFLICT.exec(line.trim())?.[1];
    return conflict === void 0 ? [] : [
      {
        rule: "migration-conflict",
        severity: "high",
        message: conflict,
        hint: "merge the branches of the migration graph (`python manage.py makemigrations --merge`)"
      }
    ];
  });
}
var PLANNED = /^Planned operations:$/;
var NOTHING_PLANNED = /^ {2}No planned migration operations\.$/;
var PLANNED_MIGRATION = /^(\S+)\.(\S+)$/;
var PLANNED_OPERATION = /^ {4}(\S.*)$/;
function parseMigratePlan(stdout, database) {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => PLANNED.test(line));
  if (start < 0) return fail('no migration plan in its output ("Planned operations:" missing)');
  const pending = [];
  for (const line of lines.slice(start + 1)) {
    if (NOTHING_PLANNED.test(line)) break;
    const migration = PLANNED_MIGRATION.exec(line);
    if (migration) {
      pending.push({ name: line, operations: [] });
      continue;
    }
    const operation = PLANNED_OPERATION.exec(line);
    if (operation?.[1] !== void 0) pending.at(-1)?.operations.push(operation[1]);
  }
  const findings = pending.map(({ name, operations }) => ({
    rule: "unapplied-migration",
    severity: "high",
    message: `${name} is not applied to ${database}${operations.length ? ` (${operations.join("; ")})` : ""}`,
    hint: "run `python manage.py migrate` against this database as part of the deploy (e.g. a release command)"
  }));
  return ok({
    findings,
    scope: findings.length === 0 ? `every migration applied to ${database}` : `${plural(findings.length, "migration")} not applied`,
    metrics: { unappliedMigrations: findings.length }
  });
}

// src/gates/migrations/run.ts
async function run({ options, dir, stacks }, context) {
  const database = databaseUrl(options, context);
  const project = await resolveDjangoProject(options, { dir, stacks }, context);
  if ("missing" in project) return toolError("migrations", project.missing);
  const made = await manage(context, project, ["makemigrations", "--check", "--dry-run"]);
  const relative = (file) => projectFile(context.root, project, path.join(path.dirname(path.dirname(file)), "models.py"));
  const pending = notRun(made, parseMakemigrations(made.stdout, made.stderr, relative), project);
  const unfinished = unfinishedRun("migrations", made);
  if (unfinished) return unfinished;
  if (!pending.ok) return toolError("migrations", pending.error, made);
  if (database === void 0) return judge(made, pending, context);
  const planned = await migratePlan(context, project, database);
  if ("outcome" in planned) return planned.outcome;
  return judge(planned.result, combine(pending.value, planned.report), context);
}
async function runApplied(options, where, context) {
  const database = databaseUrl(options, context);
  if (database === void 0) {
    return toolError(
      "migrations",
      `${options["database-env"]} is not set: the production database URL is read from it (set it from a secret, or point database-env at the variable that holds it)`
    );
  }
  const project = await resolveDjangoProject(options, where, context);
  if ("missing" in project) return toolError("migrations", project.missing);
  const planned = await migratePlan(context, project, database);
  return "outcome" in planned ? planned.outcome : judge(planned.result, planned.report, context);
}
function databaseUrl(options, context) {
  const variable = options["database-env"];
  const value = (options.env[variable] ?? context.env[variable])?.trim();
  if (!value) return void 0;
  const assessment = assessDatabaseUrl(value, variable);
  for (const secret of assessment.secrets) if (secret) context.maskSecret(secret);
  return { label: `${variable} (${assessment.display})` };
}
function manage(context, project, command) {
  return runTool(context, {
    tool: "migrations",
    command: project.python,
    args: [path.basename(project.managePath), ...command, "--no-color"],
    cwd: project.relativeCwd,
    env: project.env,
    installHint: DJANGO_INSTALL_HINT
  });
}
async function migratePlan(context, project, database) {
  const result = await manage(context, project, ["migrate", "--check", "--plan"]);
  const unfinished = unfinishedRun("migrations", result);
  if (unfinished) return { outcome: unfinished };
  const report = parseMigratePlan(result.stdout, database.label);
  if (result.exitCode !== 0 && !(result.exitCode === 1 && report.ok)) {
    const cause = result.stderr.trim().split("\n").pop() ?? "";
    return {
      outcome: toolError(
        "migrations",
        `migrate --check could not read ${database.label}${cause ? `: ${cause}` : ""}`,
        result
      )
    };
  }
  return { result, report };
}
function notRun(result, report, project) {
  if (result.exitCode === 0 || report.ok && report.value.findings.length > 0) return report;
  return {
    ok: false,
    error: notRunReason("makemigrations", project, result.stderr, "pre.gates.migrations")
  };
}
function combine(first, second) {
  if (!second.ok) return second;
  const scope = [first.scope, second.value.scope].filter(Boolean).join("; ");
  return ok({
    findings: [...first.findings, ...second.value.findings],
    ...scope ? { scope } : {},
    metrics: { ...first.metrics, ...second.value.metrics }
  });
}
var judge = (result, report, context) => judgeToolReport("migrations", result, report, { failOn: "high", today: context.now() });
export {
  run,
  runApplied
};
//# sourceMappingURL=run-MA5C2YIY.js.map
