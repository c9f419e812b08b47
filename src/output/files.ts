import type { Report } from '../core/model.ts';
import { renderReport } from '../report/render.ts';
import { VERSION } from '../version.ts';

/** The report as JSON, the contract in DESIGN.md. */
export const reportJson = (report: Report) => renderReport(report, 'json');

/** SARIF 2.1.0, its renderer loaded only when asked for: most runs never write SARIF. */
export async function sarifJson(report: Report): Promise<string> {
  const { toSarif } = await import('../report/sarif.ts');
  return `${JSON.stringify(toSarif(report, VERSION), null, 2)}\n`;
}
