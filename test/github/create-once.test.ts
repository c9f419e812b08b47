import { describe, expect, it } from 'vitest';
import { createOnce } from '../../src/github/create-once.ts';
import { deadlineIn } from '../../src/github/deadline.ts';

const status = (code: number) => Object.assign(new Error(`HTTP ${code}`), { status: code });

/** A create that fails with each of `failures` in turn, then succeeds; it counts its calls. */
function steps(failures: Error[], found: (string | undefined)[] = []) {
  const calls = { create: 0, find: 0 };
  return {
    calls,
    steps: {
      create: () => {
        calls.create++;
        const failure = failures.shift();
        return failure === undefined ? Promise.resolve('created') : Promise.reject(failure);
      },
      find: () => {
        calls.find++;
        return Promise.resolve(found.shift());
      },
      backoffMs: () => 0,
    },
  };
}

describe('createOnce', () => {
  it('creates once when the first attempt succeeds, looking nothing up', async () => {
    const { calls, steps: s } = steps([]);
    expect(await createOnce(s)).toBe('created');
    expect(calls).toEqual({ create: 1, find: 0 });
  });

  it('takes what a failed attempt created anyway instead of creating it twice', async () => {
    const { calls, steps: s } = steps([status(502)], ['made by the lost attempt']);
    expect(await createOnce(s)).toBe('made by the lost attempt');
    expect(calls).toEqual({ create: 1, find: 1 });
  });

  it('tries again when nothing was created, after a 5xx or a network error', async () => {
    const { calls, steps: s } = steps([status(502), new Error('socket hang up')]);
    expect(await createOnce(s)).toBe('created');
    expect(calls).toEqual({ create: 3, find: 2 });
  });

  it('gives up after three attempts with the last error', async () => {
    const { calls, steps: s } = steps([status(502), status(503), status(504)]);
    await expect(createOnce(s)).rejects.toThrow('HTTP 504');
    expect(calls).toEqual({ create: 3, find: 2 });
  });

  it('never retries a 4xx: GitHub refused it', async () => {
    const { calls, steps: s } = steps([status(422)]);
    await expect(createOnce(s)).rejects.toThrow('HTTP 422');
    expect(calls).toEqual({ create: 1, find: 0 });
  });

  it('does not wait past its deadline', async () => {
    const { calls, steps: s } = steps([status(502)]);
    const slow = { ...s, backoffMs: () => 60_000, deadline: deadlineIn(5_000, 'Creating') };
    await expect(createOnce(slow)).rejects.toThrow('HTTP 502');
    expect(calls).toEqual({ create: 1, find: 1 });
  });
});
