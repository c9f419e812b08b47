import type { MonitorConfig } from '../config/monitor-schema.ts';
import { BUDGETS } from '../report/budget.ts';
import { escapeInline } from '../report/markdown-escape.ts';
import { formatDuration } from '../util/duration.ts';
import { boundHistory, encodeHistory, type MonitorHistory, type TargetRecord } from './document.ts';
import {
  BUDGET_WINDOW_MS,
  errorBudgets,
  trendOf,
  WINDOWS,
  windowStats,
  type Budget,
  type Trend,
} from './slo.ts';

/**
 * The status issue: one per repository, found again by its marker and label, with a table a
 * person reads (uptime over 24 h, 7 d and 30 d, p95 and error rate with their trend, the error
 * budget left against the SLOs) above the machine-readable history it is computed from.
 */

export const STATUS_MARKER = '<!-- shipgate:status -->';
export const STATUS_LABEL = 'shipgate-status';
export const STATUS_TITLE = 'Shipgate status';

const TREND: Record<Trend, string> = { worse: '↑ worse', better: '↓ better', steady: '→ steady' };
const NONE = '–';

const percent = (share: number | undefined, digits = 2) =>
  share === undefined ? NONE : `${(share * 100).toFixed(digits)}%`;

/** An objective as it was written: 0.999 → "99.9%". */
const objective = (share: number) => `${Number((share * 100).toFixed(4))}%`;

/** What is left of a budget: a share, "spent" when an objective of 100% meets a failure. */
function budgetLeft(budget: Budget): string {
  if (budget.left === undefined) return NONE;
  if (budget.left === -Infinity) return 'spent';
  return percent(budget.left, 1);
}

function now(record: TargetRecord): string {
  const issue = record.incident.issue;
  if (issue?.open) return `🔴 incident #${issue.number}`;
  const last = record.buckets.at(-1);
  if (!last) return NONE;
  if (record.incident.failingRuns > 0) {
    const runs = record.incident.failingRuns;
    return `🟠 failing (${runs} ${runs === 1 ? 'run' : 'runs'})`;
  }
  return '🟢 up';
}

/** One target's row: the figures of slo.ts over the windows, formatted. */
function row(name: string, record: TargetRecord, slo: MonitorConfig['slo'], at: number): string {
  const [day, week, month] = WINDOWS.map(({ ms }) => windowStats(record.buckets, at, ms, slo.p95));
  const budget = errorBudgets(windowStats(record.buckets, at, BUDGET_WINDOW_MS, slo.p95), slo);
  const weekHasMore = week!.runs > day!.runs;
  const p95Trend = trendOf(day!.p95Ms, week!.p95Ms, weekHasMore, 10);
  const errorTrend = trendOf(day!.errorRate, week!.errorRate, weekHasMore, 0.001);
  const trend = `p95 ${p95Trend ? TREND[p95Trend] : NONE} · errors ${errorTrend ? TREND[errorTrend] : NONE}`;
  return `| ${[
    escapeInline(name),
    now(record),
    percent(day!.uptime),
    percent(week!.uptime),
    percent(month!.uptime),
    day!.p95Ms === undefined ? NONE : formatDuration(day!.p95Ms),
    percent(day!.errorRate),
    trend,
    budget.map(budgetLeft).join(' · '),
  ].join(' | ')} |`;
}

/** Targets in the config's order, then any the history still holds (removed from the config). */
function ordered(history: MonitorHistory, names: readonly string[]): string[] {
  const known = names.filter((name) => history.targets[name]);
  const rest = Object.keys(history.targets)
    .filter((name) => !names.includes(name))
    .sort();
  return [...known, ...rest];
}

/** The readable table of every target's figures at `at`, for the status issue and the job summary. */
export function statusTable(
  history: MonitorHistory,
  monitor: MonitorConfig,
  names: readonly string[],
  at: number,
): string {
  const { slo } = monitor;
  const rows = ordered(history, names).map((name) => row(name, history.targets[name]!, slo, at));
  if (!rows.length) return '_No target has been probed yet._';
  return [
    '| Target | Now | Uptime 24 h | Uptime 7 d | Uptime 30 d | p95 24 h | Error rate 24 h | Trend (24 h vs 7 d) | Error budget left, 30 d (uptime · p95 · errors) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Objectives (\`monitor.slo\`): uptime ${objective(slo.uptime)} of runs, p95 ${formatDuration(slo.p95)}, error rate ${objective(slo['error-rate'])} of requests. Uptime counts monitor runs in which every blocking probe passed.`,
  ].join('\n');
}

export interface StatusBodyOptions {
  names: readonly string[];
  at: number;
  runUrl?: string;
  /** The whole body's budget; GitHub allows 65,536 characters. */
  maxChars?: number;
}

/**
 * The status issue body: the marker, the table, and the history bounded to what the body
 * has left (rolled up, never beyond the 30-day figures' resolution unless it must).
 */
export function statusBody(
  history: MonitorHistory,
  monitor: MonitorConfig,
  options: StatusBodyOptions,
): string {
  const { at } = options;
  const updated = `Updated ${new Date(at).toISOString().replace(/\.\d+Z$/, 'Z')}${
    options.runUrl ? ` by [this run](${options.runUrl})` : ''
  }. Written by Shipgate's monitor (\`phase: monitor\`): edit the config, not this issue.`;
  const head = [
    STATUS_MARKER,
    `## 📈 ${STATUS_TITLE}`,
    '',
    statusTable(history, monitor, options.names, at),
    '',
    updated,
    '',
  ].join('\n');
  const room = (options.maxChars ?? BUDGETS.comment) - head.length - 1;
  return `${head}${encodeHistory(boundHistory(history, at, monitor.slo.p95, room))}\n`;
}
