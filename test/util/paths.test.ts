import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadsOut, repoRelative } from '../../src/util/paths.ts';

describe('leadsOut', () => {
  it('is true for a path whose first segment is "..", or an absolute one', () => {
    expect(leadsOut('..')).toBe(true);
    expect(leadsOut('../x')).toBe(true);
    expect(leadsOut('../../etc/passwd')).toBe(true);
    expect(leadsOut('/etc/passwd')).toBe(true);
  });

  it('is false for a file or folder whose name only begins with ".."', () => {
    expect(leadsOut('..foo')).toBe(false);
    expect(leadsOut('..foo/bar.py')).toBe(false);
    expect(leadsOut('...')).toBe(false);
    expect(leadsOut('a/../b')).toBe(false);
    expect(leadsOut('')).toBe(false);
  });

  it('reads the separator of the flavour it is given', () => {
    expect(leadsOut('..\\x', path.win32)).toBe(true);
    expect(leadsOut('C:\\x', path.win32)).toBe(true);
    expect(leadsOut('..foo\\x', path.win32)).toBe(false);
    expect(leadsOut('..\\x', path.posix)).toBe(false); // one file name on POSIX
  });
});

describe('repoRelative', () => {
  it('keeps a file named "..foo" inside the repository', () => {
    expect(repoRelative('/repo', '/repo', '..foo')).toBe('..foo');
    expect(repoRelative('/repo', '/repo/backend', '..foo/app.py')).toBe('backend/..foo/app.py');
  });

  it('drops what lies outside the repository, and the root itself', () => {
    expect(repoRelative('/repo', '/repo', '../other/app.py')).toBeUndefined();
    expect(repoRelative('/repo', '/repo/backend', '../../app.py')).toBeUndefined();
    expect(repoRelative('/repo', '/repo', '/etc/passwd')).toBeUndefined();
    expect(repoRelative('/repo', '/repo/backend', '..')).toBeUndefined();
  });
});
