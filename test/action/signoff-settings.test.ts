import { describe, expect, it } from 'vitest';
import { signoffSettings } from '../../src/action/signoff-settings.ts';
import { signoffSchema } from '../../src/config/schema.ts';

const defaults = signoffSchema.parse(undefined);
const configured = signoffSchema.parse({ comment: false, 'comment-key': 'staging' });

describe('signoffSettings', () => {
  it("takes the config's signoff section when no input overrides it", () => {
    expect(signoffSettings(configured, {})).toEqual(configured);
  });

  it('takes the defaults when the config could not be read', () => {
    expect(signoffSettings(undefined, {})).toMatchObject({
      comment: true,
      'comment-key': 'signoff',
      'comment-author': 'github-actions[bot]',
      'check-run': 'Shipgate',
    });
  });

  it('lets each input override its setting', () => {
    expect(
      signoffSettings(configured, {
        comment: true,
        commentKey: 'production',
        commentAuthor: 'shipgate-app[bot]',
        checkRun: 'Shipgate (production)',
      }),
    ).toEqual({
      ...configured,
      comment: true,
      'comment-key': 'production',
      'comment-author': 'shipgate-app[bot]',
      'check-run': 'Shipgate (production)',
    });
  });

  it('posts neither comment nor check run from a shard: the merge job signs off', () => {
    expect(signoffSettings(defaults, { only: ['pre/*'] })).toMatchObject({
      comment: false,
      'check-run': false,
    });
  });

  it('posts from a shard whose inputs ask for it', () => {
    expect(
      signoffSettings(defaults, { only: ['pre/*'], comment: true, checkRun: 'Shard' }),
    ).toMatchObject({ comment: true, 'check-run': 'Shard' });
  });
});
