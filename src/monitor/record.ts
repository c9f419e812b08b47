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
