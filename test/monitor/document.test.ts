import { describe, expect, it } from 'vitest';
import {
  boundHistory,
  decodeHistory,
  encodeHistory,
  type MonitorHistory,
} from '../../src/monitor/document.ts';
import { addSample, DAY, type Bucket } from '../../src/monitor/history.ts';
import { NO_INCIDENT } from '../../src/monitor/incident.ts';
import { windowStats } from '../../src/monitor/slo.ts';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const P95 = 2000;

function month(targets: string[], runs: number, everyMs: number): MonitorHistory {
  const history: MonitorHistory = { targets: {} };
  for (let i = 0; i < runs; i++) {
    const at = NOW - (runs - 1 - i) * everyMs;
    for (const name of targets) {
      const record = history.targets[name] ?? { buckets: [] as Bucket[], incident: NO_INCIDENT };
      const sample = {
        at,
        up: i % 97 !== 0,
        requests: 50,
        errors: i % 97 === 0 ? 50 : i % 7,
        latencyMs: 80 + ((i * 37) % 900),
      };
      history.targets[name] = { ...record, buckets: addSample(record.buckets, sample, at, P95) };
    }
  }
  return history;
}

describe('the status issue history', () => {
  it('survives the round trip through the issue body', () => {
    const history = month(['backend', 'front end'], 3000, 10 * MINUTE);
    history.targets.backend!.incident = {
      failingRuns: 2,
      passingRuns: 0,
      since: NOW - 10 * MINUTE,
      firstRunUrl: 'https://github.com/o/r/actions/runs/1',
      issue: {
        number: 12,
        open: true,
        since: NOW - 10 * MINUTE,
        openedAt: NOW,
        reopens: 0,
        signature: 'failing:a',
        runs: 2,
        failedRuns: 2,
        failed: ['backend: health /'],
      },
    };
    const body = `# Status\n\nsome table\n\n${encodeHistory(history)}\n`;
    expect(decodeHistory(body)).toEqual({ history });
  });

  it('cannot be closed early by a target name, and reads nonsense as a fresh start with a reason', () => {
    const history: MonitorHistory = {
      targets: { 'evil --> <b>': { buckets: [], incident: NO_INCIDENT } },
    };
    const encoded = encodeHistory(history);
    expect(encoded.indexOf('-->')).toBe(encoded.length - 3);
    expect(decodeHistory(encoded).history).toEqual(history);
    expect(decodeHistory('no history here')).toEqual({ history: { targets: {} } });
    expect(decodeHistory('<!-- shipgate:history {"v":1, -->').problem).toMatch(/not JSON/);
    expect(decodeHistory('<!-- shipgate:history {"v":2,"targets":{}} -->').problem).toMatch(
      /format at v/,
    );
  });

  it('stays within the body budget after 10,000 five-minute runs of four targets', () => {
    const targets = ['backend', 'frontend', 'admin', 'static'];
    const history = month(targets, 10_000, 5 * MINUTE);
    const budget = 50_000;
    const bounded = boundHistory(history, NOW, P95, budget);
    expect(encodeHistory(bounded).length).toBeLessThanOrEqual(budget);
    // Bounding rolls up; it does not lose the last 30 days' runs.
    for (const name of targets) {
      const before = windowStats(history.targets[name]!.buckets, NOW, 30 * DAY, P95);
      const after = windowStats(bounded.targets[name]!.buckets, NOW, 30 * DAY, P95);
      expect(after.runs).toBe(before.runs);
      expect(after.up).toBe(before.up);
      expect(after.errors).toBe(before.errors);
    }
  });

  it('drops the oldest days when even the coarsest roll-up does not fit', () => {
    const many = month(
      Array.from({ length: 40 }, (_, i) => `target-${i}`),
      2000,
      20 * MINUTE,
    );
    const bounded = boundHistory(many, NOW, P95, 20_000);
    expect(encodeHistory(bounded).length).toBeLessThanOrEqual(20_000);
    expect(Object.keys(bounded.targets)).toHaveLength(40);
  });
});
