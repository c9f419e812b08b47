import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report-schema.ts';
import { runAction } from '../github/run-action.ts';
import { checkoutLikeActions, pullRequestRepo } from '../support/git-repo.ts';

const repo = pullRequestRepo({
  baseFiles: {
    '.github/shipgate.yml': 'pre:\n  gates:\n    flake8: true\n',
    'app/old.py': 'import os\n',
    'app/views.py': 'import json\n\nVALUE = 1\n',
  },
  prFiles: { 'app/views.py': 'import json\nimport sys\n\nVALUE = 2\n' },
});
const clones: string[] = [];
afterAll(async () => {
  repo.remove();
  for (const dir of clones) await rm(dir, { recursive: true, force: true });
});

const event = {
  pull_request: { number: 1, base: { sha: repo.base }, head: { sha: repo.head } },
};

async function actionOn(checkedOut: string, depth?: number) {
  const workspace = checkoutLikeActions(repo.origin, checkedOut, depth);
  clones.push(workspace);
  const run = await runAction({
    apiUrl: 'http://127.0.0.1:9',
    workspace,
    eventName: 'pull_request',
    payload: event,
    sha: repo.merge,
    inputs: { 'github-token': '', phase: 'pre' },
  });
  const report = reportSchema.parse(
    JSON.parse(await readFile(path.join(workspace, 'shipgate-report.json'), 'utf8')),
  );
  return { ...run, flake8: report.checks.find((check) => check.id === 'pre/flake8')! };
}

describe('the bundled action on a pull_request event (real git, real flake8)', () => {
  it("with actions/checkout's defaults, judges the merge commit's own change", async () => {
    const { stdout, flake8 } = await actionOn(repo.merge);
    expect(stdout).toContain(
      `Judging the change against HEAD is the merge commit of ${repo.head.slice(0, 7)}: its first parent ${repo.base.slice(0, 7)}: 1 file changed.`,
    );
    expect(flake8.findings.map((f) => [f.file, f.line, f.new])).toEqual([
      ['app/views.py', 1, false],
      ['app/views.py', 2, true],
    ]);
  });

  it('checking out the head at depth 1 warns with the setting to add, and judges everything', async () => {
    const { stdout, flake8 } = await actionOn(repo.head);
    expect(stdout).toContain('::warning::changes: the merge base');
    expect(stdout).toContain('set `fetch-depth: 0` on actions/checkout');
    expect(flake8.counts).toMatchObject({ new: 3, existing: 0 });
  });
});
