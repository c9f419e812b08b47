import type { Severity } from '../../core/model.ts';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { assessDatabaseUrl } from './parse.ts';
import type { GateInput } from '../kit/gate.ts';
import { judgeFindings } from '../kit/policy.ts';

/**
 * "Database TLS": the URL in the configured variable (default DATABASE_URL) must require an
 * encrypted connection, by its own sslmode or, for PostgreSQL, the job's PGSSLMODE, unless it
 * stays on this machine (where a URL without a host goes is the job's PGHOST). The gate was
 * asked for, so an unset variable fails. The whole URL and its password (unless a placeholder,
 * which hides nothing) are masked before anything is logged.
 */
export function run(
  { options }: GateInput<'database-tls'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  return Promise.resolve(judgeDatabaseUrl(options.env, options['fail-on'], context));
}

function judgeDatabaseUrl(variable: string, failOn: Severity, context: CheckContext): CheckOutcome {
  const value = context.env[variable];
  if (value === undefined || value.trim() === '') {
    const state = value === undefined ? 'is not set' : 'is empty';
    return judgeFindings(
      [
        {
          rule: 'url-unset',
          severity: 'high',
          message: `${variable} ${state}, so the database connection cannot be checked`,
          hint: `set ${variable} in the job's env (from a secret), or point env: at the variable that holds the URL`,
        },
      ],
      { failOn },
    );
  }
  const { PGSSLMODE, PGHOST, PGHOSTADDR } = context.env;
  const assessment = assessDatabaseUrl(value, variable, { PGSSLMODE, PGHOST, PGHOSTADDR });
  for (const secret of assessment.secrets) if (secret) context.maskSecret(secret);
  const outcome = judgeFindings(assessment.findings, { failOn });
  return assessment.findings.length === 0
    ? { ...outcome, summary: `${assessment.display}: ${assessment.verdict}` }
    : outcome;
}
