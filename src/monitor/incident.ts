/**
 * The incident policy for one target, run once per monitor run: open an incident after
 * `openAfter` consecutive failing runs, comment only when what fails changes, close after
 * `closeAfter` passing runs, and reopen the same incident when the target fails again soon
 * after it closed (a flapping target is one incident). Pure: the GitHub side acts on the
 * returned action and stores the returned state.
 */

/** A blocking probe that failed (or could not run) in a run. */
export interface FailingCheck {
  id: string;
  title: string;
  summary: string;
}

/** What one run saw of a target, as far as incidents go. */
export interface Observation {
  at: number;
  up: boolean;
  failing: FailingCheck[];
  /** The run's latency was over the p95 objective. */
  slow: boolean;
  runUrl?: string;
}

export interface IncidentIssue {
  /** The issue number; 0 until the GitHub side has created it. */
  number: number;
  open: boolean;
  /** The first failing run of the streak that opened it. */
  since: number;
  /** Its first failing run's workflow run page. */
  firstRunUrl?: string;
  openedAt: number;
  closedAt?: number;
  reopens: number;
  /** What the incident last said about the target; a comment is due when it changes. */
  signature: string;
  runs: number;
  failedRuns: number;
  /** Titles of every check that failed during the incident, for the closing summary. */
  failed: string[];
}

export interface IncidentState {
  /** Consecutive failing runs, up to now. */
  failingRuns: number;
  /** Consecutive passing runs, up to now. */
  passingRuns: number;
  /** The first failing run of the current streak. */
  since?: number;
  firstRunUrl?: string;
  /** The target's last incident, open or closed. */
  issue?: IncidentIssue;
}

export interface IncidentPolicy {
  openAfter: number;
  closeAfter: number;
  reopenWithinMs: number;
}

export type IncidentChange = 'changed' | 'recovering' | 'failing again';

export type IncidentAction =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'reopen'; number: number }
  | { kind: 'comment'; number: number; change: IncidentChange }
  | { kind: 'close'; number: number; durationMs: number };

export const NO_INCIDENT: IncidentState = { failingRuns: 0, passingRuns: 0 };

const RECOVERING = 'recovering';

/** A target's next incident state and what to do on GitHub. */
interface IncidentStep {
  state: IncidentState;
  action: IncidentAction;
}

/** What fails, in a form that compares equal when nothing changed. */
function signatureOf(observation: Observation): string {
  const ids = observation.failing.map((check) => check.id).sort();
  return `failing:${ids.join(',')}${observation.slow ? ';slow' : ''}`;
}

/** The next state of a target's incident after `observation`, and what to do on GitHub. */
export function stepIncident(
  state: IncidentState,
  observation: Observation,
  policy: IncidentPolicy,
): IncidentStep {
  return observation.up ? passed(state, observation, policy) : failed(state, observation, policy);
}

/** What a failing run saw: the signature to compare and the titles of what failed. */
interface Failure {
  signature: string;
  titles: string[];
}

function failed(
  state: IncidentState,
  observation: Observation,
  policy: IncidentPolicy,
): IncidentStep {
  const firstRunUrl = state.since === undefined ? observation.runUrl : state.firstRunUrl;
  const streak: IncidentState = {
    failingRuns: state.failingRuns + 1,
    passingRuns: 0,
    since: state.since ?? observation.at,
    ...(firstRunUrl ? { firstRunUrl } : {}),
  };
  const failure: Failure = {
    signature: signatureOf(observation),
    titles: observation.failing.map((check) => check.title),
  };
  const issue = state.issue;
  if (issue?.open) return stillFailing(issue, streak, failure);
  if (streak.failingRuns < policy.openAfter) {
    return { state: { ...streak, ...(issue ? { issue } : {}) }, action: { kind: 'none' } };
  }
  const flapping =
    issue?.closedAt !== undefined && observation.at - issue.closedAt <= policy.reopenWithinMs;
  if (issue && flapping) return reopened(issue, streak, failure);
  return opened(streak, observation.at, failure);
}

/** The open incident counts the run; it is commented on only when what fails changed. */
function stillFailing(
  issue: IncidentIssue,
  streak: IncidentState,
  { signature, titles }: Failure,
): IncidentStep {
  const updated: IncidentIssue = {
    ...issue,
    signature,
    runs: issue.runs + 1,
    failedRuns: issue.failedRuns + 1,
    failed: union(issue.failed, titles),
  };
  const action: IncidentAction =
    signature === issue.signature
      ? { kind: 'none' }
      : {
          kind: 'comment',
          number: issue.number,
          change: issue.signature === RECOVERING ? 'failing again' : 'changed',
        };
  return { state: { ...streak, issue: updated }, action };
}

/** The incident that closed shortly before opens again, with the whole streak counted. */
function reopened(
  issue: IncidentIssue,
  streak: IncidentState,
  { signature, titles }: Failure,
): IncidentStep {
  const reopenedIssue: IncidentIssue = {
    ...withoutClosedAt(issue),
    open: true,
    reopens: issue.reopens + 1,
    signature,
    runs: issue.runs + streak.failingRuns,
    failedRuns: issue.failedRuns + streak.failingRuns,
    failed: union(issue.failed, titles),
  };
  return {
    state: { ...streak, issue: reopenedIssue },
    action: { kind: 'reopen', number: issue.number },
  };
}

/** A new incident, numbered once the GitHub side has created its issue. */
function opened(streak: IncidentState, at: number, { signature, titles }: Failure): IncidentStep {
  const issue: IncidentIssue = {
    number: 0,
    open: true,
    since: streak.since!,
    ...(streak.firstRunUrl ? { firstRunUrl: streak.firstRunUrl } : {}),
    openedAt: at,
    reopens: 0,
    signature,
    runs: streak.failingRuns,
    failedRuns: streak.failingRuns,
    failed: titles,
  };
  return { state: { ...streak, issue }, action: { kind: 'open' } };
}

function passed(
  state: IncidentState,
  observation: Observation,
  policy: IncidentPolicy,
): IncidentStep {
  const streak: IncidentState = { failingRuns: 0, passingRuns: state.passingRuns + 1 };
  const issue = state.issue;
  if (!issue?.open)
    return { state: { ...streak, ...(issue ? { issue } : {}) }, action: { kind: 'none' } };
  const counted = { ...issue, runs: issue.runs + 1 };
  if (streak.passingRuns >= policy.closeAfter) {
    const closed: IncidentIssue = { ...counted, open: false, closedAt: observation.at };
    return {
      state: { ...streak, issue: closed },
      action: { kind: 'close', number: issue.number, durationMs: observation.at - issue.since },
    };
  }
  if (issue.signature === RECOVERING)
    return { state: { ...streak, issue: counted }, action: { kind: 'none' } };
  return {
    state: { ...streak, issue: { ...counted, signature: RECOVERING } },
    action: { kind: 'comment', number: issue.number, change: 'recovering' },
  };
}

function withoutClosedAt(issue: IncidentIssue): IncidentIssue {
  const copy = { ...issue };
  delete copy.closedAt;
  return copy;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** The state once the GitHub side has created the incident issue. */
export function withIssueNumber(state: IncidentState, number: number): IncidentState {
  return state.issue ? { ...state, issue: { ...state.issue, number } } : state;
}
