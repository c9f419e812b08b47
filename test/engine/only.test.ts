import { describe, expect, it } from 'vitest';
import { parseOnly, selectChecks } from '../../src/engine/only.ts';

const planned = [
  'pre/bandit',
  'pre/flake8',
  'pre/command/migrations-ready',
  'post/backend/health/api-health',
  'post/frontend/page',
].map((id) => ({ id }));

const ids = (patterns: string[]) => selectChecks(planned, patterns).map((check) => check.id);

describe('only: which checks a shard runs', () => {
  it('takes a comma- or newline-separated list of ids and globs', () => {
    expect(parseOnly('pre/bandit, pre/flake8\npost/*')).toEqual({
      ok: true,
      value: ['pre/bandit', 'pre/flake8', 'post/*'],
    });
  });

  it('refuses an entry that is no id or glob, and an empty list', () => {
    expect(parseOnly('pre/bandit,pre/{a,b}')).toEqual({
      ok: false,
      error: '"pre/{a" is not a check id or glob (letters, digits, / _ . - and the wildcards * ?)',
    });
    expect(parseOnly(' , ')).toEqual({ ok: false, error: 'expected check ids or globs, got none' });
  });

  it('selects exact ids and globs whose * spans /, in plan order', () => {
    expect(ids(['pre/flake8', 'pre/bandit'])).toEqual(['pre/bandit', 'pre/flake8']);
    expect(ids(['pre/*'])).toEqual(['pre/bandit', 'pre/flake8', 'pre/command/migrations-ready']);
    expect(ids(['post/backend/*'])).toEqual(['post/backend/health/api-health']);
    expect(ids(['pre/flake?', 'post/*'])).toEqual([
      'pre/flake8',
      'post/backend/health/api-health',
      'post/frontend/page',
    ]);
  });

  it('treats . and other regex characters literally', () => {
    expect(() => selectChecks([{ id: 'pre/bandit' }], ['pre.bandit'])).toThrow(/matches no check/);
  });

  it('fails on a pattern that matches nothing, naming it and the planned checks', () => {
    expect(() => ids(['pre/bandit', 'pre/bandti'])).toThrow(
      'only: "pre/bandti" matches no check of this run; the checks planned are pre/bandit, pre/flake8, pre/command/migrations-ready, post/backend/health/api-health, post/frontend/page.',
    );
    expect(() => selectChecks([], ['pre/*'])).toThrow(
      'only: "pre/*" matches no check of this run; no checks are planned.',
    );
  });
});
