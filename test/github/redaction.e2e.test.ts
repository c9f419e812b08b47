import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, scratchRepo } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';
import { runAction } from './run-action.ts';

/**
 * Trust, class 1: no secret reaches a published surface. The bundled action runs a pull
 * request's config whose command and tools print every secret the job holds.
 */

const TOKEN = 'ghs_e2eRedactionToken0123456789abcdef';
const RUNTIME_TOKEN = 'runtime-token-4b1d6f0e9c2a';
const OIDC_TOKEN = 'oidc-request-token-7e3a9d52c8b1';
// An identifier, so that flake8 quotes it in a finding (F821), hence in annotations and SARIF.
const DEPLOY_KEY = 'deployKey9f8e7d6c5b4a';
const DB_PASSWORD = 'db-pass-2026-Qx7';
const DATABASE_URL = `postgres://crm:${DB_PASSWORD}@db.example.com:5432/crm?sslmode=require`;
const URL_PASSWORD = 'url-pass-5150-zz';

const SECRETS = [TOKEN, RUNTIME_TOKEN, OIDC_TOKEN, DEPLOY_KEY, DB_PASSWORD, URL_PASSWORD];

const CONFIG = `pre:
  gates:
    secrets: { required-env: [DEPLOY_KEY], scan: false }
    database-tls: true
    https-urls: { path: . }
    flake8: { path: . }
  commands:
    - name: Leaky
      run: |
        echo "key: $DEPLOY_KEY, base64: $(printf %s "$DEPLOY_KEY" | base64)"
        echo "db: $DATABASE_URL, password alone: ${DB_PASSWORD}"
        echo "url password alone: ${URL_PASSWORD}"
        echo "token as printed by a tool that knew it: ${TOKEN}"
        env | grep -E '^(INPUT_|ACTIONS_|GITHUB_(TOKEN|OUTPUT|STEP_SUMMARY|ENV|PATH|STATE)=)' || echo "no runner variables"
        exit 1
`;

const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: '1'.repeat(40), ref: 'feature', repo: { full_name: 'o/r' } },
    base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
  repository: { name: 'r', full_name: 'o/r', owner: { login: 'o' } },
};

const leaks = (surface: string) => SECRETS.filter((secret) => surface.includes(secret));

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN });
});
afterEach(async () => {
  expect(api.problems).toEqual([]);
  await api.close();
});

async function leakyRepo(): Promise<string> {
  return scratchRepo({
    '.github/shipgate.yml': CONFIG,
    'leak.py': `print(${DEPLOY_KEY})\n`,
    '.env.production': `NEXT_PUBLIC_API_URL=http://api:${URL_PASSWORD}@api.example.com/v1\n`,
  });
}

describe('no secret reaches a published surface', () => {
  it('masks what the job holds on the comment, check run, annotations, summary, report, SARIF and outputs', async () => {
    const repo = await leakyRepo();
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { 'github-token': TOKEN, sarif: 'shipgate.sarif' },
      env: {
        DEPLOY_KEY,
        DATABASE_URL,
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
      },
    });
    expect(run.code, run.stdout).toBe(1);
    const report = await readFile(path.join(repo, 'shipgate-report.json'), 'utf8');
    const sarif = await readFile(path.join(repo, 'shipgate.sarif'), 'utf8');
    const [checkRun] = api.checkRuns;
    const surfaces = {
      comment: api.comments.map((comment) => comment.body).join('\n'),
      checkRunOutput: JSON.stringify(checkRun?.output),
      annotations: JSON.stringify(checkRun?.annotations),
      summary: run.summary,
      report,
      sarif,
      outputs: run.outputFile,
      // core.setSecret announces each value to the runner with ::add-mask::, by design.
      log: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    };
    for (const [surface, text] of Object.entries(surfaces))
      expect(leaks(text), surface).toEqual([]);

    // What was printed is still there, with the secrets cut out of it.
    const leaky = (
      JSON.parse(report) as { checks: { id: string; evidence?: string }[] }
    ).checks.find((check) => check.id === 'pre/command/leaky');
    expect(leaky?.evidence).toContain('key: ***, base64: ***');
    // DATABASE_URL is masked whole: it is a secret in its own right.
    expect(leaky?.evidence).toContain('db: ***, password alone: ***');
    expect(leaky?.evidence).toContain('url password alone: ***');
    // The command ran with an ordinary step's environment: no runner variable at all.
    expect(leaky?.evidence).toContain('no runner variables');
    expect(surfaces.annotations).toContain("undefined name '***'");
    expect(report).toContain('NEXT_PUBLIC_API_URL is http://***@api.example.com/v1');
  });

  it('masks them on the CLI’s standard output and error, and in its report and SARIF', async () => {
    const repo = await leakyRepo();
    const env = {
      DEPLOY_KEY,
      DATABASE_URL,
      GITHUB_TOKEN: TOKEN,
      ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
    };
    const text = await runCli(['run', '--phase', 'pre', '--sarif', 'out.sarif'], {
      cwd: repo,
      env,
    });
    const json = await runCli(['run', '--phase', 'pre', '--format', 'json'], { cwd: repo, env });
    expect(text.code, text.stderr).toBe(1);
    expect(json.code, json.stderr).toBe(1);
    const sarif = await readFile(path.join(repo, 'out.sarif'), 'utf8');
    for (const [surface, output] of Object.entries({
      stdout: text.stdout,
      stderr: text.stderr,
      json: json.stdout,
      sarif,
    })) {
      expect(leaks(output), surface).toEqual([]);
    }
    expect(json.stdout).toContain('no runner variables');
  });
});
