import { chmod, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchRepo } from '../../support/cli.ts';

/** Trust, class 6: nothing passes by accident. The bundled CLI, as a developer or CI runs it. */

// bandit's clean report, as the real tool prints it for a tree without issues.
const CLEAN_REPORT = JSON.stringify({ errors: [], metrics: { _totals: {} }, results: [] });

describe('nothing passes by accident', () => {
  it('a tool killed by a signal after printing a clean report is an error, not a pass', async () => {
    const repo = await scratchRepo({
      '.github/shipgate.yml': 'pre:\n  gates:\n    bandit: { path: . }\n',
      'app.py': 'print("hello")\n',
      'bin/bandit': `#!/bin/sh\necho '${CLEAN_REPORT}'\nkill -KILL $$\n`,
    });
    await chmod(path.join(repo, 'bin/bandit'), 0o755);
    const run = await runCli(['run', '--format', 'json'], {
      cwd: repo,
      env: { PATH: `${path.join(repo, 'bin')}:${process.env.PATH ?? ''}` },
    });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { checks: { status: string; summary: string }[] };
    expect(report.checks).toEqual([
      expect.objectContaining({
        status: 'error',
        summary:
          'bandit: did not exit on its own, so its report cannot be trusted (killed by SIGKILL)',
      }),
    ]);
  });

  it('a custom command killed by a signal fails, whatever it printed', async () => {
    const repo = await scratchRepo({
      '.github/shipgate.yml':
        'pre:\n  commands:\n    - { name: Smoke, run: "echo all good; kill -TERM $$" }\n',
    });
    const run = await runCli(['run', '--format', 'json'], { cwd: repo });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { checks: { status: string; summary: string }[] };
    expect(report.checks).toEqual([
      expect.objectContaining({ status: expect.stringMatching(/^(fail|error)$/) as unknown }),
    ]);
    expect(report.checks[0]?.summary).toContain('SIGTERM');
  });
});

/** Class 6: what cannot be a run is a usage error (exit 2) naming what is wrong, never a green run. */
describe('usage errors, exit 2', () => {
  const usage = async (
    args: string[],
    files: Record<string, string>,
    prepare?: (repo: string) => Promise<unknown>,
  ) => {
    const repo = await scratchRepo(files);
    await prepare?.(repo);
    const run = await runCli(['run', ...args], { cwd: repo });
    return { ...run, repo };
  };

  it('a --root that does not exist', async () => {
    const run = await usage(['--root', 'nope'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`shipgate: --root ${run.repo}/nope does not exist`);
  });

  it('a config path that is a directory, named or found', async () => {
    const named = await usage(['--config', 'conf'], {}, (repo) => mkdir(path.join(repo, 'conf')));
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('Config file conf is a directory, not a file');
    const found = await usage([], {}, (repo) =>
      mkdir(path.join(repo, '.github/shipgate.yml'), { recursive: true }),
    );
    expect(found.code).toBe(2);
    expect(found.stderr).toContain('Config file .github/shipgate.yml is not a regular file');
  });

  it('a YAML alias bomb ("billion laughs")', async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const [from, to] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    }
    const run = await usage([], { '.github/shipgate.yml': `${levels.join('\n')}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid Shipgate config .github/shipgate.yml');
    expect(run.stderr).toContain('.github/shipgate.yml: invalid YAML: its aliases expand too far');
  });

  it('https-urls files with "..", naming the key path', async () => {
    const run = await usage([], {
      '.github/shipgate.yml': "pre:\n  gates:\n    https-urls: { files: ['../../x'] }\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.github/shipgate.yml:3:27: pre.gates.https-urls.files[0]: expected a path inside the repository (relative, without "..")',
    );
  });

  it('a gate path that is a committed symlink out of the repository', async () => {
    const elsewhere = await scratchRepo({ 'next.config.js': 'module.exports = {};\n' });
    const run = await usage(
      [],
      { '.github/shipgate.yml': 'pre:\n  gates:\n    headers-config: { path: frontend }\n' },
      (repo) => symlink(elsewhere, path.join(repo, 'frontend')),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `.github/shipgate.yml: pre.gates.headers-config.path: frontend resolves to ${elsewhere}, outside the repository (a symlink)`,
    );
  });

  it('a found config that is a symlink out of the repository is not read', async () => {
    const secret = await scratchRepo({ id_rsa: 'PRIVATE-KEY-MATERIAL\n' });
    const run = await usage([], {}, async (repo) => {
      await mkdir(path.join(repo, '.github'));
      await symlink(path.join(secret, 'id_rsa'), path.join(repo, '.github/shipgate.yml'));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Config file .github/shipgate.yml leads outside the repository');
    expect(run.stderr).not.toContain('PRIVATE-KEY-MATERIAL');
  });
});
