import { setTimeout } from 'node:timers/promises';
import type { MonitorConfig } from '../config/monitor-schema.ts';
import { decodeHistory, EMPTY_HISTORY, type MonitorHistory } from './document.ts';
import { ensureLabels, findIssues, type MonitorGitHub } from './github.ts';
import { applyRun, hasRun } from './record.ts';
import type { IncidentState } from './incident.ts';
import type { TargetRun } from './observe.ts';
import { STATUS_LABEL, STATUS_MARKER, STATUS_TITLE, statusBody } from './status-body.ts';

/**
 * The status issue on GitHub: found by its label and marker (the oldest, should two runs ever
 * have created one each), read, and written without losing another run's samples.
 */

export interface StatusIssue {
  number: number;
  url: string;
  history: MonitorHistory;
}

/** Optimistic writes: read, merge, write, and read again until the run's key is there. */
const WRITE_ATTEMPTS = 3;

/**
 * How long after writing the run looks again. GitHub has no conditional update of an issue:
 * a concurrent run that read before this write may still overwrite it, a round trip and its
 * client's write spacing (1 s) later.
 */
const SETTLE_MS = 2_000;

function decoded(github: MonitorGitHub, number: number, body: string): MonitorHistory {
  const { history, problem } = decodeHistory(body);
  if (problem) {
    github.logger.warning(`Status issue #${number}: ${problem}. Its history starts afresh.`);
  }
  return history;
}

/** The status issue and its history; undefined when there is none yet (the first run). */
export async function findStatusIssue(github: MonitorGitHub): Promise<StatusIssue | undefined> {
  const [issue] = await findIssues(github, STATUS_LABEL, 'all', (body) =>
    body.startsWith(STATUS_MARKER),
  );
  if (!issue) return undefined;
  return {
    number: issue.number,
    url: issue.url,
    history: decoded(github, issue.number, issue.body),
  };
}

export interface StatusWrite {
  runs: readonly TargetRun[];
  /** Each observed target's incident state after this run's actions. */
  incidents: Readonly<Record<string, IncidentState>>;
  /** This run's key: how a later read tells that the write survived. */
  key: string;
  monitor: MonitorConfig;
  names: readonly string[];
  at: number;
  runUrl?: string;
  /** Wait before checking that the write survived (default SETTLE_MS). */
  settleMs?: number;
}

/**
 * Writes the run into the status issue, creating it (and its label) on the first run. The
 * issue is re-read before every write and a moment after it: a concurrent run that wrote
 * meanwhile keeps its samples, and this run's, overwritten by another, are merged in again.
 */
export async function writeStatus(
  github: MonitorGitHub,
  existing: StatusIssue | undefined,
  write: StatusWrite,
): Promise<{ url: string; history: MonitorHistory }> {
  const render = (latest: MonitorHistory) => {
    const history = applyRun(
      latest,
      write.runs,
      write.incidents,
      write.key,
      write.monitor,
      write.at,
    );
    const body = statusBody(history, write.monitor, {
      names: write.names,
      at: write.at,
      ...(write.runUrl ? { runUrl: write.runUrl } : {}),
    });
    return { history, body };
  };
  const { octokit, repo } = github;
  if (!existing) {
    await ensureLabels(github, [
      {
        name: STATUS_LABEL,
        color: '0e8a16',
        description: "Shipgate monitor's status: uptime, latency and error budgets",
      },
    ]);
    const { history, body } = render(EMPTY_HISTORY);
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: STATUS_TITLE,
      body,
      labels: [STATUS_LABEL],
    });
    return { url: data.html_url, history };
  }
  let written = existing.history;
  for (let writes = 0; ; writes++) {
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: existing.number });
    const latest = decoded(github, existing.number, data.body ?? '');
    if (hasRun(latest, write.key)) return { url: existing.url, history: latest };
    if (writes === WRITE_ATTEMPTS) break;
    const { history, body } = render(latest);
    await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
    written = history;
    await setTimeout(write.settleMs ?? SETTLE_MS);
  }
  github.logger.warning(
    `Status issue #${existing.number}: other runs kept overwriting it; this run's samples may be missing. Give the monitor workflow a concurrency group.`,
  );
  return { url: existing.url, history: written };
}
