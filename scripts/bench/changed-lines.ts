// Judging a change: a 3-file pull request on a generated repository of several hundred Python
// and TypeScript files, run with changed lines (flake8, black, bandit and ESLint check only the
// edited files) against a full run whose findings are filtered to the same change afterwards.
// Wall time (median of 3, black's cache fresh each run) and the new findings of both.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changeScope, resolveChanges } from '../../src/baseline/changes.ts';
import { touchedBy } from '../../src/baseline/touched.ts';
import { type Report } from '../../src/core/model.ts';
import { reportSchema } from '../../src/core/report-schema.ts';
import { exec } from '../../src/engine/exec.ts';
import { median, ms } from './_measure.ts';

const PYTHON_FILES = 400;
const TS_FILES = 300;
const RUNS = 3;

const python = (i: number) =>
  [
    'import os',
    'import subprocess',
    '',
    '',
    `def total_${i}(items):`,
    '    total = 0',
    '    for item in items:',
    `        total += item.price * ${i}`,
    '    return total',
    '',
    '',
    `def run_${i}(cmd):`,
    '    return subprocess.call(cmd, shell=True)',
    '',
    '',
    `class Handler${i}:`,
    '    def __init__(self, name):',
    '        self.name = name',
    '',
    '    def describe(self):',
    `        return f"{self.name} #${i}"`,
    '',
  ].join('\n');

const typescript = (i: number) =>
  [
    `export function total${i}(items: number[]): number {`,
    '  let total = 0;',
    `  for (const item of items) total += item * ${i};`,
    '  return total;',
    '}',
    `const unused${i} = ${i};`,
    '',
  ].join('\n');

const CONFIG = [
  'pre:',
  '  gates:',
  '    flake8: { path: backend }',
  '    black: { path: backend }',
  '    bandit: { path: backend }',
  '    eslint: { path: web }',
].join('\n');

const ENV = {
  ...process.env,
  CI: 'true',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: ENV });

function generate(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shipgate-bench-changes-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('.github/shipgate.yml', CONFIG);
  write('backend/requirements.txt', 'django==5.0\n');
  for (let i = 0; i < PYTHON_FILES; i++) write(`backend/app/m${i}.py`, python(i));
  write('web/package.json', '{ "name": "web", "private": true, "type": "module" }\n');
  write(
    'web/eslint.config.js',
    "import tseslint from 'typescript-eslint';\nexport default tseslint.config(...tseslint.configs.recommended);\n",
  );
  for (let i = 0; i < TS_FILES; i++) write(`web/src/f${i}.ts`, typescript(i));
  write('.gitignore', 'node_modules\n');
  // ESLint and typescript-eslint as the project would install them.
  symlinkSync(path.resolve('node_modules'), path.join(root, 'web/node_modules'));
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'checkout', '-q', '-b', 'change');
  // The change: three files, a new finding in each, and an edited line without one.
  write('backend/app/m0.py', python(0).replace('import os\n', 'import os\nimport sys\n'));
  write(
    'backend/app/m1.py',
    python(1).replace('        self.name = name', '        self.name = eval(name)'),
  );
  write('web/src/f0.ts', `${typescript(0)}const extra = 2;\n`);
  git(root, 'commit', '-q', '-am', 'change');
  return root;
}

function shipgate(root: string, args: string[]): { ms: number; report: Report } {
  const cache = mkdtempSync(path.join(tmpdir(), 'shipgate-bench-black-'));
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.resolve('dist/cli/index.js'), 'run', '--phase', 'pre', '--format', 'json', ...args],
    { cwd: root, env: { ...ENV, BLACK_CACHE_DIR: cache }, maxBuffer: 512 * 1024 * 1024 },
  );
  const elapsed = performance.now() - started;
  rmSync(cache, { recursive: true, force: true });
  return { ms: elapsed, report: reportSchema.parse(JSON.parse(result.stdout.toString())) };
}

const key = (check: string, f: { file?: string; line?: number; rule: string }) =>
  `${check} ${f.file ?? ''}:${f.line ?? ''} ${f.rule}`;

export default async function changedLines(): Promise<string[]> {
  const root = generate();
  try {
    const changed = Array.from({ length: RUNS }, () => shipgate(root, ['--base', 'main']));
    const full = Array.from({ length: RUNS }, () => shipgate(root, []));
    const resolved = await resolveChanges(root, { ref: 'main', fetch: false }, { exec, env: ENV });
    if (!resolved.ok) throw new Error(resolved.error);
    const scope = await changeScope(root, resolved.value, 'lines');
    const newOf = (report: Report, filter: boolean) =>
      report.checks
        .flatMap((check) =>
          check.findings
            .filter((f) => !f.waived && (filter ? touchedBy(scope, check.kind, f) : f.new))
            .map((f) => key(check.id, f)),
        )
        .sort();
    const judged = newOf(changed[0]!.report, false);
    const filtered = newOf(full[0]!.report, true);
    const all = full[0]!.report.checks.reduce((n, c) => n + c.findings.length, 0);
    const changedMs = median(changed.map((run) => run.ms));
    const fullMs = median(full.map((run) => run.ms));
    return [
      `${PYTHON_FILES} Python and ${TS_FILES} TypeScript files; a 3-file change; flake8, black, bandit, ESLint (median of ${RUNS}):`,
      `  full run:                 ${ms(fullMs)} (${all} findings)`,
      `  changed lines (--base):   ${ms(changedMs)}`,
      `  ratio changed/full:       ${(changedMs / fullMs).toFixed(2)} (target ≤ 0.25)`,
      `  new findings, changed run: ${judged.length}; full run filtered afterwards: ${filtered.length}; ${
        JSON.stringify(judged) === JSON.stringify(filtered) ? 'the same' : 'DIFFERENT'
      }`,
      ...judged.map((line) => `    ${line}`),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
