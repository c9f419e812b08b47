import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { run } from '../../../src/gates/eslint/run.ts';
import { parseEslintReport } from '../../../src/gates/eslint/parse.ts';
import { testContext } from '../../support/context.ts';
import { commitAll, git, writeFiles } from '../../support/git-repo.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = gatesSchema.parse({ eslint: true }).eslint as GateOptions<'eslint'>;
const temps: string[] = [];

/** A scratch project that borrows the fixture's installed ESLint. */
async function scratch(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-eslint-'));
  temps.push(root);
  await symlink(path.join(repo, frontend, 'node_modules'), path.join(root, 'node_modules'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  return root;
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('eslint gate with the project’s own ESLint', () => {
  it('reports the fixture’s deliberate error and warning with rule, file and range', async () => {
    const outcome = await run({ options, dir: frontend, stacks: {} }, testContext({ root: repo }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 high, 1 medium (fail-on: high); in 2 files');
    expect(outcome.findings).toEqual([
      {
        rule: '@typescript-eslint/no-unused-vars',
        severity: 'high',
        message: "'unusedTotal' is assigned a value but never used.",
        file: `${frontend}/app/customers/page.tsx`,
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 20,
      },
      {
        rule: 'no-console',
        severity: 'medium',
        message: 'Unexpected console statement.',
        file: `${frontend}/lib/api.ts`,
        line: 14,
        column: 5,
        endLine: 14,
        endColumn: 18,
      },
    ]);
  });

  it('warns only when every finding is below fail-on', async () => {
    const outcome = await run(
      { options: { ...options, 'fail-on': 'critical' }, dir: frontend, stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('warn');
  });

  it('reports a file ESLint cannot parse as eslint/parse-error', async () => {
    const root = await scratch({
      'eslint.config.mjs': 'export default [];\n',
      'broken.js': 'const = 1;\n',
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        rule: 'eslint/parse-error',
        severity: 'high',
        message: 'Parsing error: Unexpected token =',
        file: 'broken.js',
        line: 1,
        column: 7,
      },
    ]);
  });

  it('turns exit 2 (a broken config) into an error', async () => {
    const root = await scratch({
      'eslint.config.mjs': 'export default [{ rules: { "no-such-rule": "error" } }];\n',
      'a.js': 'x;\n',
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toBe(
      'eslint: could not lint (a config error or a crash) (exit code 2)',
    );
    expect(outcome.evidence).toContain('no-such-rule');
  });

  it('asks for npm ci when the project has no ESLint installed', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-eslint-'));
    temps.push(root);
    await expect(run({ options, dir: '.', stacks: {} }, testContext({ root }))).rejects.toThrow(
      ToolMissingError,
    );
    await expect(run({ options, dir: '.', stacks: {} }, testContext({ root }))).rejects.toThrow(
      'run npm ci in .',
    );
  });
});

describe('eslint gate on a repository with build output and untracked files', () => {
  const committed = {
    'frontend/eslint.config.mjs': [
      "export default [{ ignores: ['vendor/'] }, {",
      "  files: ['**/*.js', '**/*.mjs'],",
      "  rules: { 'no-unused-vars': 'error', 'no-console': 'warn', 'no-undef': 'error' },",
      '  languageOptions: { globals: { console: "readonly" } },',
      '}];',
      '',
    ].join('\n'),
    'frontend/src/a.js': 'const unused = 1;\nconsole.log("a");\n',
    'frontend/app/[slug]/page.js': 'export const page = () => missing;\n',
    // The project's own ignores still decide: a committed vendored file stays unlinted.
    'frontend/vendor/lib.js': 'const vendored = 1;\n',
  };
  const untracked = {
    // What `next build` and a developer leave in the tree; a clean checkout has none of it.
    'frontend/.next/server/app/page.js': 'var a = 1; var b = 2; console.log(x);\n',
    'frontend/.next/static/chunks/main.js': 'var c = 3;\n',
    'frontend/public/sw.js': 'var sw = 1;\n',
    'frontend/src/scratch.js': 'const scratch = 1;\n',
    'frontend/src/notes[1].js': 'const notes = 1;\n',
    'frontend/app/[slug]/draft.js': 'const draft = 1;\n',
  };

  async function repository(): Promise<string> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-eslint-git-'));
    temps.push(root);
    git(root, 'init', '-q');
    writeFiles(root, committed);
    commitAll(root, 'frontend');
    return root;
  }

  const link = (root: string) =>
    symlink(path.join(repo, frontend, 'node_modules'), path.join(root, 'frontend/node_modules'));

  it('reports exactly what `eslint .` reports on a clean checkout', async () => {
    const root = await repository();
    const clean = `${root}-clean`;
    temps.push(clean);
    git(os.tmpdir(), 'clone', '-q', root, clean);
    writeFiles(root, untracked);
    await link(root);
    await link(clean);

    const outcome = await run({ options, dir: 'frontend', stacks: {} }, testContext({ root }));
    // The project's own run, on a checkout with nothing but the commit in it.
    let stdout = '';
    try {
      stdout = execFileSync(
        path.join(clean, 'frontend/node_modules/.bin/eslint'),
        ['-f', 'json', '.'],
        {
          cwd: path.join(clean, 'frontend'),
          encoding: 'utf8',
        },
      );
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    const theirs = parseEslintReport(
      { stdout, stderr: '' },
      { root: clean, cwd: path.join(clean, 'frontend') },
    );
    if (!theirs.ok) throw new Error(theirs.error);
    expect(theirs.value.findings.length).toBe(3);
    expect(outcome.findings).toEqual(theirs.value.findings);
  });

  it('lints every file outside a git work tree, as the config says', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-eslint-nogit-'));
    temps.push(root);
    writeFiles(root, { ...committed, ...untracked });
    await link(root);
    const outcome = await run({ options, dir: 'frontend', stacks: {} }, testContext({ root }));
    const files = new Set(outcome.findings?.map((f) => f.file));
    expect(files).toContain('frontend/.next/server/app/page.js');
    expect(files).toContain('frontend/src/notes[1].js');
    expect(files).not.toContain('frontend/vendor/lib.js');
  });
});
