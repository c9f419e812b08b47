// Bounded everywhere (trust, class 7): peak memory and wall time of the bundled action when
// three tools each print 50 MB, when one tool reports 100,000 findings that go to every
// surface (report JSON, SARIF, job summary, comment, check run, annotations), and when a
// next.config.js doubles a constant 40 times. Each figure is put beside a small run of the
// same shape, measured the same way.
import type { ChildProcess } from 'node:child_process';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { scratchRepo } from '../../test/support/cli.ts';
import { startGitHubApi } from '../../test/support/github-api.ts';
import { runAction } from '../../test/github/run-action.ts';
import { ms } from './_measure.ts';

const TOKEN = 'ghs_benchToken0123456789abcdef';
const MIB = 1024 * 1024;

const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: '1'.repeat(40), ref: 'feature', repo: { full_name: 'o/r' } },
    base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
  repository: { name: 'r', full_name: 'o/r', owner: { login: 'o' } },
};

/** The highest resident set the process reached (VmHWM), read until it exits. */
function peakRss(child: ChildProcess): Promise<void> & { peak: () => number } {
  let peak = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kib * 1024);
  };
  const timer = setInterval(() => void sample(), 10);
  const done = new Promise<void>((resolve) =>
    child.once('exit', () => {
      clearInterval(timer);
      resolve();
    }),
  );
  return Object.assign(done, { peak: () => peak });
}

async function measure(files: Record<string, string>, executables: string[] = []) {
  const repo = await scratchRepo(files);
  for (const file of executables) await chmod(path.join(repo, file), 0o755);
  const api = await startGitHubApi({ token: TOKEN });
  let watch: ReturnType<typeof peakRss> | undefined;
  try {
    const run = await runAction({
      apiUrl: api.url,
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent,
      inputs: { 'github-token': TOKEN, sarif: 'shipgate.sarif' },
      env: { PATH: `${path.join(repo, 'bin')}:${process.env.PATH ?? ''}` },
      whileRunning: (child) => {
        watch = peakRss(child);
        return Promise.resolve();
      },
    });
    const sarif = JSON.parse(await readFile(path.join(repo, 'shipgate.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    return {
      wallMs: run.wallMs,
      peak: watch?.peak() ?? 0,
      summaryBytes: Buffer.byteLength(run.summary),
      sarifResults: Math.max(0, ...sarif.runs.map((r) => r.results.length)),
      commentChars: api.comments[0]?.body.length ?? 0,
      annotations: api.checkRuns[0]?.annotations.length ?? 0,
    };
  } finally {
    await api.close();
  }
}

const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;

/** A config of three commands, each printing `bytes` to stdout. */
const printers = (bytes: number) => ({
  '.github/shipgate.yml': [
    'pre:',
    '  commands:',
    ...[1, 2, 3].map(
      (n) =>
        `    - { name: printer ${n}, run: "node -e \\"const c = 'x'.repeat(1 << 16) + '\\\\\\\\n'; for (let i = 0; i < ${Math.round(bytes / (1 << 16))}; i++) process.stdout.write(c)\\"" }`,
    ),
  ].join('\n'),
});

/** flake8 printing `count` findings on one file, as the real tool prints them. */
const linter = (count: number) => ({
  '.github/shipgate.yml': 'pre:\n  gates:\n    flake8: { path: . }\n',
  'app.py': 'import os\n',
  'bin/flake8': `#!/bin/sh\nnode -e "let s = ''; for (let i = 1; i <= ${count}; i++) s += './app.py:' + i + ':1: F401 \\'os\\' imported but unused\\\\n'; process.stdout.write(s)"\nexit 1\n`,
});

/** The headers-config gate on a next.config.js whose CSP is a constant doubled `steps` times. */
const doubling = (steps: number) => {
  const lines = ['const a0 = "x";'];
  for (let i = 1; i <= steps; i++) lines.push(`const a${i} = a${i - 1} + a${i - 1};`);
  lines.push(
    `module.exports = { async headers() { return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: a${steps} }] }]; } };`,
  );
  return {
    '.github/shipgate.yml': 'pre:\n  gates:\n    headers-config: { path: . }\n',
    'next.config.js': lines.join('\n'),
  };
};

export default async function trustBounds(): Promise<string[]> {
  const small = await measure(printers(64 * 1024));
  const large = await measure(printers(50 * MIB));
  const few = await measure(linter(10), ['bin/flake8']);
  const many = await measure(linter(100_000), ['bin/flake8']);
  const shallow = await measure(doubling(4));
  const deep = await measure(doubling(40));
  return [
    'Three tools each printing 50 MB, beside three printing 64 KB (the bundled action, loopback GitHub):',
    `  wall time:   ${ms(large.wallMs)} vs ${ms(small.wallMs)} (${(large.wallMs / small.wallMs).toFixed(2)}×)`,
    `  peak RSS:    ${mib(large.peak)} vs ${mib(small.peak)} (${(large.peak / small.peak).toFixed(2)}×)`,
    '100,000 findings to every surface, beside 10 findings:',
    `  wall time:   ${ms(many.wallMs)} vs ${ms(few.wallMs)} (${(many.wallMs / few.wallMs).toFixed(2)}×)`,
    `  peak RSS:    ${mib(many.peak)} vs ${mib(few.peak)} (${(many.peak / few.peak).toFixed(2)}×)`,
    `  job summary: ${(many.summaryBytes / 1024).toFixed(0)} KiB (limit 1024); SARIF results in a run: ${many.sarifResults} (limit 25,000)`,
    `  comment:     ${many.commentChars} characters (limit 65,536); annotations: ${many.annotations}`,
    'A next.config.js whose CSP doubles a constant 40 times (2^40 characters, if built), beside 4 times:',
    `  wall time:   ${ms(deep.wallMs)} vs ${ms(shallow.wallMs)} (${(deep.wallMs / shallow.wallMs).toFixed(2)}×)`,
    `  peak RSS:    ${mib(deep.peak)} vs ${mib(shallow.peak)} (${(deep.peak / shallow.peak).toFixed(2)}×)`,
  ];
}
