import os from 'node:os';
import { loadConfig, type LoadedConfig } from './config/load.ts';
import { planChecks, type PhaseFilter } from './engine/plan.ts';
import { runChecks, type RunObserver } from './engine/run.ts';
import { REPORT_SCHEMA_ID, type Report } from './report/model.ts';
import { verdictOf } from './report/verdict.ts';

export interface ShipgateOptions {
  /** Repository root: where the config is looked for and what every path is relative to. */
  root: string;
  configFile?: string;
  phase: PhaseFilter;
  env: Readonly<Record<string, string | undefined>>;
  observer?: RunObserver;
  maskSecret?: (value: string) => void;
  now?: () => Date;
  /** The deployed URL (deployment_status): used by post targets that have no `url`. */
  deploymentUrl?: string;
  /** The commit the deployment should run (PR head SHA): checked by the revision probe. */
  expectedRevision?: string;
}

export interface ShipgateRun {
  report: Report;
  loaded: LoadedConfig;
}

/**
 * The whole job behind both the action and the CLI: load the config, plan the checks,
 * run them, and build the report with its verdict. Throws only for bad config (ConfigError).
 */
export async function runShipgate(options: ShipgateOptions): Promise<ShipgateRun> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const started = performance.now();
  const loaded = await loadConfig({
    root: options.root,
    file: options.configFile,
    env: options.env,
  });
  const checks = planChecks({
    ...loaded,
    phase: options.phase,
    deployment: {
      ...(options.deploymentUrl ? { deploymentUrl: options.deploymentUrl } : {}),
      ...(options.expectedRevision ? { expectedRevision: options.expectedRevision } : {}),
    },
  });
  const results = await runChecks(checks, {
    root: options.root,
    concurrency: loaded.config.concurrency ?? os.availableParallelism(),
    deadlineMs: loaded.config.deadline,
    env: options.env,
    now,
    ...(options.observer ? { observer: options.observer } : {}),
    ...(options.maskSecret ? { maskSecret: options.maskSecret } : {}),
  });
  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    verdict: verdictOf(results),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks: results,
  };
  return { report, loaded };
}
