import { signoffSchema, type SignoffConfig } from '../config/schema.ts';
import type { ActionInputs } from './inputs.ts';

/**
 * The sign-off settings of a run: the config's `signoff` section (its defaults when the
 * config could not be read) with the action's `comment`, `comment-key`, `comment-author`
 * and `check-run` inputs on top. A shard (`only`) posts neither comment nor check run unless
 * its inputs ask for them: the merge job signs off for all shards, once.
 */
export function signoffSettings(
  config: SignoffConfig | undefined,
  inputs: Pick<ActionInputs, 'comment' | 'commentKey' | 'commentAuthor' | 'checkRun' | 'only'>,
): SignoffConfig {
  const base = config ?? signoffSchema.parse(undefined);
  return {
    ...base,
    ...(inputs.only ? { comment: false, 'check-run': false as const } : {}),
    ...(inputs.comment !== undefined ? { comment: inputs.comment } : {}),
    ...(inputs.commentKey !== undefined ? { 'comment-key': inputs.commentKey } : {}),
    ...(inputs.commentAuthor !== undefined ? { 'comment-author': inputs.commentAuthor } : {}),
    ...(inputs.checkRun !== undefined ? { 'check-run': inputs.checkRun } : {}),
  };
}
