import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  assessDatabaseUrl
} from "./chunk-LGH55XNU.js";
import "./chunk-AL3S3XOU.js";
import "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import {
  judgeFindings
} from "./chunk-UC5UDIMU.js";
import "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/database-tls/run.ts
function run({ options }, context) {
  return Promise.resolve(judgeDatabaseUrl(options.env, options["fail-on"], context));
}
function judgeDatabaseUrl(variable, failOn, context) {
  const value = context.env[variable];
  if (value === void 0 || value.trim() === "") {
    const state = value === void 0 ? "is not set" : "is empty";
    return judgeFindings(
      [
        {
          rule: "url-unset",
          severity: "high",
          message: `${variable} ${state}, so the database connection cannot be checked`,
          hint: `set ${variable} in the job's env (from a secret), or point env: at the variable that holds the URL`
        }
      ],
      { failOn }
    );
  }
  const { PGSSLMODE, PGHOST, PGHOSTADDR } = context.env;
  const assessment = assessDatabaseUrl(value, variable, { PGSSLMODE, PGHOST, PGHOSTADDR });
  for (const secret of assessment.secrets) if (secret) context.maskSecret(secret);
  const outcome = judgeFindings(assessment.findings, { failOn });
  return assessment.findings.length === 0 ? { ...outcome, summary: `${assessment.display}: ${assessment.verdict}` } : outcome;
}
export {
  run
};
//# sourceMappingURL=run-XFRRASBJ.js.map
