import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/cli.ts';

export const BUNDLED_ACTION = path.join(REPO_ROOT, 'dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string;
  outputs: Record<string, string>;
  summary: string;
  wallMs: number;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/**
 * Runs the bundled action the way a runner does: a fresh Node 24 process with INPUT_*
 * variables (hyphens kept), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, and GITHUB_API_URL pointing at the loopback API. No proxy, no inherited GITHUB_*.
 */
export async function runAction(options: {
  apiUrl: string;
  workspace: string;
  eventName: string;
  payload: object;
  inputs?: Record<string, string>;
  sha?: string;
  /** GITHUB_JOB: the job's id in the workflow. */
  job?: string;
  /** GITHUB_RUN_ID (default 42): successive runs of a scheduled workflow differ. */
  runId?: number;
  /** More of the step's environment: the workflow's `env:`, or what the runner adds. */
  env?: Record<string, string>;
  /** Called once the process has started, e.g. to cancel it as a runner would. */
  whileRunning?: (child: ChildProcess) => Promise<void>;
}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shipgate-runner-'));
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
  };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs = {
    'github-token': 'ghs_test_token',
    config: '',
    phase: 'all',
    'working-directory': '.',
    report: 'shipgate-report.json',
    sarif: '',
    comment: '',
    'comment-key': '',
    'comment-author': '',
    'check-run': '',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_RUN_ID: String(options.runId ?? 42),
    GITHUB_JOB: options.job ?? 'shipgate',
    GITHUB_WORKSPACE: options.workspace,
    // The runner's scratch directory, one per job (the sign-off markdown is written there).
    RUNNER_TEMP: dir,
    ...options.env,
  };
  const started = performance.now();
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLED_ACTION], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('error', reject);
      child.once('close', (exit) => resolve({ code: exit, stdout: out }));
      options.whileRunning?.(child).catch(reject);
    },
  );
  const outputFile = await readFile(files.output, 'utf8');
  return {
    code,
    stdout,
    outputFile,
    outputs: parseOutputs(outputFile),
    summary: await readFile(files.summary, 'utf8'),
    wallMs: performance.now() - started,
  };
}
