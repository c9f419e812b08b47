import { describe, expect, it } from 'vitest';
import { monitorSchema } from '../../src/config/monitor-schema.ts';
import { decodeHistory, EMPTY_HISTORY, type MonitorHistory } from '../../src/monitor/document.ts';
import { DAY } from '../../src/monitor/history.ts';
import type { TargetRun } from '../../src/monitor/observe.ts';
import { applyRun, REMEMBERED_RUNS } from '../../src/monitor/record.ts';
import { STATUS_MARKER, statusBody, statusTable } from '../../src/monitor/status-body.ts';
import { windowStats } from '../../src/monitor/slo.ts';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 1);
const monitor = monitorSchema.parse({ slo: { uptime: '99%', p95: '500ms', 'error-rate': '2%' } });
const TARGETS = ['backend', 'frontend', 'admin', 'static'];

/** The i-th five-minute run: down every 50th run, slow every 30th. */
function runsAt(i: number): TargetRun[] {
  const at = START + i * 5 * MINUTE;
  const up = i % 50 !== 0;
  return TARGETS.map((target) => ({
    target,
    sample: { at, up, requests: 20, errors: up ? 0 : 20, latencyMs: i % 30 === 0 ? 900 : 120 },
    observation: { at, up, failing: [], slow: i % 30 === 0 },
  }));
}

/** `count` monitor runs written into the history, read back from the status issue body every 500. */
function simulate(count: number): { history: MonitorHistory; body: string; at: number } {
  let body = '';
  let history = EMPTY_HISTORY;
  let at = START;
  for (let i = 0; i < count; i++) {
    const runs = runsAt(i);
    at = runs[0]!.sample.at;
    history = applyRun(history, runs, {}, `run-${i}`, monitor, at);
    // Every 500th run goes through the body, as the next run would read it.
    if (i % 500 === 499 || i === count - 1) {
      body = statusBody(history, monitor, { names: TARGETS, at });
      history = decodeHistory(body).history;
    }
  }
  return { history, body, at };
}

describe('the status issue body', () => {
  it('stays within GitHub’s body limit after 10,000 runs of four targets, keeping 30 days exact', () => {
    const { history, body, at } = simulate(10_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(STATUS_MARKER)).toBe(true);
    expect(history.runs).toHaveLength(REMEMBERED_RUNS);
    // 30 days of five-minute runs: 8,640 of the 10,000 are inside the window, by hand.
    const inside = Array.from({ length: 10_000 }, (_, i) => i).filter(
      (i) => START + i * 5 * MINUTE >= at - 30 * DAY,
    );
    const stats = windowStats(history.targets.backend!.buckets, at, 30 * DAY, monitor.slo.p95);
    // Rolled-up buckets count whole: the window's edge is exact to the day.
    expect(Math.abs(stats.runs - inside.length)).toBeLessThanOrEqual(288);
    expect(stats.up / stats.runs).toBeCloseTo(49 / 50, 2);
  });

  it('reads as a table: uptime, p95, error rate, trend and budgets per target', () => {
    const runs = Array.from({ length: 10 }, (_, i) => runsAt(i * 5)).flat();
    let history = EMPTY_HISTORY;
    for (const [i, run] of runs.entries())
      history = applyRun(history, [run], {}, `k${i}`, monitor, run.sample.at);
    const at = runs.at(-1)!.sample.at;
    const table = statusTable(history, monitor, ['frontend', 'backend'], at);
    // Runs 0, 5, …, 45: run 0 is down (1 of 10), runs 0 and 30 slow (2 of 10).
    expect(table).toContain(
      '| frontend | 🟢 up | 90.00% | 90.00% | 90.00% | 900ms | 10.00% | p95 – · errors – |',
    );
    // Budgets: 1 failing run of 0.1 allowed, 2 slow of 0.5, 20 errors of 4 allowed.
    expect(table).toContain(
      `| ${(100 * (1 - 1 / 0.1)).toFixed(1)}% · ${(100 * (1 - 2 / 0.5)).toFixed(1)}% · ${(100 * (1 - 20 / 4)).toFixed(1)}% |`,
    );
    expect(table.indexOf('| frontend')).toBeLessThan(table.indexOf('| backend'));
    expect(table).toContain('uptime 99% of runs, p95 500ms, error rate 2% of requests');
  });
});
