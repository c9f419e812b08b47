import { describe, expect, it } from 'vitest';
import { monitorSchema } from '../../src/config/monitor-schema.ts';
import { EMPTY_HISTORY, type MonitorHistory } from '../../src/monitor/document.ts';
import type { TargetRun } from '../../src/monitor/observe.ts';
import { applyRun, hasRun, recordRun, REMEMBERED_RUNS } from '../../src/monitor/record.ts';

const monitor = monitorSchema.parse({ 'open-after': 2 });
const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);

const run = (target: string, up: boolean): TargetRun => ({
  target,
  sample: { at: NOW, up, requests: 1, errors: up ? 0 : 1, latencyMs: 120 },
  observation: {
    at: NOW,
    up,
    failing: up
      ? []
      : [{ id: `post/${target}/health`, title: `Health of ${target}`, summary: 'HTTP 503' }],
    slow: false,
  },
});

describe('recordRun', () => {
  it("adds each observed target's sample and steps its incident", () => {
    const { history, events } = recordRun(
      EMPTY_HISTORY,
      [run('api', false), run('web', true)],
      monitor,
      NOW,
    );
    expect(Object.keys(history.targets)).toEqual(['api', 'web']);
    expect(history.targets.api?.buckets).toHaveLength(1);
    expect(history.targets.api?.incident).toMatchObject({ failingRuns: 1, passingRuns: 0 });
    expect(events.map((e) => [e.target, e.action.kind])).toEqual([
      ['api', 'none'],
      ['web', 'none'],
    ]);
  });

  it('opens an incident once a target has failed open-after runs in a row', () => {
    const first = recordRun(EMPTY_HISTORY, [run('api', false)], monitor, NOW).history;
    const { events } = recordRun(first, [run('api', false)], monitor, NOW + 300_000);
    expect(events.map((e) => e.action.kind)).toEqual(['open']);
  });

  it('leaves a target the run did not observe as it was', () => {
    const before = recordRun(EMPTY_HISTORY, [run('api', false)], monitor, NOW).history;
    const { history } = recordRun(before, [run('web', true)], monitor, NOW + 300_000);
    expect(history.targets.api).toBe(before.targets.api);
  });
});

describe('applyRun', () => {
  it("adds the run's samples to the latest history, with the incidents it acted on, and remembers its key", () => {
    const latest = recordRun(EMPTY_HISTORY, [run('api', true)], monitor, NOW - 300_000).history;
    const incident = { failingRuns: 1, passingRuns: 0, since: NOW };
    const applied = applyRun(latest, [run('api', false)], { api: incident }, 'run-7', monitor, NOW);
    expect(applied.targets.api?.buckets).toHaveLength(2);
    expect(applied.targets.api?.incident).toEqual(incident);
    expect(applied.runs).toEqual(['run-7']);
    expect(hasRun(applied, 'run-7')).toBe(true);
  });

  it('keeps the incident state of a target this run did not act on', () => {
    const latest = recordRun(EMPTY_HISTORY, [run('api', false)], monitor, NOW - 300_000).history;
    const applied = applyRun(latest, [run('api', true)], {}, 'run-8', monitor, NOW);
    expect(applied.targets.api?.incident).toEqual(latest.targets.api?.incident);
  });

  it('never counts a run twice', () => {
    const latest: MonitorHistory = { targets: {}, runs: ['run-7'] };
    expect(applyRun(latest, [run('api', false)], {}, 'run-7', monitor, NOW)).toBe(latest);
  });

  it(`remembers the last ${REMEMBERED_RUNS} run keys`, () => {
    const many = Array.from({ length: REMEMBERED_RUNS }, (_, i) => `run-${i}`);
    const applied = applyRun({ targets: {}, runs: many }, [], {}, 'run-new', monitor, NOW);
    expect(applied.runs).toHaveLength(REMEMBERED_RUNS);
    expect(applied.runs?.[0]).toBe('run-1');
    expect(applied.runs?.at(-1)).toBe('run-new');
  });
});
