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
 * A Django + Next.js repository as a team commits it, then a build and a developer's scratch
 * files on top: each gate of the bundled CLI reports what the tool itself reports on a clean
 * checkout with the project's own config (.flake8, pyproject.toml, the ESLint flat config),
 * and the gates Shipgate implements find the literal fallbacks and nothing in a redirect's
 * `has` condition or a key-generation script's PEM armour.
 */

const COMMITTED: Record<string, string> = {
  '.github/shipgate.yml': `pre:
  gates:
    flake8: { path: backend }
    black: { path: backend }
    bandit: { path: backend, fail-on: low }
    secrets: true
    eslint: { path: frontend }
    headers-config: { path: frontend }
    https-urls: { path: frontend }
`,
  // The workflow's `flake8 --max-line-length=88 --extend-ignore=E203,W503`, as config.
  'backend/.flake8': '[flake8]\nmax-line-length = 88\nextend-ignore = E203,W503\n',
  'backend/pyproject.toml': '[tool.black]\nline-length = 88\n',
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

/** What a build and a developer leave in the tree; a clean checkout has none of it. */
const UNTRACKED: Record<string, string> = {
  'frontend/.next/server/pages/index.js': 'var a = 1; var b = 2; console.log(a);\n',
  'frontend/.next/static/chunks/main.js': `var k = "-----BEGIN PRIVATE KEY-----";\n`,
  'frontend/public/sw.js': 'var sw = 1;\n',
  'frontend/scratch.js': 'const scratch = 1;\n',
  'backend/scratch.py': 'import os\n\nos.system("ls")\n',
};

interface Check {
  id: string;
  status: string;
  findings?: Finding[];
}

let root = '';
let clean = '';
let checks: Record<string, Check> = {};

/** The tool as the project runs it, in the clean checkout, parsed by the gate's own parser. */
function toolRun(command: string, args: string[], dir: string, parse: ToolParser): Finding[] {
  const cwd = path.join(clean, dir);
  let stdout = '';
  let stderr = '';
  try {
    stdout = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    ({ stdout, stderr } = error as { stdout: string; stderr: string });
  }
  const parsed = parse({ stdout, stderr }, { root: clean, cwd });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.findings;
}

beforeAll(async () => {
  root = await scratchRepo({});
  git(root, 'init', '-q');
  writeFiles(root, COMMITTED);
  commitAll(root, 'Django API and Next.js front end');
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

describe('a Django + Next.js repository with build output and untracked files', () => {
  it('flake8 reports what flake8 reports with the project’s .flake8', () => {
    const theirs = toolRun('flake8', ['.'], 'backend', parseFlake8);
    expect(theirs.map((f) => f.rule)).toEqual(['F401', 'E302', 'E201', 'E202', 'E231']);
    expect(asReported(checks['pre/flake8']?.findings)).toEqual(theirs);
  });

  it('bandit reports what bandit reports on the clean checkout', () => {
    const theirs = toolRun('bandit', ['-r', '.', '-f', 'json', '-q'], 'backend', (output, paths) =>
      parseBandit(output, { ...paths, minConfidence: 'low' }),
    );
    expect(new Set(theirs.map((f) => f.file))).toEqual(new Set(['backend/shop/tasks.py']));
    expect(asReported(checks['pre/bandit']?.findings)).toEqual(theirs);
  });

  it('black reports what black reports with the project’s pyproject.toml', () => {
    const theirs = toolRun('black', ['--check', '--diff', '.'], 'backend', parseBlack);
    expect(new Set(theirs.map((f) => f.file))).toEqual(
      new Set(['backend/shop/settings.py', 'backend/shop/views.py', 'backend/scripts/genkey.py']),
    );
    // black checks files in parallel and prints them in the order they finish.
    const byFile = (findings: Finding[]) =>
      [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
    expect(byFile(asReported(checks['pre/black']?.findings))).toEqual(byFile(theirs));
  });

  it('ESLint reports what `eslint .` reports on the clean checkout, not the build output', () => {
    const theirs = toolRun(
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
