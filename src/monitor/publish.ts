import type { MonitorConfig } from '../config/monitor-schema.ts';
import type { PostConfig } from '../config/post-schema.ts';
import type { Report } from '../core/model.ts';
import { describeApiError } from '../github/api-errors.ts';
import { ISSUES_PERMISSION, type MonitorGitHub } from './github.ts';
import type { IncidentState } from './incident.ts';
import { carryOutIncidents, type IncidentOutcome } from './incidents.ts';
import { webhookText } from './incident-text.ts';
import { observeTargets } from './observe.ts';
import { recordRun } from './record.ts';
import { statusTable } from './status-body.ts';
import { findStatusIssue, writeStatus } from './status-issue.ts';
import { postWebhook } from './webhook.ts';

export interface MonitorRun {
  report: Report;
  post: PostConfig;
  monitor: MonitorConfig;
  /** This run's key in the history (unique per run of the step). */
  key: string;
  runUrl?: string;
  /** The Slack-compatible webhook, already masked; told when an incident opens or closes. */
  webhook?: { url: string; name: string };
  /** See SETTLE_MS in status-issue.ts. */
  settleMs?: number;
}

export interface MonitorPublished {
  statusUrl?: string;
  /** The status table after this run, for the job summary. */
  table?: string;
  outcomes: IncidentOutcome[];
}

/**
 * The monitor's sign-off: the run's samples into the status issue's history, the incident
 * actions they call for, and the webhook on open and close. Never throws for GitHub's sake:
 * what it refuses is a warning naming `issues: write`, and the run's verdict stands.
 */
export async function publishMonitor(
  github: MonitorGitHub,
  run: MonitorRun,
): Promise<MonitorPublished> {
  const { monitor, post, report } = run;
  const at = Date.parse(report.startedAt);
  const runs = observeTargets(post, report, monitor.slo.p95, run.runUrl);
  const names = post.targets.map((target) => target.name);
  let status;
  try {
    status = await findStatusIssue(github);
  } catch (error) {
    github.logger.warning(describeApiError(error, 'read the status issue', ISSUES_PERMISSION));
    return { outcomes: [] };
  }
  const base = status?.history ?? { targets: {} };
  const { events } = recordRun(base, runs, monitor, at);
  const before: Record<string, IncidentState> = Object.fromEntries(
    Object.entries(base.targets).map(([name, record]) => [name, record.incident]),
  );
  const { incidents, outcomes } = await carryOutIncidents(
    github,
    events,
    before,
    monitor,
    run.runUrl,
  );
  if (run.webhook) await notify(github, run.webhook, outcomes);
  try {
    const written = await writeStatus(github, status, {
      runs,
      incidents,
      key: run.key,
      monitor,
      names,
      at,
      ...(run.runUrl ? { runUrl: run.runUrl } : {}),
      ...(run.settleMs !== undefined ? { settleMs: run.settleMs } : {}),
    });
    return {
      statusUrl: written.url,
      table: statusTable(written.history, monitor, names, at),
      outcomes,
    };
  } catch (error) {
    github.logger.warning(describeApiError(error, 'write the status issue', ISSUES_PERMISSION));
    return { outcomes };
  }
}

/** The webhook on every open, reopen and close; a failure is a warning that never names the URL. */
async function notify(
  github: MonitorGitHub,
  webhook: { url: string; name: string },
  outcomes: readonly IncidentOutcome[],
): Promise<void> {
  for (const outcome of outcomes) {
    if (outcome.kind === 'commented') continue;
    const sent = await postWebhook(
      webhook.url,
      webhookText(outcome.event, outcome.kind, outcome.url, outcome.durationMs),
    );
    if (!sent.ok) {
      github.logger.warning(
        `The incident webhook (${webhook.name}) ${sent.error}: the team was not told that ${outcome.target}'s incident ${outcome.kind}.`,
      );
    }
  }
}
