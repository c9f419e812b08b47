import { execFileSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, scratchRepo } from '../../support/cli.ts';

/**
 * Trust, class 4: no read outside the repository. A hostile pull request commits symlinks to
 * the runner's files and to a FIFO; the bundled CLI runs the gates that read source files.
 */

// Assembled at run time so that this file holds no token.
const TOKEN = ['ghp', 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8'].join('_');

interface Check {
  id: string;
  status: string;
  summary: string;
  findings: { rule: string; file?: string }[];
}

describe('no read outside the repository', () => {
  it('skips and names committed symlinks out of the repository and to a FIFO, and never scans untracked build output', async () => {
    const outside = await scratchRepo({
      'home/.config/token': `GH_TOKEN=${TOKEN}\n`,
      'next.config.js': `module.exports = { env: { API: "http://api.example.com" } };\n`,
    });
    const repo = await scratchRepo({
      '.github/shipgate.yml': `pre:
  gates:
    secrets: true
    https-urls: { path: . }
    headers-config: { path: . }
`,
      'app.py': 'print("hello")\n',
      // Written by a build, never committed: not the repository's to answer for.
      'public/sw.js': `const token = "${TOKEN}";\n`,
    });
    await symlink(path.join(outside, 'home/.config/token'), path.join(repo, 'token-link'));
    await symlink(path.join(outside, 'next.config.js'), path.join(repo, 'next.config.js'));
    execFileSync('mkfifo', [path.join(repo, 'pipe')]);
    await symlink('pipe', path.join(repo, '.env.production'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync(
      'git',
      ['add', '.github/shipgate.yml', 'app.py', 'token-link', 'next.config.js', '.env.production'],
      { cwd: repo },
    );

    const run = await runCli(['run', '--format', 'json'], { cwd: repo });
    expect(run.stdout).not.toContain(TOKEN.slice(4));
    const { checks } = JSON.parse(run.stdout) as { checks: Check[] };
    const byId = Object.fromEntries(checks.map((check) => [check.id, check]));
    expect(byId['pre/secrets']).toMatchObject({
      status: 'pass',
      summary:
        'no findings; 2 files scanned, skipped 3 files: .env.production: not a regular file, next.config.js -> outside the repository, token-link -> outside the repository',
    });
    expect(byId['pre/https-urls']).toMatchObject({
      status: 'skip',
      summary:
        'nothing to check: no .env.production, next.config.* or vercel.json in ., and no NEXT_PUBLIC_* variables; skipped 2 files: .env.production: not a regular file, next.config.js -> outside the repository',
    });
    expect(byId['pre/headers-config']).toMatchObject({
      status: 'skip',
      summary:
        'nothing to read: no next.config.*, vercel.json or middleware in .; skipped 1 file: next.config.js -> outside the repository',
    });
  });
});

describe('the files git tracks, listed once per run', () => {
  it('runs git ls-files once for flake8, black, ESLint and the secrets scan, and still drops findings in untracked files', async () => {
    const repo = await scratchRepo({
      '.github/shipgate.yml': `pre:
  gates:
    flake8: { path: backend }
    black: { path: backend }
    eslint: { path: frontend }
    secrets: true
`,
      'backend/app.py': 'print("hello")\n',
      // A developer's scratch file, never committed: flake8 and black would both object.
      'backend/scratch.py': 'import os\nx=1\n',
      'frontend/eslint.config.mjs': 'export default [{ rules: { "no-unused-vars": "error" } }];\n',
      'frontend/app.js': 'export const shown = 1;\n',
      'frontend/scratch.js': 'const unused = 1;\n',
    });
    await symlink(
      path.join(REPO_ROOT, 'examples/crm/frontend/node_modules'),
      path.join(repo, 'frontend/node_modules'),
    );
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync(
      'git',
      ['add', '.github', 'backend/app.py', 'frontend/eslint.config.mjs', 'frontend/app.js'],
      { cwd: repo },
    );
    // Every git the run starts, counted by a git of its own first on PATH.
    const bin = await scratchRepo({});
    const log = path.join(bin, 'git.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await writeFile(
      path.join(bin, 'git'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`,
      { mode: 0o755 },
    );

    const run = await runCli(['run', '--format', 'json'], {
      cwd: repo,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    const { checks } = JSON.parse(run.stdout) as { checks: Check[] };
    expect(checks.map(({ id, status, summary }) => [id, status, summary])).toEqual([
      [
        'pre/black',
        'pass',
        'no findings; 2 files checked; 1 finding in files git does not track not judged',
      ],
      [
        'pre/flake8',
        'pass',
        "no findings; in 1 file; no flake8 config of the project's own, so black-compatible: --max-line-length=88 --extend-ignore=E203,E701,E704,W503; 2 findings in files git does not track not judged",
      ],
      ['pre/secrets', 'pass', 'no findings; 4 files scanned'],
      // The untracked file is never read: ESLint is told to ignore it.
      ['pre/eslint', 'pass', 'no findings'],
    ]);
    const listings = (await readFile(log, 'utf8'))
      .split('\n')
      .filter((line) => line.includes('ls-files'));
    expect(listings).toEqual(['-c core.quotepath=off ls-files -z --cached']);
  });
});
