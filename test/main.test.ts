import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionHost } from '../src/main.ts';
import { scratchRepo } from './support/cli.ts';
import { startGitHubApi, type GitHubApi } from './support/github-api.ts';

/**
 * The action's sequence with a fake runner per scenario: inputs from a record, every call to
 * the toolkit recorded, signals in the test's hands. GitHub is the loopback API.
 */

const HEAD = '1'.repeat(40);
const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'o/r' } },
    base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
  repository: { name: 'r', full_name: 'o/r', owner: { login: 'o' } },
};
const PASSING = 'pre:\n  commands:\n    - name: Migrations ready\n      run: "true"\n';
const FAILING = 'pre:\n  commands:\n    - name: Migrations ready\n      run: "exit 3"\n';

interface FakeRunner {
  host: ActionHost;
  outputs: Record<string, string>;
  failed: string[];
  log: string[];
  summary: string[];
  exitCode?: number;
  /** What the action asked to run when a signal comes. */
  cancel?: (signal: 'SIGINT' | 'SIGTERM') => Promise<void>;
}

function fakeRunner(options: {
  workspace: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** The workflow was cancelled while the checks ran. */
  cancelled?: boolean;
}): FakeRunner {
  const runner: FakeRunner = { outputs: {}, failed: [], log: [], summary: [] } as never;
  const line = (kind: string) => (message: string | Error) =>
    void runner.log.push(`${kind}: ${String(message)}`);
  runner.host = {
    core: {
      getInput: (name) => options.inputs?.[name] ?? '',
      setOutput: (name, value) => void (runner.outputs[name] = String(value)),
      setFailed: (message) => void runner.failed.push(String(message)),
      setSecret: () => {},
      info: line('info'),
      warning: line('warning'),
      error: line('error'),
      notice: line('notice'),
      debug: () => {},
    },
    writeSummary: (markdown) => Promise.resolve(void runner.summary.push(markdown)),
    env: {
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_STEP_SUMMARY: 'fake',
      RUNNER_TEMP: options.workspace,
      PATH: process.env.PATH,
      ...options.env,
    },
    cwd: () => options.workspace,
    readFile: (file) => readFileSync(file, 'utf8'),
    stdout: () => {},
    onTermination: (cleanup) => {
      runner.cancel = cleanup;
      return { stopping: options.cancelled ?? false, stopped: Promise.resolve() };
    },
    setExitCode: (code) => void (runner.exitCode = code),
  };
  return runner;
}

let api: GitHubApi | undefined;
afterEach(async () => {
  expect(api?.problems ?? []).toEqual([]);
  await api?.close();
  api = undefined;
});

/** The environment of a pull_request run against the loopback API. */
async function onPullRequest(): Promise<NodeJS.ProcessEnv> {
  api = await startGitHubApi({ token: 'ghs_test_token' });
  const dir = await mkdtemp(path.join(tmpdir(), 'shipgate-event-'));
  await writeFile(path.join(dir, 'event.json'), JSON.stringify(pullRequestEvent));
  return {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '2'.repeat(40),
    GITHUB_RUN_ID: '42',
  };
}

describe('runAction', () => {
  it('fails with exit code 2 and a summary naming the key path on an invalid config', async () => {
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': 'concurrency: lots\n' }),
    });
    await runAction(runner.host);
    expect(runner.exitCode).toBe(2);
    expect(runner.failed.join('\n')).toContain('concurrency');
    expect(runner.summary.join('')).toContain('## 💥 Shipgate could not run');
    expect(runner.outputs.verdict).toBeUndefined();
  });

  it('traces a crash of its own in the step log, through the redactor, beside its message', async () => {
    const token = 'ghs_runner_token_Xy9q2LmP';
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': PASSING }),
      env: { GITHUB_TOKEN: token },
    });
    const { getInput } = runner.host.core;
    function readPhase(name: string): string {
      if (name === 'phase') throw new TypeError(`no phase for ${token}`);
      return getInput(name);
    }
    runner.host.core.getInput = readPhase;
    await runAction(runner.host);
    const log = runner.log.join('\n');
    expect(log).toContain('info: TypeError: no phase for ***');
    // Where it crashed, in Shipgate's sources.
    expect(log).toMatch(/at readInputs \(.*src\/action\/inputs\.ts:\d+:\d+\)/);
    expect(log).not.toContain(token);
    expect(runner.failed).toEqual(['no phase for ***']);
  });

  it('traces no usage error: its message says all there is to say', async () => {
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': 'concurrency: lots\n' }),
    });
    await runAction(runner.host);
    expect(runner.log.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('signs off in the job summary only, and passes, without a token', async () => {
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': PASSING }),
      env: await onPullRequest(),
    });
    await runAction(runner.host);
    expect(runner.log).toContain(
      'info: No github-token: the sign-off goes to the job summary only.',
    );
    expect(api?.calls).toEqual([]);
    expect(runner.failed).toEqual([]);
    expect(runner.summary.join('')).toContain('Shipgate passed');
    expect(runner.outputs).toMatchObject({ verdict: 'pass', failed: '0', errors: '0' });
  });

  it('on a read-only token (403 on create), warns naming the permission and fails on the verdict alone', async () => {
    const env = await onPullRequest();
    api!.permissions = { checks: false, pullRequests: false };
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': FAILING }),
      inputs: { 'github-token': 'ghs_test_token' },
      env,
    });
    await runAction(runner.host);
    expect(api?.calls.map((call) => `${call.operationId} ${call.status}`)).toContain(
      'checks/create 403',
    );
    expect(runner.log.join('\n')).toMatch(
      /^warning: Shipgate could not create the check run: the token lacks `checks: write`/m,
    );
    expect(runner.failed).toHaveLength(1);
    expect(runner.failed[0]).toMatch(/^Shipgate verdict: fail/);
    expect(runner.exitCode).toBeUndefined();
    expect(runner.outputs['check-run-url']).toBeUndefined();
  });

  it('publishes nothing once cancelled, and its cleanup completes the check run as cancelled', async () => {
    const runner = fakeRunner({
      workspace: await scratchRepo({ '.github/shipgate.yml': PASSING }),
      inputs: { 'github-token': 'ghs_test_token' },
      env: await onPullRequest(),
      cancelled: true,
    });
    await runAction(runner.host);
    expect(api?.checkRuns[0]).toMatchObject({ status: 'in_progress' });
    expect(api?.comments).toEqual([]);
    expect(runner.summary).toEqual([]);
    await runner.cancel?.('SIGTERM');
    expect(api?.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });
});
