import type { MonitorConfig } from '../config/monitor-schema.ts';
import { describeApiError } from '../github/api-errors.ts';
import { ensureLabels, findIssues, ISSUES_PERMISSION, type MonitorGitHub } from './github.ts';
import { withIssueNumber, type IncidentState } from './incident.ts';
import {
  changeComment,
  closeComment,
  incidentBody,
  incidentMarker,
  incidentTitle,
  INCIDENT_LABEL,
  reopenComment,
} from './incident-text.ts';
import type { IncidentEvent } from './record.ts';

/** What a run did about one target's incident on GitHub. */
export interface IncidentOutcome {
  target: string;
  kind: 'opened' | 'reopened' | 'commented' | 'closed';
  number: number;
  url: string;
  event: IncidentEvent;
  durationMs?: number;
}

export interface IncidentResults {
  /** Each event's target's state once GitHub has been told (or the state before, if it refused). */
  incidents: Record<string, IncidentState>;
  outcomes: IncidentOutcome[];
}

const status = (error: unknown) => (error as { status?: number }).status;

const VERB = { open: 'open', reopen: 'reopen', comment: 'comment on', close: 'close' } as const;

/** `state` with the issue it had before this run: what GitHub refused is tried again next run. */
function withIssue(state: IncidentState, previous: IncidentState | undefined): IncidentState {
  const streak: IncidentState = { ...state };
  delete streak.issue;
  return previous?.issue ? { ...streak, issue: previous.issue } : streak;
}

/**
 * Carries out the incident actions of a run: opens (with labels, assignees and the rollback
 * plan), reopens, comments on and closes incident issues. Before opening one it looks for an
 * open incident of the target by its marker, so that a lost or hand-edited history never
 * leads to two open incidents for one target. A refused action is a warning, and the
 * target's state stays as it was so that the next run tries again.
 */
export async function carryOutIncidents(
  github: MonitorGitHub,
  events: readonly IncidentEvent[],
  before: Readonly<Record<string, IncidentState>>,
  monitor: MonitorConfig,
  runUrl?: string,
): Promise<IncidentResults> {
  const incidents: Record<string, IncidentState> = {};
  const outcomes: IncidentOutcome[] = [];
  let open: Promise<OpenIncidents> | undefined;
  const run: IncidentRun = {
    github,
    monitor,
    runUrl,
    openIncidents: () => (open ??= openIncidents(github)),
  };

  for (const event of events) {
    const { action, target } = event;
    incidents[target] = event.incident;
    try {
      const outcome = await carryOut(run, event);
      if (!outcome) continue;
      outcomes.push(outcome);
      if (action.kind === 'open')
        incidents[target] = withIssueNumber(event.incident, outcome.number);
    } catch (error) {
      github.logger.warning(
        describeApiError(
          error,
          `${VERB[action.kind as keyof typeof VERB]} the incident issue of ${target}`,
          ISSUES_PERMISSION,
        ),
      );
      // Opening, reopening or closing is tried again next run; a lost comment is only lost.
      if (action.kind !== 'comment') incidents[target] = withIssue(event.incident, before[target]);
    }
  }
  return { incidents, outcomes };
}

type OpenIncidents = Map<string, { number: number; url: string }>;

interface IncidentRun {
  github: MonitorGitHub;
  monitor: MonitorConfig;
  runUrl: string | undefined;
  /** The open incident issues by their marker line, looked up once per run when first needed. */
  openIncidents: () => Promise<OpenIncidents>;
}

async function openIncidents(github: MonitorGitHub): Promise<OpenIncidents> {
  const issues = await findIssues(github, INCIDENT_LABEL, 'open', (body) =>
    body.startsWith('<!-- shipgate:incident:'),
  );
  return new Map(issues.map((issue) => [issue.body.split('\n', 1)[0]!, issue] as const));
}

/** Does on GitHub what the event's action says; throws what GitHub refused. */
async function carryOut(
  { github, monitor, runUrl, openIncidents }: IncidentRun,
  event: IncidentEvent,
): Promise<IncidentOutcome | undefined> {
  const { action, target } = event;
  const { octokit, repo } = github;
  const comment = (number: number, body: string) =>
    octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
  const setState = (number: number, state: 'open' | 'closed') =>
    octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state,
      state_reason: state === 'open' ? 'reopened' : 'completed',
    });
  switch (action.kind) {
    case 'none':
      return undefined;
    case 'open': {
      const adopted = (await openIncidents()).get(incidentMarker(target));
      if (!adopted)
        return { target, kind: 'opened', ...(await openIncident(github, event, monitor)), event };
      await comment(adopted.number, changeComment(event, 'changed', monitor, runUrl));
      return { target, kind: 'commented', ...adopted, event };
    }
    case 'reopen': {
      const { data } = await setState(action.number, 'open');
      await comment(action.number, reopenComment(event, monitor, runUrl));
      return { target, kind: 'reopened', number: action.number, url: data.html_url, event };
    }
    case 'comment': {
      const { data } = await comment(
        action.number,
        changeComment(event, action.change, monitor, runUrl),
      );
      return { target, kind: 'commented', number: action.number, url: data.html_url, event };
    }
    case 'close': {
      await comment(action.number, closeComment(event, action.durationMs, runUrl));
      const { data } = await setState(action.number, 'closed');
      const { durationMs } = action;
      return {
        target,
        kind: 'closed',
        number: action.number,
        url: data.html_url,
        event,
        durationMs,
      };
    }
  }
}

/** Creates the incident issue; assignees GitHub refuses (not collaborators) are dropped with a warning. */
async function openIncident(
  github: MonitorGitHub,
  event: IncidentEvent,
  monitor: MonitorConfig,
): Promise<{ number: number; url: string }> {
  const labels = [INCIDENT_LABEL, ...monitor.labels.filter((label) => label !== INCIDENT_LABEL)];
  await ensureLabels(
    github,
    labels.map((name) => ({
      name,
      color: 'b60205',
      description: name === INCIDENT_LABEL ? "Opened by Shipgate's monitor" : '',
    })),
  );
  const issue = {
    ...github.repo,
    title: incidentTitle(event.target),
    body: incidentBody(event, monitor),
    labels,
  };
  try {
    const { data } = await github.octokit.rest.issues.create({
      ...issue,
      ...(monitor.assignees.length ? { assignees: monitor.assignees } : {}),
    });
    return { number: data.number, url: data.html_url };
  } catch (error) {
    if (status(error) !== 422 || !monitor.assignees.length) throw error;
    github.logger.warning(
      `GitHub refused the assignees ${monitor.assignees.join(', ')} (monitor.assignees): only collaborators of the repository can be assigned. The incident issue is opened unassigned.`,
    );
    const { data } = await github.octokit.rest.issues.create(issue);
    return { number: data.number, url: data.html_url };
  }
}
