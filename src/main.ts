import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import { INPUTS, OUTPUTS, readInputs } from './action/inputs.ts';
import { signoffSettings } from './action/signoff-settings.ts';
import type { ActionInputs } from './action/inputs.ts';
import { loadConfig, type LoadedConfig } from './config/load.ts';
import type { CheckRunStart } from './github/check-run.ts';
import type { CheckRunHandle, SignoffContext } from './github/signoff.ts';
import {
  blobBase,
  changeBase,
  readGitHubContext,
  signoffTarget,
  type GitHubContext,
} from './github/context.ts';
import { onTermination } from './engine/termination.ts';
import { deploymentFromEvent } from './probes/deployment-event.ts';
import { actionsLogProgress } from './progress/actions-log.ts';
import { BUDGETS, withinBytes } from './report/budget.ts';
import { SURFACES } from './report/surfaces.ts';
import { codeBlock } from './report/markdown-escape.ts';
import type { Report } from './core/model.ts';
import { statusTally } from './report/presentation.ts';
import { reportCounts } from './report/counts.ts';
import { reportJson, sarifJson } from './output/files.ts';
import { writeOutputs, type WrittenOutputs } from './output/write.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { runShipgate, type ShipgateOptions } from './run-shipgate.ts';
import type { MonitorPublished } from './monitor/publish.ts';
import { errorMessage, errorTrace, UsageError } from './util/errors.ts';
import { Redactor, runnerTokens } from './util/redact.ts';

/** The longest one GitHub request may take (a third of signoff.deadline when that is shorter). */
const MAX_REQUEST_MS = 10_000;
/**
 * What completing the check run as cancelled may take: a cancelled workflow gets SIGINT,
 * then SIGTERM about 7.5 s later, then is killed; onTermination exits after 5 s.
 */
const CANCEL_BUDGET_MS = 4500;
/** How long a cancellation waits for a check-run create still in flight before looking it up. */
const PENDING_CREATE_WAIT_MS = 1500;

type Logger = SignoffContext['logger'];

/** The action's log, every line through the run's redactor (API errors quote what they were sent). */
const actionLogger = (host: ActionHost, redactor: Redactor): Logger => ({
  info: (message) => host.core.info(redactor.text(message)),
  warning: (message) => host.core.warning(redactor.text(message)),
  debug: (message) => host.core.debug(redactor.text(message)),
});

/**
 * The GitHub side of the sign-off, or undefined without a token. Octokit is loaded only
 * here: a run without a token never pays for it.
 */
async function connectGitHub(
  github: GitHubContext,
  token: string | undefined,
  logger: Logger,
  deadlineMs: number,
  reportUrl?: string,
): Promise<SignoffContext | undefined> {
  if (!token) {
    logger.info('No github-token: the sign-off goes to the job summary only.');
    return undefined;
  }
  const { createOctokit } = await import('./github/octokit.ts');
  return {
    octokit: createOctokit({
      token,
      baseUrl: github.apiUrl,
      logger,
      requestTimeoutMs: Math.min(MAX_REQUEST_MS, Math.ceil(deadlineMs / 3)),
    }),
    repo: github.repo,
    target: signoffTarget(github),
    logger,
    now: () => new Date(),
    ...(github.runUrl ? { runUrl: github.runUrl } : {}),
    ...(reportUrl ? { reportUrl } : {}),
    blobBase: blobBase(github, signoffTarget(github).headSha),
  };
}

async function writeJobSummary(host: ActionHost, markdown: string): Promise<void> {
  if (host.env.GITHUB_STEP_SUMMARY) await host.writeSummary(markdown);
  else host.core.warning('GITHUB_STEP_SUMMARY is not set: the job summary was not written.');
}

/** Shipgate could not produce a report: say why everywhere a reader looks, and fail. */
async function reportCrash(
  host: ActionHost,
  reason: string,
  signoff: SignoffContext | undefined,
  checkRun: CheckRunHandle | undefined,
): Promise<void> {
  if (signoff && checkRun) {
    const { failCheckRun } = await import('./github/signoff.ts');
    const { deadlineIn } = await import('./github/deadline.ts');
    const url = await failCheckRun(
      signoff,
      checkRun,
      reason,
      'failure',
      deadlineIn(CANCEL_BUDGET_MS, 'Completing the check run'),
    );
    if (url) host.core.setOutput(OUTPUTS.checkRunUrl, url);
  }
  await writeJobSummary(host, `## 💥 Shipgate could not run\n\n${codeBlock(reason)}\n`);
  host.core.setFailed(reason);
}

/** Where the rendered sign-off goes: the runner's scratch space, not the repository the tools read. */
const markdownPath = (host: ActionHost) =>
  path.join(host.env.RUNNER_TEMP ?? tmpdir(), 'shipgate', 'shipgate-signoff.md');

/**
 * The report, SARIF and sign-off markdown files, and the outputs a later step reads. A file
 * that cannot be written is an error on that output alone: the returned problems fail the
 * step after the comment and the check run are published.
 */
async function writeFilesAndOutputs(
  host: ActionHost,
  report: Report,
  root: string,
  inputs: ActionInputs,
  markdown: string,
): Promise<WrittenOutputs> {
  const { sarif } = inputs;
  const written = await writeOutputs([
    { kind: 'report', path: path.resolve(root, inputs.report), text: () => reportJson(report) },
    ...(sarif
      ? [{ kind: 'sarif' as const, path: path.resolve(root, sarif), text: () => sarifJson(report) }]
      : []),
    { kind: 'markdown', path: markdownPath(host), text: () => markdown },
  ]);
  for (const problem of written.problems) host.core.error(problem);
  const counts = reportCounts(report);
  host.core.setOutput(OUTPUTS.verdict, report.verdict);
  host.core.setOutput(OUTPUTS.failed, counts.failed);
  host.core.setOutput(OUTPUTS.errors, counts.errors);
  host.core.setOutput(OUTPUTS.findings, counts.findings);
  host.core.setOutput(OUTPUTS.newFindings, counts.newFindings);
  for (const kind of ['report', 'sarif', 'markdown'] as const) {
    const file = written.paths[kind];
    if (file) host.core.setOutput(OUTPUTS[kind], file);
  }
  return written;
}

/**
 * The step fails on a failing verdict (a scheduled monitor's owner gets GitHub's failure
 * email) and on any output file that could not be written.
 */
function concludeVerdict(host: ActionHost, report: Report, written: WrittenOutputs): void {
  const where = written.paths.report ? ` See the job summary or ${written.paths.report}.` : '';
  const failures = [
    ...(report.verdict === 'fail'
      ? [`Shipgate verdict: fail (${statusTally(report.checks)}).${where}`]
      : []),
    ...written.problems,
  ];
  if (report.verdict === 'pass')
    host.core.info(`Shipgate verdict: pass (${statusTally(report.checks)})`);
  if (failures.length) host.core.setFailed(failures.join('\n'));
}

/**
 * `phase: monitor`: the post-deploy probes, then the status issue, incidents and webhook
 * instead of a comment and a check run. Needs only `issues: write`.
 */
async function monitor(
  context: RunContext,
  loaded: LoadedConfig,
  signoff: SignoffContext | undefined,
  author: string,
  stopping: () => boolean,
): Promise<void> {
  const { host, inputs, root } = context;
  const report = await runShipgate({
    ...checklistRunOptions(context),
    root,
    loaded,
    phase: 'monitor',
  });
  if (stopping()) return;
  const published = await publishMonitorRun(context, loaded.config, report, signoff, author);
  const markdown = await monitorMarkdown(report, published, inputs, signoff?.runUrl);
  const written = await writeFilesAndOutputs(host, report, root, inputs, markdown);
  if (published.statusUrl) host.core.setOutput(OUTPUTS.statusIssueUrl, published.statusUrl);
  await writeJobSummary(host, markdown);
  concludeVerdict(host, report, written);
}

/** The status issue, the incidents and the webhook; without a token, only a warning. */
async function publishMonitorRun(
  context: RunContext,
  config: LoadedConfig['config'],
  report: Report,
  signoff: SignoffContext | undefined,
  author: string,
): Promise<MonitorPublished> {
  const { logger } = context;
  const webhook = await monitorWebhook(context, config.monitor.notify['webhook-env']);
  if (!signoff) {
    logger.warning(
      'The monitor keeps its history and incidents in issues: without a github-token (issues: write) only this job summary is written.',
    );
    return { outcomes: [] };
  }
  const { publishMonitor } = await import('./monitor/publish.ts');
  return publishMonitor(
    { octokit: signoff.octokit, repo: signoff.repo, logger, author },
    {
      report,
      post: config.post,
      monitor: config.monitor,
      key: crypto.randomUUID().slice(0, 8),
      ...(signoff.runUrl ? { runUrl: signoff.runUrl } : {}),
      ...(webhook ? { webhook } : {}),
    },
  );
}

/**
 * The webhook `webhook-env` names, its URL masked everywhere; undefined when none is
 * configured, and when it is unusable (with a warning saying why).
 */
async function monitorWebhook(
  { host, redactor, logger }: RunContext,
  webhookEnv: string | undefined,
): Promise<{ url: string; name: string } | undefined> {
  const { webhookFromEnv } = await import('./monitor/webhook.ts');
  const secret = webhookEnv ? host.env[webhookEnv]?.trim() : undefined;
  if (secret) {
    redactor.add(secret);
    host.core.setSecret(secret);
  }
  const webhook = webhookFromEnv(host.env, webhookEnv);
  if (webhook && 'problem' in webhook) {
    logger.warning(webhook.problem);
    return undefined;
  }
  return webhook;
}

/** The job summary: the status table, then the report's Markdown in the budget it leaves. */
async function monitorMarkdown(
  report: Report,
  published: MonitorPublished,
  inputs: ActionInputs,
  runUrl: string | undefined,
): Promise<string> {
  const { monitorSummary } = await import('./monitor/summary.ts');
  // The status table is small beside the report: the report's Markdown gets the budget less it.
  const summary = (budget: number) => {
    const reportMarkdown = renderMarkdown(report, {
      budget: budget - (published.table?.length ?? 0) - 1_000,
      fullReportHint: `the JSON report (${inputs.report})`,
      ...(runUrl ? { runUrl } : {}),
    });
    return monitorSummary(published, reportMarkdown);
  };
  return withinBytes(summary, BUDGETS.jobSummaryBytes);
}

/** What the action needs of the runner: the toolkit, the environment, files and signals. */
export interface ActionHost {
  core: Pick<
    typeof core,
    | 'getInput'
    | 'setOutput'
    | 'setFailed'
    | 'setSecret'
    | 'info'
    | 'warning'
    | 'error'
    | 'notice'
    | 'debug'
  >;
  /** Appends to the job summary (GITHUB_STEP_SUMMARY). */
  writeSummary: (markdown: string) => Promise<void>;
  env: NodeJS.ProcessEnv;
  cwd: () => string;
  /** Reads a UTF-8 file the runner wrote (the event payload). */
  readFile: (file: string) => string;
  /** The raw log, for the checks' collapsible groups. */
  stdout: (text: string) => void;
  onTermination: typeof onTermination;
  setExitCode: (code: number) => void;
}

/** The runner as it is: @actions/core, this process's environment and signals. */
const runnerHost = (): ActionHost => ({
  core,
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
  env: process.env,
  cwd: () => process.cwd(),
  readFile: (file) => readFileSync(file, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  onTermination,
  setExitCode: (code) => {
    process.exitCode = code;
  },
});

/** The action on the runner: what dist/index.js starts. */
export const run = (): Promise<void> => runAction(runnerHost());

/** The GitHub side of the sign-off as the run goes: what a cancellation or a crash completes. */
interface SignoffState {
  signoff?: SignoffContext;
  checkRun?: CheckRunHandle;
  /** The create in flight, and what it creates: a cancellation completes it even unanswered. */
  opening?: { start: CheckRunStart; done: Promise<CheckRunHandle | undefined> };
}

/** A cancelled workflow must not leave the check run in progress. */
async function completeCancelled(state: SignoffState, signal: string): Promise<void> {
  const { signoff, checkRun, opening } = state;
  if (!signoff || (!checkRun && !opening)) return;
  const { failCheckRun } = await import('./github/signoff.ts');
  const { deadlineIn } = await import('./github/deadline.ts');
  const deadline = deadlineIn(CANCEL_BUDGET_MS, 'Completing the cancelled check run');
  const handle =
    checkRun ??
    (opening &&
      (await Promise.race([
        opening.done,
        sleep(PENDING_CREATE_WAIT_MS).then(() => state.opening?.start),
      ])));
  if (!handle) return;
  await failCheckRun(
    signoff,
    handle,
    `The workflow run was cancelled (${signal}).`,
    'cancelled',
    deadline,
  );
}

/** The check run shows as running before the checks start. */
async function openCheckRunEarly(
  state: SignoffState,
  signoff: SignoffContext,
  name: string,
  deadlineMs: number,
): Promise<void> {
  const { checkRunStart, openCheckRun } = await import('./github/signoff.ts');
  const { deadlineIn } = await import('./github/deadline.ts');
  const start = checkRunStart(signoff, name);
  const done = openCheckRun(signoff, start, deadlineIn(deadlineMs, 'Creating the check run'));
  state.opening = { start, done };
  state.checkRun = await done;
  state.opening = undefined;
}

/** The config, or why it cannot be read: the check run is opened either way. */
async function loadConfigOrProblem(
  host: ActionHost,
  { workspace, root }: { workspace: string; root: string },
  inputs: ActionInputs,
): Promise<{ loaded: LoadedConfig } | { problem: Error }> {
  try {
    const loaded = await loadConfig({
      root,
      rootName: 'working-directory',
      file: inputs.config,
      fileWithin: {
        dir: workspace,
        dirName: 'the workspace',
        fileName: `Input '${INPUTS.config}'`,
      },
      env: host.env,
    });
    return { loaded };
  } catch (error) {
    return { problem: error instanceof Error ? error : new Error(errorMessage(error)) };
  }
}

interface RunContext {
  host: ActionHost;
  inputs: ActionInputs;
  root: string;
  github: GitHubContext | undefined;
  redactor: Redactor;
  logger: Logger;
}

/** What every run of the checklist here shares: the job, the environment, the log, masking. */
function checklistRunOptions({
  host,
  redactor,
  logger,
}: RunContext): Pick<
  ShipgateOptions,
  'job' | 'env' | 'observer' | 'redactor' | 'maskSecret' | 'warn' | 'info'
> {
  const job = host.env.GITHUB_JOB;
  return {
    ...(job ? { job } : {}),
    env: host.env,
    observer: actionsLogProgress((text) => host.stdout(redactor.text(text))),
    redactor,
    maskSecret: (value) => host.core.setSecret(value),
    warn: (message) => logger.warning(message),
    info: (message) => logger.info(message),
  };
}

/** The report to sign off: the shards' reports merged, or the checklist run here. */
async function checklistReport(
  context: RunContext,
  loaded: LoadedConfig,
  phase: Exclude<ActionInputs['phase'], 'monitor'>,
): Promise<Report> {
  const { host, inputs, root, github, redactor } = context;
  const job = host.env.GITHUB_JOB;
  const headSha = github ? signoffTarget(github).headSha : undefined;
  if (inputs.reports) {
    // Loaded only to merge: the report schema that reads the shards' reports is not a cost
    // of every start.
    const { mergeReportGlob } = await import('./merge-shipgate.ts');
    const { triggeringRun } = await import('./github/workflow-run.ts');
    const triggering = github ? triggeringRun(github.eventName, github.payload) : undefined;
    return mergeReportGlob(inputs.reports, root, {
      now: () => new Date(),
      ...(inputs.reportsExpected ? { expected: inputs.reportsExpected } : {}),
      ...(headSha ? { commit: headSha } : {}),
      ...(job ? { job } : {}),
      ...(triggering ? { triggeringRun: triggering } : {}),
      redactor,
    });
  }
  if (github?.eventName === 'workflow_run') {
    throw new UsageError(
      "On workflow_run, Shipgate publishes the triggering run's reports and runs no checks: set the reports input (see the README's fork-safe workflows).",
    );
  }
  const deployment = github ? deploymentFromEvent(github.eventName, github.payload) : {};
  const base = github ? changeBase(github) : undefined;
  return runShipgate({
    root,
    loaded,
    phase,
    ...(inputs.only ? { only: inputs.only } : {}),
    ...(headSha ? { commit: headSha } : {}),
    ...checklistRunOptions(context),
    ...(deployment.url ? { deploymentUrl: deployment.url } : {}),
    // The deployment must run the commit under review: the PR head, or the deployed sha.
    ...(headSha ? { expectedRevision: headSha } : {}),
    ...(base ? { base } : {}),
  });
}

/** The job summary's Markdown, also the `markdown` output's file. */
function summaryMarkdown(report: Report, { inputs, github }: RunContext): string {
  const headSha = github ? signoffTarget(github).headSha : undefined;
  return withinBytes(
    (budget) =>
      renderMarkdown(report, {
        ...SURFACES.jobSummary,
        budget,
        fullReportHint: `the JSON report (${inputs.report})`,
        ...(github?.runUrl ? { runUrl: github.runUrl } : {}),
        ...(inputs.reportUrl ? { reportUrl: inputs.reportUrl } : {}),
        ...(github && headSha ? { blobBase: blobBase(github, headSha) } : {}),
      }),
    BUDGETS.jobSummaryBytes,
  );
}

/** The comment, the check run's completion and their outputs; annotations in the log. */
async function publishToGitHub(
  host: ActionHost,
  state: SignoffState,
  signoff: SignoffContext,
  settings: ReturnType<typeof signoffSettings>,
  report: Report,
): Promise<void> {
  const { publishSignoff } = await import('./github/signoff.ts');
  const published = await publishSignoff(
    signoff,
    settings,
    report,
    state.checkRun,
    settings.deadline,
  );
  state.checkRun = undefined; // completed, or reported as impossible: never touched again
  if (published.commentUrl) host.core.setOutput(OUTPUTS.commentUrl, published.commentUrl);
  if (published.checkRunUrl) host.core.setOutput(OUTPUTS.checkRunUrl, published.checkRunUrl);
  for (const { command, message, properties } of published.logAnnotations) {
    host.core[command](message, properties);
  }
}

/**
 * The action: read inputs → open the check run → run the checklist → write the report,
 * SARIF, summary, comment and outputs → fail the step on a failing verdict. Everything of
 * the runner comes in through `host`: a test gives it a fake per scenario.
 */
export async function runAction(host: ActionHost): Promise<void> {
  // Seeded with the runner's tokens; every value a check masks joins it during the run.
  const redactor = new Redactor(runnerTokens(host.env));
  const logger = actionLogger(host, redactor);
  const state: SignoffState = {};
  // A cancelled workflow must not leave the check run in progress (nor the tools running).
  const termination = host.onTermination(
    (signal) => completeCancelled(state, signal),
    CANCEL_BUDGET_MS + 500,
  );
  try {
    const inputs = readInputs((name) => host.core.getInput(name));
    const workspace = host.env.GITHUB_WORKSPACE ?? host.cwd();
    const root = path.resolve(workspace, inputs.workingDirectory);
    // The event is read once, here. Outside GitHub Actions (local-action) there is none.
    const github = host.env.GITHUB_REPOSITORY
      ? readGitHubContext(host.env, host.readFile)
      : undefined;
    if (!github) logger.warning('GITHUB_REPOSITORY is not set: no comment or check run.');
    const context: RunContext = { host, inputs, root, github, redactor, logger };

    // The check run must show as running before the checks start, and its name is in the
    // config: load it first. A config that cannot be read still gets its check run, named
    // by the input or the default, completed as a failure that says why.
    const config = await loadConfigOrProblem(host, { workspace, root }, inputs);
    const loaded = 'loaded' in config ? config.loaded : undefined;
    const settings = signoffSettings(loaded?.config.signoff, inputs);
    const signoff = github
      ? await connectGitHub(github, inputs.githubToken, logger, settings.deadline, inputs.reportUrl)
      : undefined;
    state.signoff = signoff;
    if (signoff && settings['check-run'] !== false && inputs.phase !== 'monitor') {
      await openCheckRunEarly(state, signoff, settings['check-run'], settings.deadline);
    }
    if ('problem' in config) throw config.problem;
    if (inputs.phase === 'monitor') {
      await monitor(
        context,
        config.loaded,
        signoff,
        settings['comment-author'],
        () => termination.stopping,
      );
      return;
    }
    const report = await checklistReport(context, config.loaded, inputs.phase);
    if (termination.stopping) return; // cancelled: the tools were killed, nothing to sign off

    const markdown = summaryMarkdown(report, context);
    const written = await writeFilesAndOutputs(host, report, root, inputs, markdown);
    await writeJobSummary(host, markdown);
    if (signoff) await publishToGitHub(host, state, signoff, settings, report);
    concludeVerdict(host, report, written);
  } catch (error) {
    // A usage error says all there is to say; anything else is a bug, whose report needs
    // the trace (in src/, through the bundle's source maps).
    if (!(error instanceof UsageError)) logger.info(errorTrace(error));
    await reportCrash(host, redactor.text(errorMessage(error)), state.signoff, state.checkRun);
    // The CLI's contract: 2 is bad usage or an invalid config, which no rerun fixes.
    if (error instanceof UsageError) host.setExitCode(2);
  } finally {
    // Cancelled: the cleanup completes the check run and exits; returning before it is done
    // would let the entry's exit timer end the process first, with the check run open.
    if (termination.stopping) await termination.stopped;
  }
}
