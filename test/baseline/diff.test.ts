import { afterAll, describe, expect, it } from 'vitest';
import { parseDiff } from '../../src/baseline/diff.ts';
import { git, pullRequestRepo } from '../support/git-repo.ts';

const numbered = (name: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${name}_line_${i + 1} = compute_value(${i + 1})\n`).join(
    '',
  );

const views = numbered('views', 20);
const viewsLines = views.split('\n').slice(0, -1);
// The PR: a line added after line 2, line 10 edited, lines 15-17 moved to the top.
const prViews = [
  ...viewsLines.slice(14, 17),
  ...viewsLines.slice(0, 2),
  'added_line = introduce_problem()',
  ...viewsLines.slice(2, 9),
  'views_line_10 = compute_value(1000)',
  ...viewsLines.slice(10, 14),
  ...viewsLines.slice(17),
].join('\n');

const lockBefore = `{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17.20"\n    }\n  }\n}\n`;

const repo = pullRequestRepo({
  baseFiles: {
    'app/views.py': views,
    'app/old_name.py': numbered('moved', 12),
    'app/edited_move.py': numbered('edited', 12),
    'app/gone.py': numbered('gone', 3),
    'web/package-lock.json': lockBefore,
    'odd name\tx.py': 'first = line_of_text\n',
  },
  moves: { 'app/old_name.py': 'lib/new_name.py', 'app/edited_move.py': 'lib/edited.py' },
  prFiles: {
    'app/views.py': `${prViews}\n`,
    'lib/edited.py': numbered('edited', 12).replace(
      'edited_line_5 = compute_value(5)',
      'edited_line_5 = 5',
    ),
    'app/gone.py': null,
    'web/package-lock.json': lockBefore.replace('4.17.20', '4.17.21'),
    'web/new.ts': 'export const x = 1;\nexport const y = 2;\n',
    'odd name\tx.py': 'first = changed_text\n',
  },
});
afterAll(repo.remove);

const diffOf = (from: string, to: string) =>
  git(
    repo.work,
    '-c',
    'core.quotePath=false',
    'diff',
    '--unified=0',
    '-M',
    '--no-color',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    from,
    to,
  );

describe('parseDiff on a real pull request', () => {
  const { files, deleted } = parseDiff(diffOf(`${repo.base}~1`, repo.head));

  it('keeps added and edited lines of the head, not moved ones', () => {
    expect(files.get('app/views.py')?.lines).toEqual([6, 14]);
  });

  it('follows a moved file, unchanged or edited', () => {
    expect(files.get('lib/new_name.py')).toEqual({
      path: 'lib/new_name.py',
      oldPath: 'app/old_name.py',
      added: false,
      lines: [],
    });
    expect(files.get('lib/edited.py')).toMatchObject({ oldPath: 'app/edited_move.py', lines: [5] });
  });

  it('marks added files with all their lines, deleted files by their base path', () => {
    expect(files.get('web/new.ts')).toEqual({ path: 'web/new.ts', added: true, lines: [1, 2] });
    expect(deleted).toEqual(['app/gone.py']);
    expect(files.has('app/gone.py')).toBe(false);
  });

  it('reads a lockfile change and a quoted path', () => {
    expect(files.get('web/package-lock.json')?.lines).toEqual([6]);
    expect(files.get('odd name\tx.py')?.lines).toEqual([1]);
  });
});

describe('parseDiff on text that is not a diff', () => {
  it('is empty, never throws', () => {
    expect(parseDiff('').files.size).toBe(0);
    expect(parseDiff('@@ -1 +1 @@\n+x\nnot a diff --git').files.size).toBe(0);
    expect(parseDiff('diff --git\n+++ \n@@ garbage').files.size).toBe(0);
  });

  it('handles a deletion-only hunk and CRLF', () => {
    const text =
      'diff --git a/a.py b/a.py\r\nindex 1..2 100644\r\n--- a/a.py\r\n+++ b/a.py\r\n@@ -3,2 +2,0 @@\r\n-x\r\n-y\r\n@@ -9 +8,2 @@\r\n-old\r\n+new\r\n+more\r\n';
    expect(parseDiff(text).files.get('a.py')?.lines).toEqual([8, 9]);
  });
});
