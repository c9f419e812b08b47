import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.ts';
import { EMPTY_HISTORY } from '../../src/monitor/document.ts';
import { observeTargets } from '../../src/monitor/observe.ts';
import { recordRun } from '../../src/monitor/record.ts';
import type { CheckResult, Report } from '../../src/core/model.ts';

const config = configSchema.parse({
  post: {
    targets: [
      {
        name: 'api',
        url: 'https://api.example.com',
        probes: [
          { type: 'health', path: '/health' },
          { type: 'latency', path: '/health', requests: 40, p95: '2s' },
          { type: 'headers', blocking: false },
        ],
      },
      {
        name: 'web',
        url: 'https://app.example.com',
        probes: [{ type: 'page' }, { type: 'page', path: '/about' }],
      },
      { name: 'preview', probes: [{ type: 'health' }] },
    ],
  },
  monitor: { 'open-after': 1 },
});

const check = (
  id: string,
  kind: string,
  status: CheckResult['status'],
  metrics: Record<string, number> = {},
  blocking = true,
): CheckResult => ({
  id,
  phase: 'post',
  kind,
  title: id,
  status,
  blocking,
  durationMs: 1,
  summary: `${kind} ${status}`,
  findings: [],
  metrics,
});

const report = (checks: CheckResult[]): Report => ({
  schema: 'shipgate/report@1',
  verdict: 'pass',
  startedAt: '2026-12-02T12:00:00.000Z',
  durationMs: 5,
  checks,
});

describe('a monitor run, target by target', () => {
  const run = report([
    check('post/api/health/health', 'health', 'pass', { latencyMs: 40 }),
    check('post/api/latency/health', 'latency', 'pass', {
      requests: 40,
      samples: 38,
      errorRate: 0.05,
      p95Ms: 180,
    }),
    check('post/api/headers', 'headers', 'fail', {}, false),
    check('post/web/page', 'page', 'pass', { latencyMs: 2500 }),
    check('post/web/page/about', 'page', 'fail', { latencyMs: 90 }),
    check('post/preview/health', 'health', 'skip'),
  ]);

  it('is up when no blocking probe fails; latency and requests come from the latency probe', () => {
    const [api, web, ...rest] = observeTargets(
      config.post,
      run,
      config.monitor.slo.p95,
      'https://run/1',
    );
    expect(rest).toEqual([]); // preview had no URL: not observed
    expect(api?.sample).toEqual({
      at: Date.parse('2026-12-02T12:00:00.000Z'),
      up: true,
      requests: 40,
      errors: 2,
      latencyMs: 180,
    });
    expect(api?.observation).toMatchObject({ up: true, failing: [], slow: false });
    expect(web?.sample).toMatchObject({ up: false, requests: 2, errors: 1, latencyMs: 2500 });
    expect(web?.observation).toMatchObject({
      up: false,
      slow: true,
      runUrl: 'https://run/1',
      failing: [{ id: 'post/web/page/about', title: 'post/web/page/about', summary: 'page fail' }],
    });
  });

  it('records each observed target and steps its incident', () => {
    const runs = observeTargets(config.post, run, config.monitor.slo.p95);
    const { history, events } = recordRun(
      EMPTY_HISTORY,
      runs,
      config.monitor,
      Date.parse(run.startedAt),
    );
    expect(Object.keys(history.targets)).toEqual(['api', 'web']);
    expect(events.map((e) => [e.target, e.action.kind])).toEqual([
      ['api', 'none'],
      ['web', 'open'],
    ]);
    expect(history.targets.web?.incident.issue).toMatchObject({ open: true, number: 0 });
  });
});
