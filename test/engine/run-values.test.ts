import { describe, expect, it } from 'vitest';
import { exec } from '../../src/engine/exec.ts';
import { runValue, runValues, type RunScope } from '../../src/engine/run-values.ts';

const scope: RunScope = { root: '/', signal: new AbortController().signal, exec };

describe('runValues', () => {
  it('computes a value on its first ask only, and answers every later ask with the same promise', async () => {
    let computed = 0;
    const value = runValue((given) => Promise.resolve(`${given.root} #${++computed}`));
    const ask = runValues();
    const first = ask(value, () => scope);
    const second = ask(value, () => scope);
    expect(second).toBe(first);
    expect(await Promise.all([first, second])).toEqual(['/ #1', '/ #1']);
    expect(computed).toBe(1);
  });

  it('builds the scope only to compute, and computes nothing that is never asked for', async () => {
    let scopes = 0;
    let computed = 0;
    const asked = runValue(() => Promise.resolve(++computed));
    runValue(() => Promise.resolve(++computed));
    const ask = runValues();
    const scopeOnce = () => {
      scopes++;
      return scope;
    };
    await ask(asked, scopeOnce);
    await ask(asked, scopeOnce);
    expect({ scopes, computed }).toEqual({ scopes: 1, computed: 1 });
  });

  it('keeps each run to its own values, and each value to its own answer', async () => {
    let computed = 0;
    const one = runValue(() => Promise.resolve(`one #${++computed}`));
    const two = runValue(() => Promise.resolve(`two #${++computed}`));
    const run = runValues();
    const next = runValues();
    expect([await run(one, () => scope), await run(two, () => scope)]).toEqual([
      'one #1',
      'two #2',
    ]);
    expect(await next(one, () => scope)).toBe('one #3');
  });
});
