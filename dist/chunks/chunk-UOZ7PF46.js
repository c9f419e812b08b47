import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  external_exports
} from "./chunk-T4WLO72Z.js";

// src/github/workflow-run.ts
var sha = external_exports.string().regex(/^[0-9a-f]{40}$/);
var workflowRunEvent = external_exports.object({
  workflow_run: external_exports.object({
    id: external_exports.number().int(),
    name: external_exports.string().nullish(),
    run_number: external_exports.number().int().nullish(),
    event: external_exports.string(),
    head_sha: sha,
    head_branch: external_exports.string().nullish(),
    conclusion: external_exports.string().nullish(),
    html_url: external_exports.string().nullish(),
    head_repository: external_exports.object({ full_name: external_exports.string(), owner: external_exports.object({ login: external_exports.string() }) }).nullish(),
    /** Empty for a fork's pull request: GitHub lists only the base repository's own. */
    pull_requests: external_exports.array(external_exports.object({ number: external_exports.number().int(), head: external_exports.object({ sha: external_exports.string() }) })).nullish()
  })
});
function triggeringRun(eventName, payload) {
  if (eventName !== "workflow_run") return void 0;
  const parsed = workflowRunEvent.safeParse(payload);
  if (!parsed.success) return void 0;
  const run = parsed.data.workflow_run;
  const owner = run.head_repository?.owner.login;
  const pull = run.pull_requests?.find((pr) => pr.head.sha === run.head_sha);
  return {
    id: run.id,
    label: `${run.name ?? "workflow"}${run.run_number ? ` #${run.run_number}` : ""}`,
    event: run.event,
    headSha: run.head_sha,
    ...owner && run.head_branch ? { headLabel: `${owner}:${run.head_branch}` } : {},
    ...run.head_repository ? { headRepository: run.head_repository.full_name } : {},
    ...pull ? { pullRequest: pull.number } : {},
    conclusion: run.conclusion ?? void 0,
    ...run.html_url ? { url: run.html_url } : {}
  };
}
var STATUS_OF_CONCLUSION = {
  success: "pass",
  failure: "fail",
  timed_out: "fail",
  startup_failure: "fail",
  action_required: "warn",
  cancelled: "warn",
  neutral: "skip",
  skipped: "skip",
  stale: "skip"
};
function triggeringRunCheck(run) {
  const from = run.headRepository ? ` from ${run.headRepository}` : "";
  return {
    id: "signoff/triggering-run",
    phase: "signoff",
    kind: "workflow-run",
    title: `Triggering run: ${run.label}`,
    status: STATUS_OF_CONCLUSION[run.conclusion ?? ""] ?? "warn",
    blocking: false,
    durationMs: 0,
    summary: `${run.event} run${from} on ${run.headSha.slice(0, 12)}: ${run.conclusion ?? "no conclusion yet"}`,
    findings: [],
    metrics: {}
  };
}
function missingReportsHint(run) {
  return run.conclusion && run.conclusion !== "success" ? `The triggering run ${run.label} concluded ${run.conclusion}: it may have stopped before uploading its reports.` : void 0;
}

export {
  triggeringRun,
  triggeringRunCheck,
  missingReportsHint
};
//# sourceMappingURL=chunk-UOZ7PF46.js.map
