// Cold start of the bundled action and CLI with an empty plan, against a bare `node -e 0`:
// what every workflow run pays before the first check starts. Each run times bare Node and
// then the bundle, back to back, so that both meet the same machine load; the figure is the
// median of those pairs' ratios. The first start on a runner has no compile cache yet, so it
// is measured too, with the cache disabled.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, ms, timeCommand } from './_measure.ts';

const RUNS = 11;

export default function startup(): string[] {
  const workspace = mkdtempSync(path.join(tmpdir(), 'shipgate-bench-'));
  mkdirSync(path.join(workspace, '.github'));
  writeFileSync(path.join(workspace, '.github/shipgate.yml'), 'pre:\n  gates: {}\n');
  // The runner creates these files before a step starts; @actions/core appends to them.
  writeFileSync(path.join(workspace, 'output.txt'), '');
  writeFileSync(path.join(workspace, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH,
    RUNNER_TEMP: workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(workspace, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'),
    INPUT_PHASE: 'pre',
  };
  const bare = () => timeCommand(process.execPath, ['-e', '0']);
  const starts = {
    action: [path.resolve('dist/index.js')],
    cli: [path.resolve('dist/cli/index.js'), 'run', '--format', 'json'],
  };
  const lines = [];
  const bareTimes: number[] = [];
  for (const cache of [true, false]) {
    const options = {
      cwd: workspace,
      env: cache ? env : { ...env, NODE_DISABLE_COMPILE_CACHE: '1' },
    };
    for (const [name, args] of Object.entries(starts)) {
      timeCommand(process.execPath, args, options); // warm-up: file cache (and compile cache)
      const pairs = Array.from({ length: RUNS }, () => {
        const base = bare();
        bareTimes.push(base);
        const time = timeCommand(process.execPath, args, options);
        return { time, ratio: time / base };
      });
      const ratio = median(pairs.map((p) => p.ratio));
      const label = `${name}, empty plan${cache ? '' : ', no compile cache'}:`;
      lines.push(
        `${label.padEnd(38)} ${ms(median(pairs.map((p) => p.time)))} = ${ratio.toFixed(2)}× bare node`,
      );
    }
  }
  return [
    `node -e 0:                             ${ms(median(bareTimes))} (median of ${bareTimes.length}; ${RUNS} pairs a line)`,
    ...lines,
  ];
}
