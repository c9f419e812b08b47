import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.ts';
import type { MonitorConfig } from '../../src/config/monitor-schema.ts';
import type { IncidentIssue } from '../../src/monitor/incident.ts';
import {
  changeComment,
  closeComment,
  incidentBody,
  incidentMarker,
  incidentTitle,
  reopenComment,
  webhookText,
} from '../../src/monitor/incident-text.ts';
import type { IncidentEvent } from '../../src/monitor/record.ts';

const SINCE = Date.parse('2026-12-01T09:15:00Z');
const NOW = Date.parse('2026-12-01T09:45:00Z');
const RUN = 'https://github.com/o/r/actions/runs/7';

function monitorConfig(extra = ''): MonitorConfig {
  const parsed = parseConfigText(
    `post:\n  targets: [{ name: api, url: "https://api.example.com" }]\n${extra}`,
    'shipgate.yml',
  );
  if (!parsed.ok) throw new Error('expected a valid config');
  return parsed.config.monitor;
}

const issue = (overrides: Partial<IncidentIssue> = {}): IncidentIssue => ({
  number: 12,
  open: true,
  since: SINCE,
  openedAt: SINCE,
  reopens: 0,
  signature: 's',
  runs: 4,
  failedRuns: 3,
  failed: ['Health of api'],
  ...overrides,
});

function event(
  overrides: { slow?: boolean; latencyMs?: number; failing?: boolean } = {},
): IncidentEvent {
  const failing =
    overrides.failing === false
      ? []
      : [{ id: 'post/api/health', title: 'Health of api', summary: 'HTTP 503 from /healthz' }];
  return {
    target: 'api',
    action: { kind: 'open' },
    run: {
      target: 'api',
      sample: { at: NOW, up: false, requests: 1, errors: 1, latencyMs: overrides.latencyMs ?? 120 },
      observation: { at: NOW, up: false, failing, slow: overrides.slow ?? false },
    },
    incident: { failingRuns: 2, passingRuns: 0, since: SINCE, firstRunUrl: RUN, issue: issue() },
  };
}

describe('incidentMarker and incidentTitle', () => {
  it("find a target's incident again, whatever its name holds", () => {
    expect(incidentMarker('api eu/1')).toBe('<!-- shipgate:incident:api%20eu%2F1 -->');
  });

  it("keep the title within GitHub's 256 characters", () => {
    expect(incidentTitle('api')).toBe('Incident: api is failing its monitor probes');
    expect(incidentTitle('x'.repeat(300)).length).toBeLessThanOrEqual(256);
  });
});

describe('incidentBody', () => {
  it('says what fails, since when, the first failing run and that no rollback plan is set', () => {
    expect(incidentBody(event(), monitorConfig()).split('\n')).toEqual([
      '<!-- shipgate:incident:api -->',
      '## 🔴 api is failing',
      '',
      `**Since** 2026-12-01 09:15 UTC, 2 consecutive failing runs. First failing run: [workflow run](${RUN}).`,
      '',
      '### What fails',
      '',
      '- **Health of api**: HTTP 503 from /healthz',
      '',
      '### Rollback plan',
      '',
      '_No rollback plan for this target: add one under `monitor.rollback` in the Shipgate config._',
      '',
      '---',
      "Shipgate's monitor comments here only when something changes, and closes this issue after 1 passing run.",
    ]);
  });

  it("shows the target's rollback plan and links", () => {
    const monitor = monitorConfig(
      [
        'monitor:',
        '  rollback:',
        '    api:',
        '      text: Redeploy the previous release.',
        '      links: [{ title: Runbook, url: "https://wiki.example.com/rollback" }]',
      ].join('\n'),
    );
    expect(incidentBody(event(), monitor)).toContain(
      'Redeploy the previous release.\n\n- [Runbook](https://wiki.example.com/rollback)',
    );
  });

  it('names a latency over the p95 objective', () => {
    expect(incidentBody(event({ slow: true, latencyMs: 3500 }), monitorConfig())).toContain(
      '- Latency 3.5s, over the p95 objective of 2.0s',
    );
  });
});

describe('changeComment', () => {
  it('says what fails now when that changed', () => {
    expect(changeComment(event(), 'changed', monitorConfig(), RUN)).toBe(
      `### 🔴 What fails has changed ([this run](${RUN}), 2026-12-01 09:45 UTC)\n\n- **Health of api**: HTTP 503 from /healthz`,
    );
  });

  it('counts the passing runs still needed to close while recovering', () => {
    const recovering = { ...event({ failing: false }) };
    recovering.incident = { ...recovering.incident, passingRuns: 1 };
    expect(
      changeComment(recovering, 'recovering', monitorConfig('monitor: { close-after: 3 }')),
    ).toBe(
      '### 🟡 Recovering (this run, 2026-12-01 09:45 UTC)\n\nEvery blocking probe passed: 1 of 3 passing runs needed to close this incident.',
    );
  });
});

describe('reopenComment', () => {
  it('counts the reopens of a flapping incident', () => {
    const flapping = event();
    flapping.incident = { ...flapping.incident, issue: issue({ reopens: 2 }) };
    expect(reopenComment(flapping, monitorConfig(), RUN).split('\n').slice(0, 3)).toEqual([
      `### 🔴 Reopened: failing again ([this run](${RUN}), 2026-12-01 09:45 UTC)`,
      '',
      '2 consecutive failing runs within 60m of the close: one flapping incident, reopened 2 times.',
    ]);
  });
});

describe('closeComment', () => {
  it('says how long it lasted and which checks failed during it', () => {
    expect(closeComment(event(), 30 * 60_000, RUN)).toBe(
      [
        `### 🟢 Resolved ([this run](${RUN}), 2026-12-01 09:45 UTC)`,
        '',
        'Every blocking probe passes again. **Duration:** 30m (since 2026-12-01 09:15 UTC).',
        '',
        '**Summary:** 4 monitor runs during the incident, 3 failing. Checks that failed:',
        '',
        '- Health of api',
      ].join('\n'),
    );
  });
});

describe('webhookText', () => {
  const url = 'https://github.com/o/r/issues/12';

  it('names the failing checks when an incident opens', () => {
    expect(webhookText(event(), 'opened', url)).toBe(
      `🔴 Incident opened: api is failing (Health of api). ${url}`,
    );
  });

  it('says how long the incident lasted when it closes', () => {
    expect(webhookText(event(), 'closed', url, 90_000)).toBe(
      `🟢 Resolved: api passes its monitor probes again after 1m 30s. ${url}`,
    );
  });
});
