import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeSkipped,
  listSourceFiles,
  readSourceFile,
} from '../../../src/gates/kit/source-files.ts';
import { exec } from '../../../src/engine/exec.ts';
import { testContext } from '../../support/context.ts';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-source-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

describe('listSourceFiles', () => {
  it('lists what git tracks, not what a build wrote or a developer left untracked', async () => {
    const root = await tree({
      'app/page.tsx': 'export default 1;\n',
      'public/sw.js': 'self.x = 1;\n',
      '.next/server.js': 'x\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'app/page.tsx'], { cwd: root });
    expect(await listSourceFiles(testContext({ root }))).toEqual({
      files: ['app/page.tsx'],
      source: 'git',
    });
  });

  it('walks the tree outside git, listing symlinks without entering them', async () => {
    const root = await tree({
      'a.py': '',
      'web/app.js': '',
      'node_modules/x/index.js': '',
      '.next/cache.js': '',
    });
    await symlink('/etc', path.join(root, 'etc-link'));
    const listed = await listSourceFiles(testContext({ root }));
    expect(listed.source).toBe('walk');
    expect([...listed.files].sort()).toEqual(['a.py', 'etc-link', 'web/app.js']);
    expect((await listSourceFiles(testContext({ root }), 'web')).files).toEqual(['web/app.js']);
  });
  it('lists the repository once per run, for every directory asked, and again in the next run', async () => {
    const root = await tree({ 'a/one.py': '', 'b/two.py': '', 'c.txt': '' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '.'], { cwd: root });
    const programs: string[] = [];
    const run = () =>
      testContext({
        root,
        exec: (command, args, options) => {
          programs.push([command, ...args].join(' '));
          return exec(command, args, options);
        },
      });
    const context = run();
    const listed = await Promise.all(
      ['a', 'b', '.'].map((under) => listSourceFiles(context, under)),
    );
    expect(listed.map(({ files }) => files)).toEqual([
      ['a/one.py'],
      ['b/two.py'],
      ['a/one.py', 'b/two.py', 'c.txt'],
    ]);
    expect(programs).toEqual(['git -c core.quotepath=off ls-files -z --cached']);
    await listSourceFiles(run());
    expect(programs).toHaveLength(2);
  });

  it('walks the tree outside git once per run too', async () => {
    const root = await tree({ 'a.py': '', 'web/app.js': '' });
    let asked = 0;
    const context = testContext({
      root,
      exec: (command, args, options) => {
        asked++;
        return exec(command, args, options);
      },
    });
    const [all, web] = await Promise.all([
      listSourceFiles(context),
      listSourceFiles(context, 'web'),
    ]);
    expect([all.source, [...all.files].sort()]).toEqual(['walk', ['a.py', 'web/app.js']]);
    expect(web).toEqual({ files: ['web/app.js'], source: 'walk' });
    expect(asked).toBe(1);
  });
});

describe('readSourceFile', () => {
  it('reads a regular file, and a symlink to one inside the repository', async () => {
    const root = await tree({ 'a.txt': '\uFEFFone\r\ntwo\n' });
    await symlink('a.txt', path.join(root, 'b.txt'));
    expect(await readSourceFile(root, 'a.txt')).toEqual({ kind: 'text', text: 'one\ntwo\n' });
    expect(await readSourceFile(root, 'b.txt')).toEqual({ kind: 'text', text: 'one\ntwo\n' });
    expect(await readSourceFile(root, 'gone.txt')).toEqual({ kind: 'missing' });
  });

  it('never follows a symlink out of the real root, even when the root is itself a symlink', async () => {
    const outside = await tree({ 'home/.ssh/id': 'PRIVATE\n' });
    const real = await tree({ 'ok.txt': 'ok\n' });
    await symlink(path.join(outside, 'home/.ssh/id'), path.join(real, 'id'));
    await symlink(outside, path.join(real, 'frontend'));
    const linkedRoot = path.join(await mkdtemp(path.join(tmpdir(), 'shipgate-link-')), 'repo');
    await symlink(real, linkedRoot);
    for (const root of [real, linkedRoot]) {
      expect(await readSourceFile(root, 'ok.txt')).toEqual({ kind: 'text', text: 'ok\n' });
      for (const file of ['id', 'frontend/home/.ssh/id', '../x']) {
        expect(await readSourceFile(root, file)).toEqual({
          kind: 'skipped',
          reason: 'outside the repository',
        });
      }
    }
  });

  it('skips a FIFO (committed as a symlink to one) without blocking, and a directory', async () => {
    const root = await tree({ 'dir/x': '' });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    await symlink('pipe', path.join(root, 'env'));
    for (const file of ['pipe', 'env', 'dir']) {
      expect(await readSourceFile(root, file)).toEqual({
        kind: 'skipped',
        reason: 'not a regular file',
      });
    }
  });

  it('caps the bytes it reads', async () => {
    const root = await tree({ 'big.txt': 'x'.repeat(2049), 'small.txt': 'x'.repeat(2048) });
    expect(await readSourceFile(root, 'big.txt', 2048)).toEqual({
      kind: 'skipped',
      reason: 'over 2 KiB',
    });
    expect(await readSourceFile(root, 'small.txt', 2048)).toMatchObject({ kind: 'text' });
  });

  it('says a symlink loop is one', async () => {
    const root = await tree({});
    await symlink('loop', path.join(root, 'loop'));
    expect(await readSourceFile(root, 'loop')).toEqual({
      kind: 'skipped',
      reason: 'a symlink loop',
    });
  });
});

describe('describeSkipped', () => {
  it('names the first few skipped files and why', () => {
    expect(describeSkipped([])).toBe('');
    expect(
      describeSkipped([
        { file: 'a', reason: 'outside the repository' },
        { file: 'b', reason: 'not a regular file' },
      ]),
    ).toBe('skipped 2 files: a -> outside the repository, b: not a regular file');
    const many = Array.from({ length: 7 }, (_, i) => ({
      file: `f${i}`,
      reason: 'over 2 MiB' as const,
    }));
    expect(describeSkipped(many, 2)).toBe(
      'skipped 7 files: f0: over 2 MiB, f1: over 2 MiB, and 5 more',
    );
  });
});
