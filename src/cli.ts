#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import path from 'node:path';
import { styleText } from 'node:util';
import { parseCliArgs, USAGE, type CliCommand } from './cli/args.ts';
import { loadConfig } from './config/load.ts';
import { onTermination } from './engine/termination.ts';
import { terminalProgress } from './progress/terminal.ts';
import type { Report } from './core/model.ts';
import { renderReport } from './report/render.ts';
import { runShipgate, type ShipgateOptions } from './run-shipgate.ts';
import { baselinePath } from './baseline/load.ts';
import { writeBaseline } from './baseline/write.ts';
import { errorMessage, UsageError } from './util/errors.ts';
import { Redactor, runnerTokens } from './util/redact.ts';
import { VERSION } from './version.ts';
import { sarifJson } from './output/files.ts';
import { writeOutputs } from './output/write.ts';

/**
 * Seeded with the runner's tokens (a CLI run inside a workflow has them); every value a check
 * masks joins it. Standard error and the report pass through it.
 */
const redactor = new Redactor(runnerTokens(process.env));
const writeError = (text: string) => process.stderr.write(redactor.text(text));

/**
 * True when standard output goes where the progress went: the same terminal, file or pipe
 * as standard error, or a CI log that merges both. The text report then does not list again
 * the checks whose lines the reader has just seen.
 */
function progressSeen(): boolean {
  try {
    const [out, err] = [fstatSync(1), fstatSync(2)];
    if (out.dev === err.dev && out.ino === err.ino) return true;
  } catch {
    return false;
  }
  return Boolean(process.env.CI) && !process.stdout.isTTY && !process.stderr.isTTY;
}

/** `shipgate merge`: the shards' reports as one. The report schema is loaded only here. */
async function mergeShards(
  args: Extract<CliCommand, { command: 'merge' }>,
  job: string | undefined,
  redactor: Redactor,
): Promise<Report> {
  const { mergeReportFiles } = await import('./merge-shipgate.ts');
  return mergeReportFiles(args.files, {
    expected: args.expected,
    now: () => new Date(),
    ...(args.commit ? { commit: args.commit } : {}),
    ...(job ? { job } : {}),
    redactor,
  });
}

/** The checklist on the repository, with progress on standard error. */
async function runChecklist(
  args: Omit<Extract<CliCommand, { command: 'run' }>, 'command' | 'format'>,
  job: string | undefined,
  extra: Pick<ShipgateOptions, 'judgeEverything'> = {},
): Promise<Report> {
  const root = path.resolve(args.root ?? process.cwd());
  const live = Boolean(process.stderr.isTTY) && !process.env.CI;
  const progress = terminalProgress(writeError, live);
  onTermination((signal) => {
    progress.stop();
    writeError(`shipgate: cancelled (${signal}); the tools it started were stopped\n`);
    return Promise.resolve();
  });
  const loaded = await loadConfig({
    root,
    rootName: '--root',
    file: args.config,
    env: process.env,
  });
  return runShipgate({
    root,
    loaded,
    phase: args.phase,
    env: process.env,
    observer: progress,
    redactor,
    warn: (message) => writeError(`shipgate: warning: ${message}\n`),
    ...extra,
    info: (message) => process.stderr.write(`shipgate: ${message}\n`),
    ...(args.only ? { only: args.only } : {}),
    ...(args.commit ? { commit: args.commit } : {}),
    ...(job ? { job } : {}),
    ...(args.url !== undefined ? { deploymentUrl: args.url } : {}),
    ...(args.revision !== undefined ? { expectedRevision: args.revision } : {}),
    ...(args.base !== undefined ? { base: { ref: args.base, fetch: false } } : {}),
  }).finally(() => progress.stop());
}

/** `shipgate baseline`: the pre-deploy gates, every finding new, written to the baseline file. */
async function baseline(args: Extract<CliCommand, { command: 'baseline' }>): Promise<number> {
  const root = path.resolve(args.root ?? process.cwd());
  const { config } = await loadConfig({
    root,
    rootName: '--root',
    file: args.config,
    env: process.env,
  });
  const file = args.out ?? baselinePath(config);
  if (file === undefined) {
    throw new UsageError('The config says baseline: false; name the file to write with --out.');
  }
  const report = await runChecklist(
    { phase: 'pre', ...(args.config ? { config: args.config } : {}), root },
    undefined,
    { judgeEverything: true },
  );
  const written = await writeBaseline(root, file, report, { prune: args.prune });
  writeError(`Shipgate baseline: ${written.message}\n`);
  return written.uncovered.some((check) => check.status === 'error') ? 1 : 0;
}

/** The CLI entry: wires arguments, the terminal and files to runShipgate or the merge. Exit 0/1/2. */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (args.command === 'baseline') return baseline(args);
  const job = args.job ?? process.env.GITHUB_JOB;
  const report =
    args.command === 'merge'
      ? await mergeShards(args, job, redactor)
      : await runChecklist(args, job);
  const rendered = renderReport(
    report,
    args.format,
    args.out
      ? {}
      : {
          // styleText checks the stream: colour on a terminal, none with NO_COLOR or when piped.
          style: (format, text) => styleText(format, text, { stream: process.stdout }),
          progressShown: progressSeen(),
        },
  );
  const written = await writeOutputs([
    ...(args.sarif
      ? [{ kind: 'sarif' as const, path: args.sarif, text: () => sarifJson(report) }]
      : []),
    ...(args.out ? [{ kind: 'report' as const, path: args.out, text: () => rendered }] : []),
  ]);
  if (written.paths.sarif) writeError(`Shipgate: SARIF written to ${args.sarif}\n`);
  if (written.paths.report) {
    writeError(`Shipgate: ${report.verdict} · report written to ${args.out}\n`);
  }
  if (!args.out) process.stdout.write(rendered);
  for (const problem of written.problems) writeError(`shipgate: ${problem}\n`);
  // A path that cannot take its file is bad usage, whatever the verdict.
  if (written.problems.length) return 2;
  return report.verdict === 'pass' ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeError(`shipgate: ${errorMessage(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
