import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import type { Status } from '../../src/core/model.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { decodeHistory } from '../../src/monitor/document.ts';
import type { MonitorGitHub } from '../../src/monitor/github.ts';
import { incidentMarker } from '../../src/monitor/incident-text.ts';
import { publishMonitor } from '../../src/monitor/publish.ts';
import { check, report } from '../github/fixtures.ts';
import { startGitHubApi, type GitHubApi } from '../support/github-api.ts';

/** The monitor's GitHub side in-process, against the loopback API, on reports built by hand. */

const CONFIG = `
post:
  targets:
    - name: backend
      url: https://api.example.com
      probes: [{ type: health, path: /health }]
monitor:
  open-after: 1
  assignees: [someone-else]
`;

function config(): Config {
  const parsed = parseConfigText(CONFIG, 'shipgate.yml');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
}

let minute = 0;
/** A monitor run's report: the backend's health probe with `status`, a minute after the last. */
function run(status: Status) {
  minute++;
  return {
    ...report([
      check({
        id: 'post/backend/health/health',
        phase: 'post',
        kind: 'health',
        title: 'backend: health /health',
        status,
        summary: status === 'pass' ? '200 in 40ms' : 'status 503, expected 200',
        metrics: { latencyMs: 40 },
      }),
    ]),
    startedAt: new Date(Date.UTC(2026, 11, 2, 12, minute)).toISOString(),
  };
}

let api: GitHubApi;
let warnings: string[];
const logger = {
  info: () => {},
  debug: () => {},
  warning: (message: string) => warnings.push(message),
};
/** A client of its own per run, as each workflow run has. */
const connect = (): MonitorGitHub => ({
  octokit: createOctokit({
    token: 'ghs_test_token',
    baseUrl: api.url,
    logger,
    retryAfterBaseValue: 1,
  }),
  repo: { owner: 'o', repo: 'r' },
  logger,
  author: 'github-actions[bot]',
});
beforeEach(async () => {
  api = await startGitHubApi({ token: 'ghs_test_token' });
  warnings = [];
});
afterEach(async () => {
  expect(api.problems).toEqual([]);
  await api.close();
});

const publish = (status: Status, key: string, settleMs = 100) => {
  const { post, monitor } = config();
  return publishMonitor(connect(), { report: run(status), post, monitor, key, settleMs });
};
const statusHistory = () =>
  decodeHistory(api.issues.find((issue) => issue.labels.includes('shipgate-status'))!.body).history;

describe('the monitor on GitHub', () => {
  it('keeps every sample when runs write the status issue at the same time', async () => {
    await publish('pass', 'first');
    // plugin-throttling spaces one process's writes 1 s apart: each run reads the issue, then
    // writes a second or two later, after another run has written. Each overwrites the last.
    await Promise.all(['a', 'b', 'c'].map((key) => publish('pass', key, 2_500)));
    const history = statusHistory();
    expect(history.runs?.sort()).toEqual(['a', 'b', 'c', 'first']);
    expect(history.targets.backend?.buckets).toHaveLength(4);
    expect(api.issues).toHaveLength(1);
  });

  it('opens the incident unassigned when GitHub refuses the assignees, and says why', async () => {
    await publish('fail', 'down');
    const incident = api.issues.find((issue) => issue.labels.includes('shipgate-incident'));
    expect(incident).toMatchObject({ state: 'open', assignees: [] });
    expect(warnings.join('\n')).toMatch(
      /refused the assignees someone-else \(monitor\.assignees\)/,
    );
    expect(statusHistory().targets.backend?.incident.issue?.number).toBe(incident?.number);
  });

  it('never opens a second incident for a target, even when the history was lost', async () => {
    await publish('fail', 'down');
    const status = api.issues.find((issue) => issue.labels.includes('shipgate-status'))!;
    status.body = '<!-- shipgate:status -->\nedited by hand';
    await publish('fail', 'still down');
    const incidents = api.issues.filter((issue) => issue.labels.includes('shipgate-incident'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.body.startsWith(incidentMarker('backend'))).toBe(true);
    expect(api.comments.filter((c) => c.issue === incidents[0]?.number)).toHaveLength(1);
    expect(statusHistory().targets.backend?.incident.issue?.number).toBe(incidents[0]?.number);
  });

  it('without issues: write, warns naming the permission and publishes nothing', async () => {
    api.permissions.issues = false;
    const published = await publish('fail', 'denied');
    expect(published).toEqual({ outcomes: [] });
    expect(warnings.join('\n')).toMatch(/lacks `issues: write`/);
    expect(api.issues).toEqual([]);
  });
});
