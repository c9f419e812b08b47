import { describe, expect, it } from 'vitest';
import { changeBase } from '../../src/github/context.ts';

const base = 'a'.repeat(40);
const head = 'b'.repeat(40);
const payload = { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } };

describe('changeBase', () => {
  it('a pull_request event: its base, its head, fetched when missing', () => {
    expect(changeBase({ eventName: 'pull_request', payload })).toEqual({
      ref: base,
      prHead: head,
      fetch: true,
    });
  });

  it('no base for other events, nor for a payload without one', () => {
    // pull_request_target checks out the base branch: its diff against the base is empty.
    expect(changeBase({ eventName: 'pull_request_target', payload })).toBeUndefined();
    expect(changeBase({ eventName: 'push', payload })).toBeUndefined();
    expect(changeBase({ eventName: 'pull_request', payload: {} })).toBeUndefined();
    const option = { pull_request: { base: { sha: '--upload-pack=x' }, head: { sha: head } } };
    expect(changeBase({ eventName: 'pull_request', payload: option })).toBeUndefined();
  });
});
