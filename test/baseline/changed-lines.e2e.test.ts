import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report-schema.ts';
import { runCli } from '../support/cli.ts';
import { git, gitEnv, pullRequestRepo } from '../support/git-repo.ts';

const config = ['pre:', '  gates:', '    flake8: true', '    black: true'].join('\n');
// Formatted as black wants it, with one unused import (F401) on line 1.
const legacy = [
  'import os',
  '',
  '',
  'def total(items):',
  '    return sum(item.price for item in items)',
  '',
  '',
  'def count(items):',
  '    return len(items)',
  '',
].join('\n');

const repo = pullRequestRepo({
  baseFiles: {
    '.github/shipgate.yml': config,
    'app/legacy.py': legacy,
    'app/helpers.py': 'import sys\n',
    'app/untouched.py': 'import json\nx = {  }\n',
  },
  moves: { 'app/helpers.py': 'lib/helpers.py' },
  prFiles: {
    // A new unused import on a new line 2, and count() rewritten in a way black would change.
    'app/legacy.py': legacy
      .replace('import os\n', 'import os\nimport re\n')
      .replace('    return len(items)', '    return len( items )'),
  },
});
afterAll(repo.remove);

async function run(...extra: string[]) {
  const result = await runCli(['run', '--phase', 'pre', '--format', 'json', ...extra], {
    cwd: repo.work,
    env: gitEnv,
  });
  return { ...result, report: reportSchema.parse(JSON.parse(result.stdout)) };
}

describe('changed lines with --base (real git, flake8 and black)', () => {
  it('judges only the lines the change added or edited, linting only the files it edited', async () => {
    const { report, code, stderr } = await run('--base', 'main');
    expect(stderr).toContain('Judging the change against the merge base of main and HEAD');
    const flake8 = report.checks.find((check) => check.id === 'pre/flake8')!;
    expect(flake8.findings.map((f) => [f.file, f.line, f.rule, f.new])).toEqual([
      ['app/legacy.py', 1, 'F401', false],
      ['app/legacy.py', 2, 'F401', true],
      ['app/legacy.py', 10, 'E201', true],
      ['app/legacy.py', 10, 'E202', true],
    ]);
    // Untouched and merely moved files are not linted: all their findings would be existing.
    expect(flake8.counts).toEqual({ new: 3, existing: 1, fixed: 0 });
    const black = report.checks.find((check) => check.id === 'pre/black')!;
    expect(black.findings.map((f) => [f.file, f.new])).toEqual([['app/legacy.py', true]]);
    expect(code).toBe(1);
  });

  it('changes: files judges every finding of a changed file; off judges all', async () => {
    // An untracked config: the change is what git tracks.
    await writeFile(path.join(repo.work, 'files.yml'), `changes: files\n${config}`);
    const files = await run('--base', 'main', '--config', 'files.yml');
    expect(files.report.checks.find((check) => check.id === 'pre/flake8')?.counts).toEqual({
      new: 4,
      existing: 0,
      fixed: 0,
    });
    await writeFile(path.join(repo.work, 'off.yml'), `changes: off\n${config}`);
    const off = await run('--base', 'main', '--config', 'off.yml');
    expect(off.report.checks.find((check) => check.id === 'pre/flake8')?.counts?.new).toBe(8);
    const everything = await run();
    const flake8 = everything.report.checks.find((check) => check.id === 'pre/flake8')!;
    expect(flake8.counts).toEqual({ new: 8, existing: 0, fixed: 0 });
  });

  it('a base that is not a commit is said out loud, and every finding judged', async () => {
    const { report, stderr } = await run('--base', 'no-such-branch');
    expect(stderr).toContain(
      'shipgate: warning: changes: the base no-such-branch is not a commit in this clone',
    );
    expect(stderr).toContain('Every finding is judged as new.');
    expect(report.checks.find((check) => check.id === 'pre/flake8')?.counts?.existing).toBe(0);
  });

  it('a change that adds entries to the baseline file shows them as a warning', async () => {
    const written = await runCli(['baseline'], { cwd: repo.work, env: gitEnv });
    expect(written.code).toBe(0);
    git(repo.work, 'add', '.github/shipgate-baseline.json');
    const { report, code } = await run('--base', 'main');
    const flake8 = report.checks.find((check) => check.id === 'pre/flake8')!;
    // The baseline's entries for files not linted are not taken for fixed.
    expect(flake8.counts).toEqual({ new: 0, existing: 4, fixed: 0 });
    const accepted = report.checks.find((check) => check.id === 'signoff/baseline')!;
    expect(accepted).toMatchObject({
      status: 'warn',
      blocking: false,
      summary:
        '10 entries added to .github/shipgate-baseline.json: each accepts a finding without fixing it',
    });
    expect(accepted.findings.filter((f) => f.subject === 'pre/flake8')).toHaveLength(8);
    expect(code).toBe(0);
  });
});
