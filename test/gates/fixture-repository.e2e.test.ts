import { execFileSync } from 'node:child_process';
import { rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { parseBandit } from '../../src/gates/bandit/parse.ts';
import { parseBlack } from '../../src/gates/black/parse.ts';
import { parseEslintReport } from '../../src/gates/eslint/parse.ts';
import { parseFlake8 } from '../../src/gates/flake8/parse.ts';
import type { ToolParser } from '../../src/gates/kit/tool-report.ts';
import { REPO_ROOT, runCli, scratchRepo } from '../support/cli.ts';
import { commitAll, git, writeFiles } from '../support/git-repo.ts';

/**
 * A Django + Next.js repository as a team commits it, then a build, a virtual environment
 * and a developer's scratch files on top: each gate of the bundled CLI reports what the tool
 * itself reports on a clean checkout with the project's own config (.flake8 with its own
 * excludes, .bandit, pyproject.toml, the ESLint flat config), less what Shipgate's `exclude`
 * drops, and the gates Shipgate implements find the literal fallbacks and nothing in a
 * redirect's `has` condition or a key-generation script's PEM armour.
 */

const COMMITTED: Record<string, string> = {
  '.github/shipgate.yml': `pre:
  gates:
    flake8: { path: backend, exclude: ['**/migrations/**'] }
    black: { path: backend }
    bandit: { path: backend, fail-on: low }
    secrets: true
    eslint: { path: frontend }
    headers-config: { path: frontend }
    https-urls: { path: frontend }
`,
  // The workflow's `flake8 --max-line-length=88 --extend-ignore=E203,W503`, as config.
  // The team's own excludes: flake8 skips legacy/ (exclude) and generated/ (extend-exclude).
  'backend/.flake8': [
    '[flake8]',
    'max-line-length = 88',
    'extend-ignore = E203,W503',
    'exclude = .git,__pycache__,legacy',
    'extend-exclude = generated',
    '',
  ].join('\n'),
  // What bandit reads from the project directory by itself.
  'backend/.bandit': '[bandit]\nexclude = ./legacy,./generated\nskips = B404\n',
  // [tool.bandit] is read by bandit 1.7.5 and later only when told to (-c pyproject.toml).
  'backend/pyproject.toml': [
    '[tool.black]',
    'line-length = 88',
    "extend-exclude = '/generated/'",
    '',
    '[tool.bandit]',
    'skips = ["B101"]',
    '',
  ].join('\n'),
  'backend/generated/client.py': 'import os\nos.system( "ls" )\n',
  'backend/legacy/old.py': 'import pickle\ndef load(blob):\n    return pickle.loads(blob)\n',
  'backend/shop/migrations/__init__.py': '',
  'backend/shop/migrations/0001_initial.py': [
    'from django.db import migrations',
    '',
    '',
    'class Migration(migrations.Migration):',
    '    operations = []  # a comment that takes this line well past the eighty-eight characters',
    '',
  ].join('\n'),
  'backend/shop/__init__.py': '',
  'backend/shop/settings.py': [
    'import os',
    '',
    'from decouple import config',
    '',
    "SECRET_KEY = config('SECRET_KEY', default='k3v9-prod-2f8a0c6e1b7d4f9a8c3e5b2d7f1a6c0e')",
    "JWT_SECRET = os.environ.get('JWT_SECRET', 'hs256-7c1e9a2b4d6f8e0a3c5b7d9f1e2a4c6b')",
    'DATABASES = {',
    "    'default': {",
    "        'ENGINE': 'django.db.backends.postgresql',",
    "        'PASSWORD': 'Tr0ub4dor-and-3-horses',",
    '    }',
    '}',
    "WIDE = ['a line that is longer than seventy-nine characters but within 88', 1]",
    '',
  ].join('\n'),
  // A key-generation script: the armour lines are strings to strip, not a key.
  'backend/scripts/genkey.py': [
    'def strip(pem):',
    "    return pem.replace('-----BEGIN PRIVATE KEY-----', '').replace(",
    "        '-----END PRIVATE KEY-----', ''",
    '    )',
    '',
  ].join('\n'),
  'backend/shop/tasks.py':
    'import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n',
  'backend/shop/views.py': 'import json\ndef view( request ):\n    return {"ok":True}\n',
  'frontend/eslint.config.mjs': [
    'export default [{',
    "  files: ['**/*.js', '**/*.mjs'],",
    "  rules: { 'no-unused-vars': 'error', 'no-console': 'warn' },",
    "  languageOptions: { globals: { console: 'readonly' } },",
    '}];',
    '',
  ].join('\n'),
  'frontend/lib/api.js': 'const unused = 1;\nconsole.log("api");\n',
  'frontend/next.config.ts': `const config = {
  async headers() {
    return [{ source: '/(.*)', headers: [
      { key: 'Content-Security-Policy', value: "default-src 'self'; frame-ancestors 'none'" },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ] }];
  },
  async redirects() {
    return [{
      source: '/old', destination: '/new', permanent: true,
      has: [{ type: 'header', key: 'x-frame-options', value: 'ALLOWALL' }],
    }];
  },
};
export default config;
`,
  'frontend/vercel.json': JSON.stringify(
    {
      headers: [
        {
          source: '/(.*)',
          headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000' }],
        },
      ],
      env: { NEXT_PUBLIC_API_URL: 'http://api.example.com' },
      build: { env: { API_BASE: 'https://api.example.com' } },
    },
    null,
    2,
  ),
};

/**
 * What a build, an installer and a developer leave in the tree; a clean checkout has none of
 * it, and each file is one the tools themselves report.
 */
const UNTRACKED: Record<string, string> = {
  'frontend/.next/server/pages/index.js': 'var a = 1; var b = 2; console.log(a);\n',
  'frontend/.next/static/chunks/main.js': `var k = "-----BEGIN PRIVATE KEY-----";\n`,
  'frontend/public/sw.js': 'var sw = 1;\n',
  'frontend/scratch.js': 'const scratch = 1;\n',
  'backend/scratch.py': 'import os\n\nos.system( "ls" )\n',
  'backend/shop/local_settings.py': "DEBUG=True\nexec( 'DEBUG = False' )\n",
  'backend/build/lib/shop/tasks.py': 'import subprocess\nsubprocess.call("ls",shell=True)\n',
  'backend/.venv/lib/python3.11/site-packages/pkg/mod.py': 'import os\nos.system( "ls" )\n',
};

interface Check {
  id: string;
  status: string;
  findings?: Finding[];
}

let root = '';
let clean = '';
let tracked = new Set<string>();
let checks: Record<string, Check> = {};

/** The tool as the project runs it in `tree`, parsed by the gate's own parser. */
function toolRun(
  tree: string,
  command: string,
  args: string[],
  dir: string,
  parse: ToolParser,
): Finding[] {
  const cwd = path.join(tree, dir);
  let stdout = '';
  let stderr = '';
  try {
    stdout = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    ({ stdout, stderr } = error as { stdout: string; stderr: string });
  }
  const parsed = parse({ stdout, stderr }, { root: tree, cwd });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.findings;
}

beforeAll(async () => {
  root = await scratchRepo({});
  git(root, 'init', '-q');
  writeFiles(root, COMMITTED);
  commitAll(root, 'Django API and Next.js front end');
  tracked = new Set(git(root, 'ls-files').split('\n'));
  clean = `${root}-clean`;
  git(os.tmpdir(), 'clone', '-q', root, clean);
  writeFiles(root, UNTRACKED);
  const eslint = path.join(REPO_ROOT, 'examples/crm/frontend/node_modules');
  await symlink(eslint, path.join(root, 'frontend/node_modules'));
  await symlink(eslint, path.join(clean, 'frontend/node_modules'));
  const run = await runCli(['run', '--phase', 'pre', '--format', 'json'], { cwd: root });
  checks = Object.fromEntries(
    (JSON.parse(run.stdout) as { checks: Check[] }).checks.map((check) => [check.id, check]),
  );
});

afterAll(async () => {
  await Promise.all([root, clean].map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A finding as the tool gave it, without what the report adds (fingerprint, new). */
const asReported = (findings: Finding[] | undefined) =>
  (findings ?? []).map(({ fingerprint: _f, new: _n, ...finding }) => finding);

const located = (findings: Finding[] | undefined) =>
  (findings ?? []).map(({ rule, file, line }) => ({ rule, file, line }));

const files = (findings: Finding[] | undefined) => new Set((findings ?? []).map((f) => f.file));

/** The untracked files a tool reports when it runs in the work tree as it stands. */
const untrackedIn = (findings: Finding[]) =>
  [...files(findings)].filter((file) => file && !tracked.has(file)).sort();

const PYTHON_UNTRACKED = Object.keys(UNTRACKED)
  .filter((file) => file.startsWith('backend/'))
  .sort();

describe('a Django + Next.js repository with build output and untracked files', () => {
  it('flake8 reports what flake8 reports with the project’s .flake8 and its excludes', () => {
    const theirs = toolRun(clean, 'flake8', ['.'], 'backend', parseFlake8);
    expect(files(theirs)).toEqual(
      new Set(['backend/shop/migrations/0001_initial.py', 'backend/shop/views.py']),
    );
    // Shipgate's own exclude drops the migrations on top of the project's excludes.
    expect(asReported(checks['pre/flake8']?.findings)).toEqual(
      theirs.filter((f) => !f.file?.includes('/migrations/')),
    );
    expect(untrackedIn(toolRun(root, 'flake8', ['.'], 'backend', parseFlake8))).toEqual(
      PYTHON_UNTRACKED,
    );
  });

  it('bandit reports what bandit reports with the project’s .bandit and its excludes', () => {
    const bandit = (tree: string) =>
      toolRun(tree, 'bandit', ['-r', '.', '-f', 'json', '-q'], 'backend', (output, paths) =>
        parseBandit(output, { ...paths, minConfidence: 'low' }),
      );
    const theirs = bandit(clean);
    expect(located(theirs)).toEqual([{ rule: 'B602', file: 'backend/shop/tasks.py', line: 5 }]);
    expect(asReported(checks['pre/bandit']?.findings)).toEqual(theirs);
    expect(untrackedIn(bandit(root))).toEqual(PYTHON_UNTRACKED);
  });

  it('black reports what black reports with the project’s pyproject.toml', () => {
    const black = (tree: string) =>
      toolRun(tree, 'black', ['--check', '--diff', '.'], 'backend', parseBlack);
    const theirs = black(clean);
    expect(files(theirs)).toEqual(
      new Set([
        'backend/legacy/old.py',
        'backend/shop/migrations/0001_initial.py',
        'backend/shop/settings.py',
        'backend/shop/views.py',
        'backend/scripts/genkey.py',
      ]),
    );
    // black checks files in parallel and prints them in the order they finish.
    const byFile = (findings: Finding[]) =>
      [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
    expect(byFile(asReported(checks['pre/black']?.findings))).toEqual(byFile(theirs));
    // Its default excludes keep build/ and .venv/ out; the scratch files it reads.
    expect(untrackedIn(black(root))).toEqual([
      'backend/scratch.py',
      'backend/shop/local_settings.py',
    ]);
  });

  it('no tool gate reports a file git does not track', () => {
    for (const id of ['pre/flake8', 'pre/bandit', 'pre/black', 'pre/eslint'])
      expect(untrackedIn(checks[id]?.findings ?? []), id).toEqual([]);
  });

  it('ESLint reports what `eslint .` reports on the clean checkout, not the build output', () => {
    const theirs = toolRun(
      clean,
      path.join(clean, 'frontend/node_modules/.bin/eslint'),
      ['-f', 'json', '.'],
      'frontend',
      parseEslintReport,
    );
    expect(located(theirs)).toEqual([
      { rule: 'no-unused-vars', file: 'frontend/lib/api.js', line: 1 },
      { rule: 'no-console', file: 'frontend/lib/api.js', line: 2 },
    ]);
    expect(asReported(checks['pre/eslint']?.findings)).toEqual(theirs);
  });

  it('secrets finds the literal fallbacks and the database password, not the PEM armour or build output', () => {
    expect(located(checks['pre/secrets']?.findings)).toEqual([
      { rule: 'secret-fallback', file: 'backend/shop/settings.py', line: 5 },
      { rule: 'secret-fallback', file: 'backend/shop/settings.py', line: 6 },
      { rule: 'django-database-password', file: 'backend/shop/settings.py', line: 10 },
    ]);
  });

  it('headers-config reads what headers() returns, not a redirect’s has condition', () => {
    const findings = checks['pre/headers-config']?.findings ?? [];
    expect(findings.some((f) => /x-frame-options/i.test(`${f.rule} ${f.message}`))).toBe(false);
    expect(
      findings.every(
        (f) => f.file === 'frontend/next.config.ts' || f.file === 'frontend/vercel.json',
      ),
    ).toBe(true);
  });

  it('https-urls reads vercel.json env and build.env', () => {
    expect(located(checks['pre/https-urls']?.findings)).toEqual([
      { rule: 'https-urls/plain-http', file: 'frontend/vercel.json', line: 14 },
    ]);
  });
});
