import { UsageError } from '../util/errors.ts';
import { fail, ok, type Result } from '../util/result.ts';

/**
 * `only` (the action input and `--only`): the check ids a shard runs, e.g.
 * `pre/bandit,pre/flake8`, `pre/*`, `post/backend/*`. `*` matches any run of characters,
 * `/` included, so `pre/*` is every pre-deploy check; `?` matches one character.
 */

const PATTERN = /^[A-Za-z0-9/_.*?-]+$/;

/** The patterns in a comma- or newline-separated list, or what is wrong with an entry. */
export function parseOnly(text: string): Result<string[]> {
  const patterns = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = patterns.find((pattern) => !PATTERN.test(pattern));
  if (bad !== undefined) {
    return fail(
      `"${bad}" is not a check id or glob (letters, digits, / _ . - and the wildcards * ?)`,
    );
  }
  return patterns.length ? ok(patterns) : fail('expected check ids or globs, got none');
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * The checks whose id matches any pattern, in plan order. A pattern that matches nothing is
 * a usage error: a typo must not turn a shard into an empty run that passes.
 */
export function selectChecks<T extends { id: string }>(
  checks: readonly T[],
  patterns: readonly string[],
): T[] {
  const matchers = patterns.map((pattern) => ({ pattern, regex: globToRegExp(pattern) }));
  const unmatched = matchers.filter(({ regex }) => !checks.some((check) => regex.test(check.id)));
  if (unmatched.length) {
    const planned = checks.map((check) => check.id);
    const listed = planned.length
      ? `the checks planned are ${planned.slice(0, 30).join(', ')}${planned.length > 30 ? `, and ${planned.length - 30} more` : ''}`
      : 'no checks are planned';
    throw new UsageError(
      `only: ${unmatched.map(({ pattern }) => `"${pattern}"`).join(', ')} ${unmatched.length === 1 ? 'matches' : 'match'} no check of this run; ${listed}.`,
    );
  }
  return checks.filter((check) => matchers.some(({ regex }) => regex.test(check.id)));
}
