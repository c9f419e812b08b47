import type { MonitorConfig, RollbackPlan } from '../config/monitor-schema.ts';
import { clip } from '../report/budget.ts';
import { escapeInline } from '../report/markdown-escape.ts';
import { formatDuration } from '../util/duration.ts';
import { plural } from '../util/text.ts';
import type { IncidentChange, IncidentIssue } from './incident.ts';
import type { IncidentEvent } from './record.ts';

/**
 * What incident issues, their comments and the webhook say. Pure: the GitHub side posts it.
 * Check titles and summaries come from probes of a server, so they are escaped like any
 * other text from outside.
 */

export const INCIDENT_LABEL = 'shipgate-incident';

/** The hidden first line that finds a target's incident issue again. */
export const incidentMarker = (target: string) =>
  `<!-- shipgate:incident:${encodeURIComponent(target)} -->`;

/** GitHub allows 256 characters in an issue title. */
export const incidentTitle = (target: string) =>
  clip(`Incident: ${target} is failing its monitor probes`, 256);

const time = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/:\d\d\.\d+Z$/, ' UTC')
    .replace('T', ' ');

const runLink = (url: string | undefined, text = 'this run') => (url ? `[${text}](${url})` : text);

/** The blocking probes that fail in the event's run, and its latency against the objective. */
function whatFails(event: IncidentEvent, monitor: MonitorConfig): string {
  const { failing, slow } = event.run.observation;
  const lines = failing.map(
    (check) => `- **${escapeInline(check.title)}**: ${escapeInline(clip(check.summary, 500))}`,
  );
  const latency = event.run.sample.latencyMs;
  if (slow && latency !== undefined) {
    lines.push(
      `- Latency ${formatDuration(latency)}, over the p95 objective of ${formatDuration(monitor.slo.p95)}`,
    );
  }
  return lines.join('\n') || '- (no blocking probe named: see the run)';
}

function rollbackSection(plan: RollbackPlan | undefined): string {
  if (!plan || (!plan.text && !plan.links.length)) {
    return '_No rollback plan for this target: add one under `monitor.rollback` in the Shipgate config._';
  }
  return [
    ...(plan.text ? [plan.text] : []),
    ...plan.links.map((link) => `- [${escapeInline(link.title)}](${link.url})`),
  ].join('\n\n');
}

/** The body of a new incident issue: what fails, since when, the first failing run, the rollback plan. */
export function incidentBody(event: IncidentEvent, monitor: MonitorConfig): string {
  const issue = event.incident.issue!;
  const since = event.incident.since ?? issue.since;
  return [
    incidentMarker(event.target),
    `## 🔴 ${escapeInline(event.target)} is failing`,
    '',
    `**Since** ${time(since)}, ${plural(event.incident.failingRuns, 'consecutive failing run')}. First failing run: ${runLink(event.incident.firstRunUrl, 'workflow run')}.`,
    '',
    '### What fails',
    '',
    whatFails(event, monitor),
    '',
    '### Rollback plan',
    '',
    rollbackSection(monitor.rollback[event.target]),
    '',
    '---',
    `Shipgate's monitor comments here only when something changes, and closes this issue after ${plural(monitor['close-after'], 'passing run')}.`,
  ].join('\n');
}

const CHANGE_HEADING: Record<IncidentChange, string> = {
  changed: '🔴 What fails has changed',
  recovering: '🟡 Recovering',
  'failing again': '🔴 Failing again',
};

/** A comment for a change while the incident is open: what fails now, or that a run passed. */
export function changeComment(
  event: IncidentEvent,
  change: IncidentChange,
  monitor: MonitorConfig,
  runUrl?: string,
): string {
  const heading = `### ${CHANGE_HEADING[change]} (${runLink(runUrl)}, ${time(event.run.observation.at)})`;
  if (change === 'recovering') {
    const needed = monitor['close-after'];
    return `${heading}\n\nEvery blocking probe passed: ${event.incident.passingRuns} of ${plural(needed, 'passing run')} needed to close this incident.`;
  }
  return `${heading}\n\n${whatFails(event, monitor)}`;
}

/** The comment that reopens a flapping target's incident instead of opening a new one. */
export function reopenComment(
  event: IncidentEvent,
  monitor: MonitorConfig,
  runUrl?: string,
): string {
  const issue = event.incident.issue!;
  return [
    `### 🔴 Reopened: failing again (${runLink(runUrl)}, ${time(event.run.observation.at)})`,
    '',
    `${plural(event.incident.failingRuns, 'consecutive failing run')} within ${formatDuration(monitor['reopen-within'])} of the close: one flapping incident, reopened ${plural(issue.reopens, 'time')}.`,
    '',
    whatFails(event, monitor),
  ].join('\n');
}

/** The closing comment: how long it lasted and what happened during it. */
export function closeComment(event: IncidentEvent, durationMs: number, runUrl?: string): string {
  const issue: IncidentIssue = event.incident.issue!;
  const failed = issue.failed.map((title) => `- ${escapeInline(title)}`).join('\n');
  return [
    `### 🟢 Resolved (${runLink(runUrl)}, ${time(event.run.observation.at)})`,
    '',
    `Every blocking probe passes again. **Duration:** ${formatDuration(durationMs)} (since ${time(issue.since)}).`,
    '',
    `**Summary:** ${plural(issue.runs, 'monitor run')} during the incident, ${issue.failedRuns} failing${
      issue.reopens ? `; reopened ${plural(issue.reopens, 'time')}` : ''
    }. Checks that failed:`,
    '',
    failed || '- (none recorded)',
  ].join('\n');
}

/** The Slack-compatible message on open and close: plain text with the issue link. */
export function webhookText(
  event: IncidentEvent,
  kind: 'opened' | 'reopened' | 'closed',
  issueUrl: string,
  durationMs?: number,
): string {
  const failing = event.run.observation.failing.map((check) => check.title).join(', ');
  if (kind === 'closed') {
    return `🟢 Resolved: ${event.target} passes its monitor probes again after ${formatDuration(durationMs ?? 0)}. ${issueUrl}`;
  }
  return `🔴 Incident ${kind}: ${event.target} is failing${failing ? ` (${failing})` : ''}. ${issueUrl}`;
}
