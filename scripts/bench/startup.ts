// Cold start of the bundled action and CLI with an empty plan, against a bare `node -e 0`:
// what every workflow run pays before the first check starts.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { medianTime, ms } from './_measure.ts';

export default function startup(): string[] {
  const workspace = mkdtempSync(path.join(tmpdir(), 'shipgate-bench-'));
  mkdirSync(path.join(workspace, '.github'));
  writeFileSync(path.join(workspace, '.github/shipgate.yml'), 'pre:\n  gates: {}\n');
  // The runner creates these files before a step starts; @actions/core appends to them.
  writeFileSync(path.join(workspace, 'output.txt'), '');
  writeFileSync(path.join(workspace, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(workspace, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'),
    INPUT_PHASE: 'pre',
  };
  const runs = 9;
  const bare = medianTime(runs, process.execPath, ['-e', '0']);
  const action = medianTime(runs, process.execPath, [path.resolve('dist/index.js')], {
    env,
    cwd: workspace,
  });
  const cli = medianTime(
    runs,
    process.execPath,
    [path.resolve('dist/cli/index.js'), 'run', '--format', 'json'],
    { env, cwd: workspace },
  );
  return [
    `node -e 0:                 ${ms(bare)} (median of ${runs})`,
    `action, empty plan:        ${ms(action)} = ${(action / bare).toFixed(1)}× bare node`,
    `CLI run, empty plan:       ${ms(cli)} = ${(cli / bare).toFixed(1)}× bare node`,
  ];
}
