// Cold start of the bundled action and CLI with an empty plan, against a bare `node -e 0`:
// what every workflow run pays before the first check starts. Each run times bare Node and
// then the bundle, back to back, so that both meet the same machine load; the figure is the
// median of those pairs' ratios. The first start on a runner has no compile cache yet, so it
// is measured too, with the cache disabled.
//
// Beside them, the floor: the three libraries every start loads (zod for the config's
// schema, yaml for its file, @actions/core for the runner's files), bundled as dist/ is and
// doing the least a start does with them. No start that loads them can be faster.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../bundle-options.ts';
import { median, ms, timeCommand } from './_measure.ts';

const FLOOR_ENTRY = `import { prepareStart } from ${JSON.stringify(path.resolve('src/util/start.ts'))};
prepareStart(process.env);
await import('./run.ts');
`;
const FLOOR_RUN = `import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { parseDocument } from 'yaml';
import { z } from 'zod';
const config = z.object({ pre: z.object({ gates: z.record(z.string(), z.unknown()) }) });
config.parse(parseDocument(readFileSync('.github/shipgate.yml', 'utf8')).toJS());
core.setOutput('verdict', 'pass');
await core.summary.addRaw('floor').write();
`;

/** The floor's bundle, built into the workspace; returns its entry. */
async function bundleFloor(workspace: string): Promise<string> {
  const source = path.join(workspace, 'floor-src');
  mkdirSync(source);
  writeFileSync(path.join(source, 'index.ts'), FLOOR_ENTRY);
  writeFileSync(path.join(source, 'run.ts'), FLOOR_RUN);
  const out = path.join(workspace, 'floor');
  await esbuild.build({
    ...bundleOptions,
    entryPoints: [path.join(source, 'index.ts')],
    outdir: out,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    nodePaths: [path.resolve('node_modules')],
  });
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  return path.join(out, 'index.js');
}

const RUNS = 11;

export default async function startup(): Promise<string[]> {
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
    'action, empty plan': [path.resolve('dist/index.js')],
    'cli, empty plan': [path.resolve('dist/cli/index.js'), 'run', '--format', 'json'],
    'floor (zod, yaml, @actions/core)': [await bundleFloor(workspace)],
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
      const label = `${name}${cache ? '' : ', no compile cache'}:`;
      lines.push(
        `${label.padEnd(52)} ${ms(median(pairs.map((p) => p.time)))} = ${ratio.toFixed(2)}× bare node`,
      );
    }
  }
  return [
    `${'node -e 0:'.padEnd(52)} ${ms(median(bareTimes))} (median of ${bareTimes.length}; ${RUNS} pairs a line)`,
    ...lines,
  ];
}
