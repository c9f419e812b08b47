import { escapeInline } from '../report/markdown-escape.ts';
import type { MonitorPublished } from './publish.ts';

const DONE = { opened: 'opened', reopened: 'reopened', commented: 'updated', closed: 'closed' };

/** The monitor's job summary: the status table and what happened to incidents, above the run's report. */
export function monitorSummary(published: MonitorPublished, reportMarkdown: string): string {
  const status = published.statusUrl
    ? `${published.table ?? ''}\n\nHistory and figures: [status issue](${published.statusUrl}).`
    : '_The status issue was not written: see the warnings in the log._';
  const incidents = published.outcomes.map(
    (outcome) =>
      `- ${escapeInline(outcome.target)}: incident [#${outcome.number}](${outcome.url}) ${DONE[outcome.kind]}`,
  );
  return [
    '## 📈 Shipgate monitor',
    '',
    status,
    ...(incidents.length ? ['', ...incidents] : []),
    '',
    reportMarkdown,
  ].join('\n');
}
