import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/baseline/diff.ts';
import { touchedBy, type ChangeScope } from '../../src/baseline/touched.ts';
import type { Finding } from '../../src/core/model.ts';

const changes: ChangeSet = {
  files: new Map([
    ['app/views.py', { path: 'app/views.py', added: false, lines: [4, 10, 11] }],
    ['lib/moved.py', { path: 'lib/moved.py', oldPath: 'app/moved.py', added: false, lines: [] }],
  ]),
  deleted: [],
};
const scope = (mode: ChangeScope['mode']): ChangeScope => ({
  mode,
  changes,
  packages: { npm: new Set(['lodash']), pip: new Set(['django']) },
});
const at = (file: string | undefined, extra: Partial<Finding> = {}): Finding => ({
  rule: 'E501',
  severity: 'low',
  message: 'line too long',
  ...(file ? { file } : {}),
  ...extra,
});

describe('touchedBy', () => {
  it('lines: a finding on a changed line is the change’s, one beside it is not', () => {
    expect(touchedBy(scope('lines'), 'flake8', at('app/views.py', { line: 4 }))).toBe(true);
    expect(touchedBy(scope('lines'), 'flake8', at('app/views.py', { line: 5 }))).toBe(false);
    expect(touchedBy(scope('lines'), 'flake8', at('app/other.py', { line: 4 }))).toBe(false);
    expect(touchedBy(scope('lines'), 'flake8', at('lib/moved.py', { line: 1 }))).toBe(false);
  });

  it('lines: a multi-line finding or black’s spans meet any changed line', () => {
    expect(touchedBy(scope('lines'), 'eslint', at('app/views.py', { line: 5, endLine: 10 }))).toBe(
      true,
    );
    const spans = [
      { line: 1, endLine: 2 },
      { line: 12, endLine: 20 },
    ];
    expect(touchedBy(scope('lines'), 'black', at('app/views.py', { line: 1, spans }))).toBe(false);
    const hit = [...spans, { line: 9, endLine: 9 }, { line: 11, endLine: 11 }];
    expect(touchedBy(scope('lines'), 'black', at('app/views.py', { line: 1, spans: hit }))).toBe(
      true,
    );
  });

  it('files: any finding in a file with changed lines; a file only moved is not', () => {
    expect(touchedBy(scope('files'), 'flake8', at('app/views.py', { line: 99 }))).toBe(true);
    expect(touchedBy(scope('files'), 'flake8', at('lib/moved.py', { line: 1 }))).toBe(false);
    expect(touchedBy(scope('files'), 'flake8', at('app/other.py', { line: 1 }))).toBe(false);
  });

  it('a finding of no file is the project’s, always judged; one of a whole changed file too', () => {
    expect(touchedBy(scope('lines'), 'django', at(undefined))).toBe(true);
    expect(touchedBy(scope('lines'), 'typescript', at('app/views.py'))).toBe(true);
  });

  it('audits: by the package the manifests changed, wherever the advisory points', () => {
    const lodash = at('web/package-lock.json', { line: 7, subject: 'lodash' });
    expect(touchedBy(scope('lines'), 'npm-audit', lodash)).toBe(true);
    expect(touchedBy(scope('lines'), 'npm-audit', { ...lodash, subject: 'minimist' })).toBe(false);
    expect(touchedBy(scope('lines'), 'pip-audit', at(undefined, { subject: 'django' }))).toBe(true);
    expect(touchedBy(scope('lines'), 'pip-audit', at(undefined, { subject: 'lodash' }))).toBe(
      false,
    );
  });
});
