import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { annotatablePath, locate, pathUri, sourceUrl } from '../../src/report/location.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'B105',
  severity: 'low',
  message: 'Possible hardcoded password',
  file: 'backend/crm/settings.py',
  line: 12,
  ...overrides,
});
const BLOB = 'https://github.com/o/r/blob/abc123';

describe('annotatablePath', () => {
  it('makes a path repository-relative with forward slashes', () => {
    expect(annotatablePath('./backend\\crm\\views.py')).toBe('backend/crm/views.py');
    expect(annotatablePath('././src/app.ts')).toBe('src/app.ts');
  });

  it('refuses an absolute path, a Windows drive or one escaping the repository', () => {
    expect(annotatablePath('/home/runner/work/app.py')).toBeUndefined();
    expect(annotatablePath('C:\\work\\app.py')).toBeUndefined();
    expect(annotatablePath('backend/../../etc/passwd')).toBeUndefined();
    expect(annotatablePath('./')).toBeUndefined();
  });
});

describe('locate', () => {
  it('keeps a finding with a usable file and line, its path made annotatable', () => {
    expect(locate(finding({ file: './backend/app.py' }))).toEqual(
      finding({ file: 'backend/app.py' }),
    );
  });

  it('is undefined without a line or a usable file', () => {
    expect(locate(finding({ line: undefined }))).toBeUndefined();
    expect(locate(finding({ file: undefined }))).toBeUndefined();
    expect(locate(finding({ file: '/abs/app.py' }))).toBeUndefined();
  });
});

describe('pathUri', () => {
  it('percent-encodes each segment and keeps the slashes between them', () => {
    expect(pathUri('frontend/pages/[username]/index.tsx')).toBe(
      'frontend/pages/%5Busername%5D/index.tsx',
    );
    expect(pathUri('views copy.py')).toBe('views%20copy.py');
    expect(pathUri('a:b/100%/é')).toBe('a%3Ab/100%25/%C3%A9');
  });
});

describe('sourceUrl', () => {
  it("links a finding's line, or its range when it ends on a later line", () => {
    expect(sourceUrl(BLOB, finding())).toBe(`${BLOB}/backend/crm/settings.py#L12`);
    expect(sourceUrl(BLOB, finding({ endLine: 14 }))).toBe(
      `${BLOB}/backend/crm/settings.py#L12-L14`,
    );
    expect(sourceUrl(BLOB, finding({ endLine: 12 }))).toBe(`${BLOB}/backend/crm/settings.py#L12`);
  });

  it('encodes each path segment, not the slashes', () => {
    expect(sourceUrl(BLOB, finding({ file: 'docs/a b/#1.md', line: 3 }))).toBe(
      `${BLOB}/docs/a%20b/%231.md#L3`,
    );
  });

  it('is undefined for a finding GitHub cannot place', () => {
    expect(sourceUrl(BLOB, finding({ line: undefined }))).toBeUndefined();
  });
});
