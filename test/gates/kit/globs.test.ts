import { describe, expect, it } from 'vitest';
import { isExcluded } from '../../../src/gates/kit/globs.ts';

describe('isExcluded', () => {
  it('matches globs against repository-relative paths', () => {
    expect(isExcluded('backend/app/migrations/0001_initial.py', ['**/migrations/**'])).toBe(true);
    expect(isExcluded('backend/app/models.py', ['**/migrations/**'])).toBe(false);
  });

  it('takes a directory with or without its trailing slash, and only whole names', () => {
    expect(isExcluded('legacy/old.py', ['legacy/'])).toBe(true);
    expect(isExcluded('legacy/old.py', ['legacy'])).toBe(true);
    expect(isExcluded('legacy-new/app.py', ['legacy'])).toBe(false);
  });

  it('excludes nothing without globs', () => {
    expect(isExcluded('a.py', [])).toBe(false);
  });
});
