import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Report } from '../../src/core/model.ts';
import { reportSchema } from '../../src/core/report-schema.ts';
import { formatDuration } from '../../src/util/duration.ts';
import { scratchRepo } from '../support/cli.ts';
import { startGitHubApi, type GitHubApi, type Issue } from '../support/github-api.ts';
import { closeAll, serve, type TestServer } from '../support/servers.ts';
import { BUNDLED_ACTION, runAction, type ActionRun } from '../github/run-action.ts';

/**
 * The bundled action in `phase: monitor`, run as a scheduled workflow runs it, again and again
 * against one loopback GitHub API and a target that is up, down, slow and up again.
 */

type Mode = 'up' | 'down' | 'slow';
let mode: Mode = 'up';
let target: TestServer;
let webhook: TestServer;
const announced: string[] = [];
let api: GitHubApi;
let repo: string;

// Far beyond the objective, so that a loaded machine's "up" stays under it.
const SLOW_MS = 1200;
const WEBHOOK_PATH = '/services/T000/B000/webhook-secret-token';

const config = (url: string) => `
post:
  targets:
    - name: backend
      url: ${url}
      probes:
        - { type: health, path: /health, expect: { status: 200 } }
        - { type: latency, path: /health, requests: 10, p95: 1s, error-rate: 10% }
monitor:
  wait: 2s # longer than SLOW_MS: a slow target is ready, only slow
  slo: { uptime: 40%, p95: 1s, error-rate: 20% }
  open-after: 2
  close-after: 1
  labels: [incident, backend]
  assignees: [oncall]
  rollback:
    backend:
      text: "Render: Events → the last good deploy → Rollback"
      links: [{ title: Render dashboard, url: "https://dashboard.render.com/web/srv-1" }]
  notify: { webhook-env: INCIDENT_WEBHOOK }
`;

beforeAll(async () => {
  if (!existsSync(BUNDLED_ACTION))
    throw new Error('dist/index.js is missing: run `npm run bundle` first');
  target = await serve((request, response) => {
    if (mode === 'down') return void request.socket.destroy();
    const answer = () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
    };
    if (mode === 'slow') setTimeout(answer, SLOW_MS);
    else answer();
  });
  webhook = await serve((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === WEBHOOK_PATH) {
        announced.push((JSON.parse(body) as { text: string }).text);
        response.writeHead(200).end('ok');
      } else response.writeHead(404).end();
    });
  });
  api = await startGitHubApi({ token: 'ghs_test_token' });
  api.assignable.add('oncall');
  repo = await scratchRepo({ '.github/shipgate.yml': config(target.url) });
});
afterAll(async () => {
  await api.close();
  await closeAll();
});

let runId = 0;
const reports: Report[] = [];

/** One scheduled run of the monitor, with the target in `next` mode. */
async function monitorRun(next: Mode): Promise<ActionRun> {
  mode = next;
  runId++;
  const run = await runAction({
    apiUrl: api.url,
    workspace: repo,
    eventName: 'schedule',
    payload: { schedule: '*/5 * * * *' },
    runId,
    inputs: { phase: 'monitor', report: `reports/run-${runId}.json` },
    env: { INCIDENT_WEBHOOK: `${webhook.url}${WEBHOOK_PATH}` },
  });
  const written = await readFile(path.join(repo, `reports/run-${runId}.json`), 'utf8');
  reports.push(reportSchema.parse(JSON.parse(written)));
  return run;
}

const labelled = (label: string) => api.issues.filter((issue) => issue.labels.includes(label));
const commentsOn = (issue: Issue | undefined) =>
  api.comments.filter((comment) => comment.issue === issue?.number);

describe('the monitor on a schedule', () => {
  it(
    'opens one incident after two failing runs, comments only on change, closes on recovery',
    { timeout: 120_000 },
    async () => {
      const up = await monitorRun('up');
      expect(up.code, up.stdout).toBe(0);
      expect(up.outputs.verdict).toBe('pass');
      const [status] = labelled('shipgate-status');
      expect(status?.body).toMatch(/^<!-- shipgate:status -->/);
      expect(up.summary).toContain('## 📈 Shipgate monitor');
      expect(up.summary).toContain(
        `[status issue](https://github.com/o/r/issues/${status?.number})`,
      );
      // A later step reads where the status issue is.
      expect(up.outputs['status-issue-url']).toBe(
        `https://github.com/o/r/issues/${status?.number}`,
      );

      // The step fails with the verdict: a scheduled run's owner gets GitHub's failure email.
      const down = await monitorRun('down');
      expect(down.code).toBe(1);
      expect(down.outputs.verdict).toBe('fail');
      expect(labelled('shipgate-incident')).toEqual([]);

      await monitorRun('down');
      const incidents = labelled('shipgate-incident');
      expect(incidents).toHaveLength(1);
      const incident = incidents[0]!;
      expect(incident).toMatchObject({
        title: 'Incident: backend is failing its monitor probes',
        state: 'open',
        labels: ['shipgate-incident', 'incident', 'backend'],
        assignees: ['oncall'],
      });
      expect(incident.body).toContain('<!-- shipgate:incident:backend -->');
      expect(incident.body).toContain('2 consecutive failing runs');
      expect(incident.body).toContain(
        'First failing run: [workflow run](https://github.com/o/r/actions/runs/2)',
      );
      expect(incident.body).toContain('**backend: health /health**');
      expect(incident.body).toContain('Render: Events → the last good deploy → Rollback');
      expect(incident.body).toContain(
        '- [Render dashboard](https://dashboard.render.com/web/srv-1)',
      );
      expect(announced).toEqual([
        `🔴 Incident opened: backend is failing (backend: health /health, backend: latency /health). https://github.com/o/r/issues/${incident.number}`,
      ]);

      // Still down, the same probes failing: nothing new to say.
      await monitorRun('down');
      expect(commentsOn(incident)).toEqual([]);

      // Up but slow: what fails changed (latency only), so one comment.
      await monitorRun('slow');
      expect(commentsOn(incident)).toHaveLength(1);
      expect(commentsOn(incident)[0]?.body).toContain('What fails has changed');
      expect(commentsOn(incident)[0]?.body).toContain('**backend: latency /health**');
      expect(commentsOn(incident)[0]?.body).toContain('over the p95 objective of 1.0s');

      const recovered = await monitorRun('up');
      expect(recovered.code).toBe(0);
      expect(incident.state).toBe('closed');
      expect(incident.state_reason).toBe('completed');
      const closing = commentsOn(incident)[1]?.body ?? '';
      expect(closing).toContain('🟢 Resolved');
      expect(closing).toMatch(/\*\*Duration:\*\* \d/);
      expect(closing).toContain('5 monitor runs during the incident, 4 failing');
      expect(commentsOn(incident)).toHaveLength(2);
      expect(announced).toHaveLength(2);
      expect(announced[1]).toMatch(
        new RegExp(
          `^🟢 Resolved: backend passes its monitor probes again after .+\\. https://github.com/o/r/issues/${incident.number}$`,
        ),
      );

      // Monitor runs post no comment and no check run; the webhook's URL is never printed.
      expect(api.checkRuns).toEqual([]);
      expect(api.issues).toHaveLength(2);
      for (const run of [up, down, recovered]) {
        const printed = run.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n');
        expect(printed).not.toContain('webhook-secret-token');
        expect(run.summary).not.toContain('webhook-secret-token');
      }
    },
  );

  it('shows uptime, p95, error rate and error budgets equal to a computation by hand', () => {
    const [status] = labelled('shipgate-status');
    // Six runs: up, down, down, down, slow, up. Up: runs 1 and 6 (slow fails its latency probe).
    // Requests: 10 latency requests when the target answers, 1 failed one when it does not.
    const requests = 10 + 1 + 1 + 1 + 10 + 10;
    const errors = 3;
    // Latencies: the latency probe's p95 of runs 1, 5 and 6 (down runs measure none); the
    // nearest-rank p95 of three values is the largest.
    const latencies = [reports[0], reports[4], reports[5]].map(
      (report) => report!.checks.find((check) => check.kind === 'latency')!.metrics.p95Ms!,
    );
    const p95 = Math.max(...latencies.map((ms) => Math.round(ms)));
    expect(p95).toBeGreaterThanOrEqual(SLOW_MS);
    const uptimeLeft = 1 - 4 / (6 * (1 - 0.4)); // 4 failing runs against 60% of 6
    const p95Left = 1 - 1 / (3 * 0.05); // 1 slow run against 5% of 3 timed runs
    const errorsLeft = 1 - errors / (requests * 0.2);
    const pct = (share: number, digits: number) => `${(share * 100).toFixed(digits)}%`;
    expect(status?.body).toContain(
      `| backend | 🟢 up | ${pct(2 / 6, 2)} | ${pct(2 / 6, 2)} | ${pct(2 / 6, 2)} | ${formatDuration(p95)} | ${pct(errors / requests, 2)} | p95 – · errors – | ${pct(uptimeLeft, 1)} · ${pct(p95Left, 1)} · ${pct(errorsLeft, 1)} |`,
    );
    expect(status?.body).toContain('| backend | 🟢 up | 33.33% | 33.33% | 33.33% |');
    expect(status?.body).toContain(
      `| ${formatDuration(p95)} | 9.09% | p95 – · errors – | -11.1% · -566.7% · 54.5% |`,
    );
  });

  it(
    'reopens the same incident when the target fails again within the hour',
    { timeout: 60_000 },
    async () => {
      await monitorRun('down');
      await monitorRun('down');
      const incidents = labelled('shipgate-incident');
      expect(incidents).toHaveLength(1);
      expect(incidents[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
      expect(commentsOn(incidents[0]).at(-1)?.body).toContain('Reopened: failing again');
      expect(announced[2]).toMatch(/^🔴 Incident reopened: backend is failing/);
      expect(api.problems).toEqual([]);
    },
  );
});
