import { signoffSchema, type SignoffConfig } from '../config/schema.ts';
import type { ActionInputs } from './inputs.ts';

/**
 * The sign-off settings of a run: the config's `signoff` section (its defaults when the
 * config could not be read) with the action's `comment`, `comment-key`, `comment-author`
 * and `check-run` inputs on top.
 */
export function signoffSettings(
  config: SignoffConfig | undefined,
  inputs: Pick<ActionInputs, 'comment' | 'commentKey' | 'commentAuthor' | 'checkRun'>,
): SignoffConfig {
  const base = config ?? signoffSchema.parse(undefined);
  return {
    ...base,
    ...(inputs.comment !== undefined ? { comment: inputs.comment } : {}),
    ...(inputs.commentKey !== undefined ? { 'comment-key': inputs.commentKey } : {}),
    ...(inputs.commentAuthor !== undefined ? { 'comment-author': inputs.commentAuthor } : {}),
    ...(inputs.checkRun !== undefined ? { 'check-run': inputs.checkRun } : {}),
  };
}
