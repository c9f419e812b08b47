import { BUDGETS } from './budget.ts';
import type { MarkdownOptions } from './render-markdown.ts';

/**
 * How each surface renders the one Markdown sign-off: the comment and the check run's
 * summary are brief (what blocks, then the checks that did not pass); the check run's text
 * and the job summary carry every check and finding, each within its own limit (the job
 * summary's, in bytes, is applied by `withinBytes`).
 */
export const SURFACES = {
  comment: { shape: 'brief', budget: BUDGETS.comment, maxBlocking: 10 },
  checkRunSummary: { shape: 'brief', budget: BUDGETS.checkRun, maxBlocking: 10 },
  checkRunText: { shape: 'details', budget: BUDGETS.checkRun },
  jobSummary: { shape: 'full', maxBlocking: 500 },
} as const satisfies Record<string, MarkdownOptions>;
