import { describe, expect, it } from 'vitest';
import {
  NO_INCIDENT,
  stepIncident,
  withIssueNumber,
  type IncidentAction,
  type IncidentState,
  type Observation,
} from '../../src/monitor/incident.ts';

const MINUTE = 60_000;
const policy = { openAfter: 2, closeAfter: 1, reopenWithinMs: 60 * MINUTE };
const health = { id: 'post/api/health', title: 'api: health /health', summary: 'status 503' };
const pages = { id: 'post/api/page', title: 'api: page /', summary: 'status 500' };

/** Runs every five minutes from t = 0; `u` up, `d` down (health failing), `s` down and slow. */
function runs(script: string, options = policy, start: IncidentState = NO_INCIDENT) {
  let state = start;
  const actions: IncidentAction[] = [];
  [...script].forEach((step, i) => {
    const observation: Observation = {
      at: i * 5 * MINUTE,
      up: step === 'u',
      failing: step === 'u' ? [] : step === 'p' ? [health, pages] : [health],
      slow: step === 's',
      runUrl: `https://github.com/o/r/actions/runs/${i}`,
    };
    const next = stepIncident(state, observation, options);
    state = next.action.kind === 'open' ? withIssueNumber(next.state, 7) : next.state;
    actions.push(next.action);
  });
  return { state, actions: actions.map((a) => a.kind + ('change' in a ? `:${a.change}` : '')) };
}

describe('the incident policy', () => {
  it('opens after open-after consecutive failing runs, not before', () => {
    expect(runs('uduu').actions).toEqual(['none', 'none', 'none', 'none']);
    const { state, actions } = runs('udd');
    expect(actions).toEqual(['none', 'none', 'open']);
    expect(state.issue).toMatchObject({
      number: 7,
      open: true,
      since: 5 * MINUTE,
      openedAt: 10 * MINUTE,
      firstRunUrl: 'https://github.com/o/r/actions/runs/1',
      failedRuns: 2,
    });
  });

  it('comments only when what fails changes, never once per run', () => {
    expect(runs('ddddpppdd').actions).toEqual([
      'none',
      'open',
      'none',
      'none',
      'comment:changed', // pages fails too
      'none',
      'none',
      'comment:changed', // pages recovered
      'none',
    ]);
  });

  it('comments when latency crosses the p95 objective during an incident', () => {
    expect(runs('ddsd').actions).toEqual(['none', 'open', 'comment:changed', 'comment:changed']);
  });

  it('closes after close-after passing runs, with the duration since the first failure', () => {
    const { state, actions } = runs('dddu');
    expect(actions).toEqual(['none', 'open', 'none', 'close']);
    expect(state.issue).toMatchObject({
      open: false,
      closedAt: 15 * MINUTE,
      runs: 4,
      failedRuns: 3,
    });
    let state2 = NO_INCIDENT;
    let last: IncidentAction = { kind: 'none' };
    for (const [i, up] of [false, false, true].entries()) {
      const step = stepIncident(
        state2,
        { at: i * 5 * MINUTE, up, failing: up ? [] : [health], slow: false },
        policy,
      );
      state2 = step.state;
      last = step.action;
    }
    expect(last).toEqual({ kind: 'close', number: 0, durationMs: 10 * MINUTE });
  });

  it('with close-after 3, says once that it is recovering, and again if it fails again', () => {
    const slow = { ...policy, closeAfter: 3 };
    expect(runs('dduuduuu', slow).actions).toEqual([
      'none',
      'open',
      'comment:recovering',
      'none',
      'comment:failing again',
      'comment:recovering',
      'none',
      'close',
    ]);
  });

  it('reopens the same incident when a target flaps within reopen-within', () => {
    const { state, actions } = runs('ddudd');
    expect(actions).toEqual(['none', 'open', 'close', 'none', 'reopen']);
    expect(state.issue).toMatchObject({ number: 7, open: true, reopens: 1, since: 0 });
    expect(state.issue?.closedAt).toBeUndefined();
  });

  it('opens a new incident when the last one closed longer ago than reopen-within', () => {
    // 13 passing runs of five minutes: the next failure is 65 minutes after the close.
    const { actions } = runs(`ddu${'u'.repeat(12)}dd`);
    expect(actions.at(-1)).toBe('open');
  });

  it('never opens a second incident while one is open', () => {
    const { actions } = runs('d'.repeat(50));
    expect(actions.filter((a) => a === 'open')).toHaveLength(1);
  });
});
