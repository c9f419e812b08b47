import type { MonitorConfig } from '../config/monitor-schema.ts';
import { addSample } from './history.ts';
import { NO_INCIDENT, stepIncident, type IncidentAction, type IncidentState } from './incident.ts';
import type { MonitorHistory } from './document.ts';
import type { TargetRun } from './observe.ts';

/** An incident action for one target, with what the GitHub side needs to carry it out. */
export interface IncidentEvent {
  target: string;
  action: IncidentAction;
  run: TargetRun;
  /** The target's incident state after this run. */
  incident: IncidentState;
}

/**
 * Adds one monitor run to the history: each observed target's sample, and its incident
 * step. Targets the run did not observe keep their state untouched.
 */
export function recordRun(
  history: MonitorHistory,
  runs: readonly TargetRun[],
  monitor: MonitorConfig,
  now: number,
): { history: MonitorHistory; events: IncidentEvent[] } {
  const targets = { ...history.targets };
  const events: IncidentEvent[] = [];
  const policy = {
    openAfter: monitor['open-after'],
    closeAfter: monitor['close-after'],
    reopenWithinMs: monitor['reopen-within'],
  };
  for (const run of runs) {
    const record = targets[run.target] ?? { buckets: [], incident: NO_INCIDENT };
    const { state, action } = stepIncident(record.incident, run.observation, policy);
    targets[run.target] = {
      buckets: addSample(record.buckets, run.sample, now, monitor.slo.p95),
      incident: state,
    };
    events.push({ target: run.target, action, run, incident: state });
  }
  return { history: { targets }, events };
}

/** Run keys a history remembers: far more than runs that could ever overlap. */
export const REMEMBERED_RUNS = 50;

export const hasRun = (history: MonitorHistory, key: string): boolean =>
  history.runs?.includes(key) ?? false;

/**
 * One run's result written onto `latest`, the status issue as it reads now: another run may
 * have written since this one first read it, so its samples are added to the latest buckets
 * (none is lost), the incident states this run acted on replace theirs, and the run's key is
 * remembered so that the next read tells whether the write survived. A history that already
 * holds the key is returned as it is: a run is never counted twice.
 */
export function applyRun(
  latest: MonitorHistory,
  runs: readonly TargetRun[],
  incidents: Readonly<Record<string, IncidentState>>,
  key: string,
  monitor: MonitorConfig,
  now: number,
): MonitorHistory {
  if (hasRun(latest, key)) return latest;
  const targets = { ...latest.targets };
  for (const run of runs) {
    const record = targets[run.target] ?? { buckets: [], incident: NO_INCIDENT };
    targets[run.target] = {
      buckets: addSample(record.buckets, run.sample, now, monitor.slo.p95),
      incident: incidents[run.target] ?? record.incident,
    };
  }
  return { targets, runs: [...(latest.runs ?? []), key].slice(-REMEMBERED_RUNS) };
}
