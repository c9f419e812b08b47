import type { Report } from '../core/model.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderText, type TextOptions } from './render-text.ts';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** The report in one of the CLI's formats. JSON is the contract in DESIGN.md. */
export function renderReport(report: Report, format: Format, text: TextOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report, text);
  }
}
