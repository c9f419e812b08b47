import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CLI, REPO_ROOT, runCli, scratchRepo } from './support/cli.ts';

// Loaded before the CLI: the first JSON.stringify of a report throws, as a bug there would.
const CRASH_IN_RENDERING = `data:text/javascript,${encodeURIComponent(`
  const stringify = JSON.stringify;
  JSON.stringify = function (value, ...rest) {
    if (value?.schema === 'shipgate/report@1') {
      const error = new Error('forced crash');
      process.stderr.write(error.stack + '\\n');
      throw error;
    }
    return stringify.call(this, value, ...rest);
  };
`)}`;

describe('the bundles in dist/', () => {
  it('map a crash in bundled code back to the TypeScript sources', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': 'pre:\n  gates: {}\n' });
    const run = await runCli(['run', '--format', 'json'], {
      cwd: root,
      env: { NODE_OPTIONS: `--import=${CRASH_IN_RENDERING}` },
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('shipgate: forced crash');
    expect(run.stderr).toMatch(/at renderReport \(.*src\/report\/render\.ts:\d+:\d+\)/);
    expect(run.stderr).toMatch(/src\/cli\.ts:\d+:\d+/);
    expect(run.stderr).not.toMatch(/dist\/chunks\//);
  });

  it('keep the CLI runnable as a program: a shebang and the executable bit, also in git', async () => {
    expect((await readFile(BUNDLED_CLI, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    expect((await stat(BUNDLED_CLI)).mode & 0o111).toBe(0o111);
    const staged = execFileSync('git', ['ls-files', '--stage', 'dist/cli/index.js'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(staged).toMatch(/^100755 /);
  });

  it('credit every bundled package in licenses.txt', async () => {
    const licenses = await readFile(path.join(REPO_ROOT, 'dist/licenses.txt'), 'utf8');
    for (const name of ['@actions/core', 'yaml', 'zod', '@octokit/core', 'undici']) {
      expect(licenses).toMatch(new RegExp(`^${name}@\\d+\\.\\d+\\.\\d+\\n`, 'm'));
    }
  });
});
