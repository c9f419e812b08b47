import os from 'node:os';
import type { LoadedConfig } from './config/load.ts';
import { planChecks, type PhaseFilter } from './engine/plan.ts';
import { selectChecks } from './engine/only.ts';
import { runChecks, type RunObserver } from './engine/run.ts';
import { configuredSecrets } from './engine/configured-secrets.ts';
import { REPORT_SCHEMA_ID, type CheckResult, type Report } from './core/model.ts';
import { verdictOf } from './report/verdict.ts';
import { reviewed, type Review } from './baseline/review.ts';
import { indexBaseline } from './baseline/file.ts';
import { loadBaseline } from './baseline/load.ts';
import {
  changeScope,
  resolveChanges,
  type BaseRequest,
  type ResolvedChanges,
} from './baseline/changes.ts';
import { acceptedCheck } from './baseline/accepted.ts';
import { editedFiles } from './baseline/diff.ts';
import { exec } from './engine/exec.ts';
import type { PlannedCheck } from './engine/check.ts';
import { describeZeroConfig } from './config/zero-config.ts';
import { UsageError } from './util/errors.ts';
import type { Redactor } from './util/redact.ts';
import { monitorPlanConfig } from './monitor/probes.ts';
import { plural } from './util/text.ts';

/** `monitor`: the post-deploy probes, as a scheduled monitor runs them (monitor/probes.ts). */
export type RunPhase = PhaseFilter | 'monitor';

export interface ShipgateOptions {
  /** Repository root: what every path in the config and the findings is relative to. */
  root: string;
  /** The validated config and what zero-config detected (config/load.ts). */
  loaded: LoadedConfig;
  phase: RunPhase;
  /** Check ids or globs (`only`): a shard runs just these of the planned checks. */
  only?: readonly string[];
  /** Recorded in the report: the commit judged, and the job that judged it. */
  commit?: string;
  job?: string;
  env: Readonly<Record<string, string | undefined>>;
  observer?: RunObserver;
  /**
   * The run's redactor: every value a check masks is registered with it, and the report
   * leaves runShipgate through it, before any renderer sees it.
   */
  redactor: Redactor;
  /** Also told of every masked value, for the log (core.setSecret in Actions). */
  maskSecret?: (value: string) => void;
  now?: () => Date;
  /** The deployed URL (deployment_status): used by post targets that have no `url`. */
  deploymentUrl?: string;
  /** The commit the deployment should run (PR head SHA): checked by the revision probe. */
  expectedRevision?: string;
  /** Told when the run has nothing to check, which passes but verifies nothing. */
  warn?: (message: string) => void;
  /** Where the change starts (a pull request's base, `--base`): findings it did not touch are existing. */
  base?: BaseRequest;
  /** Every finding is new, whatever the baseline says: for writing the baseline itself. */
  judgeEverything?: boolean;
  /** Told what zero-config detected, enabled and left off, when it decided the gates. */
  info?: (message: string) => void;
}

/**
 * The change, when it has a base and the plan has pre-deploy gates to judge. A base that
 * cannot be established is said out loud, and every finding is judged.
 */
async function changeOf(
  options: ShipgateOptions,
  checks: readonly PlannedCheck[],
): Promise<ResolvedChanges | undefined> {
  // A custom command reports an exit code, never a finding on a line: nothing to tell apart.
  const judgesFindings = checks.some((c) => c.phase === 'pre' && c.kind !== 'command');
  if (!options.base || !judgesFindings) return undefined;
  const resolved = await resolveChanges(options.root, options.base, { exec, env: options.env });
  if (!resolved.ok) {
    options.warn?.(`changes: ${resolved.error}. Every finding is judged as new.`);
    return undefined;
  }
  const { changes, how } = resolved.value;
  options.info?.(
    `Judging the change against ${how}: ${plural(changes.files.size, 'file')} changed.`,
  );
  return resolved.value;
}

/**
 * How the run tells new findings from existing ones (the baseline file and the change), and
 * the sign-off's warning when the change adds entries to the baseline file.
 */
async function reviewOf(
  options: ShipgateOptions,
  checks: readonly PlannedCheck[],
): Promise<Review & { accepted?: CheckResult }> {
  if (options.judgeEverything) return {};
  const { config } = options.loaded;
  const baseline = await loadBaseline(options.root, config);
  const change = await changeOf(options, checks);
  const mode = config.changes;
  const scope =
    change && mode !== 'off' ? await changeScope(options.root, change, mode) : undefined;
  const edited = change && baseline && change.changes.files.get(baseline.file);
  const accepted =
    edited &&
    acceptedCheck(
      baseline.file,
      edited.added ? undefined : await change.baseFile(edited.oldPath ?? edited.path),
      baseline.entries,
    );
  const ignoresBaseline = new Set(
    Object.entries(config.pre.gates).flatMap(([kind, gate]) =>
      gate && !gate.baseline ? [kind] : [],
    ),
  );
  return {
    ...(baseline ? { baseline: indexBaseline(baseline.entries) } : {}),
    ignoresBaseline,
    ...(scope ? { scope } : {}),
    ...(accepted ? { accepted } : {}),
  };
}

/** Why a plan came out empty, in words that say what to do about it. */
function emptyPlanWarning({ file }: LoadedConfig, phase: RunPhase): string {
  const which =
    phase === 'all' ? 'checks' : `${phase === 'monitor' ? 'post' : phase}-deploy checks`;
  return file
    ? `Nothing to check: ${file} enables no ${which}. The verdict passes, but nothing was verified.`
    : `Nothing to check: no Shipgate config (.github/shipgate.yml) and no Python or Node project detected. Add a config, or point the working directory at the project.`;
}

/**
 * The whole job behind both the action and the CLI once the config is loaded: plan the
 * checks, run them, and build the report with its verdict, redacted. Never throws for a
 * check's sake.
 */
export async function runShipgate(options: ShipgateOptions): Promise<Report> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const started = performance.now();
  const { phase } = options;
  const monitoring = phase === 'monitor';
  const loaded = monitoring
    ? { ...options.loaded, config: monitorPlanConfig(options.loaded.config) }
    : options.loaded;
  const planned = planChecks({
    ...loaded,
    phase: monitoring ? 'post' : phase,
    deployment: {
      ...(options.deploymentUrl ? { deploymentUrl: options.deploymentUrl } : {}),
      // A monitor judges whatever is deployed: there is no commit it should be running.
      ...(options.expectedRevision && !monitoring
        ? { expectedRevision: options.expectedRevision }
        : {}),
    },
  });
  const checks = options.only ? selectChecks(planned, options.only) : planned;
  const probesOnly = phase === 'post' || monitoring;
  if (loaded.zeroConfig && !probesOnly) {
    for (const line of describeZeroConfig(loaded.stacks, loaded.zeroConfig)) options.info?.(line);
  }
  if (checks.length === 0 && probesOnly && !options.only) {
    // Zero-config has nothing to probe: a post-deploy run that probes nothing is a mistake.
    throw new UsageError(
      `Nothing to probe: the ${monitoring ? 'monitor' : 'post-deploy phase'} needs post.targets in ${loaded.file ?? '.github/shipgate.yml'} (a name and a url each, or a target without url and a deployment_status event or --url to fill it in).`,
    );
  }
  if (checks.length === 0) options.warn?.(emptyPlanWarning(loaded, phase));
  const maskSecret = (value: string) => {
    if (options.redactor.add(value)) options.maskSecret?.(value);
  };
  for (const secret of configuredSecrets(loaded.config, options.env)) maskSecret(secret);
  const review = await reviewOf(options, checks);
  const ran = await runChecks(reviewed(checks, review), {
    root: options.root,
    concurrency: loaded.config.concurrency ?? os.availableParallelism(),
    deadlineMs: loaded.config.deadline,
    env: options.env,
    passGitHubToken: loaded.config['pass-github-token'],
    now,
    ...(options.observer ? { observer: options.observer } : {}),
    maskSecret,
    ...(review.scope ? { changedFiles: editedFiles(review.scope.changes) } : {}),
  });
  const results = review.accepted ? [...ran, review.accepted] : ran;
  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    verdict: verdictOf(results),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.job ? { job: options.job } : {}),
    checks: results,
  };
  return options.redactor.deep(report);
}
