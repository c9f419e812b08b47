import { realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfigText } from '../../src/config/load.ts';
import { scratchRepo } from '../support/cli.ts';

const problemsOf = (text: string) => {
  const parsed = parseConfigText(text, 'shipgate.yml');
  return parsed.ok ? [] : parsed.problems;
};

describe('parseConfigText', () => {
  it('accepts the example config of DESIGN.md (pre part) with durations and defaults', () => {
    const parsed = parseConfigText(
      [
        'version: 1',
        'concurrency: 2',
        'pre:',
        '  gates:',
        '    pip-audit:  { requirements: backend/requirements.txt, fail-on: high,',
        '                  ignore: [{ id: GHSA-xxxx-xxxx-xxxx, reason: "no fix yet", until: 2026-12-31 }] }',
        '    bandit:     { path: backend, fail-on: high }',
        '    black:      { path: backend }',
        '    flake8:     { path: backend }',
        '    django:     { manage: backend/manage.py, settings: crm.settings.production,',
        '                  python: python3, env: { DEBUG: "False" } }',
        '    secrets:    { required-env: [SECRET_KEY, DATABASE_URL], scan: true }',
        '    database-tls: { env: DATABASE_URL }',
        '    npm-audit:  { path: frontend, fail-on: critical, omit: [dev] }',
        '    eslint:     { path: frontend }',
        '    typescript: { path: frontend }',
        '    build:      { path: frontend, run: npm run build }',
        '    headers-config: { path: frontend }',
        '    https-urls: { path: frontend, files: [.env.production] }',
        '  commands:',
        '    - name: Migrations ready',
        '      run: python manage.py makemigrations --check --dry-run',
        '      cwd: backend',
        '      timeout: 2m',
        '      blocking: true',
      ].join('\n'),
      'shipgate.yml',
    );
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.config.pre.commands[0]).toMatchObject({
      timeout: 120_000,
      cwd: 'backend',
      env: {},
    });
    expect(parsed.config.pre.gates.bandit).toMatchObject({
      path: 'backend',
      'fail-on': 'high',
      timeout: 600_000,
    });
    expect(parsed.config.deadline).toBe(1_800_000);
  });

  it('expands `true` to the gate’s defaults and keeps `false` as off', () => {
    const parsed = parseConfigText('pre:\n  gates:\n    bandit: true\n    black: false\n', 'x.yml');
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.config.pre.gates.bandit).toEqual({
      blocking: true,
      timeout: 600_000,
      baseline: true,
      'fail-on': 'medium',
      'min-confidence': 'low',
      args: [],
      exclude: [],
      ignore: [],
    });
    expect(parsed.config.pre.gates.black).toBe(false);
  });

  it('accepts JSON too, and an empty file as all defaults', () => {
    expect(parseConfigText('{"concurrency": 3}', 'shipgate.json')).toMatchObject({
      ok: true,
      config: { concurrency: 3 },
    });
    expect(parseConfigText('', 'shipgate.yml')).toMatchObject({ ok: true, config: { version: 1 } });
  });

  it('names the key path, line and column, what was expected and what it got', () => {
    expect(
      problemsOf(
        'pre:\n  commands:\n    - { name: a, run: b }\n    - { name: c, run: d, timeout: soon }\n',
      ),
    ).toEqual([
      'shipgate.yml:4:35: pre.commands[1].timeout: expected a duration like "30s", got "soon"',
    ]);
    expect(problemsOf('concurrency: 0')).toEqual([
      'shipgate.yml:1:14: concurrency: expected at least 1',
    ]);
    expect(problemsOf('concurrency: two')).toEqual([
      'shipgate.yml:1:14: concurrency: expected number, got "two"',
    ]);
    expect(problemsOf('pre:\n  gates:\n    bandit: { fail-on: severe }')).toEqual([
      'shipgate.yml:3:24: pre.gates.bandit.fail-on: expected one of critical, high, medium, low, info, got "severe"',
    ]);
  });

  it('rejects unknown keys with a did-you-mean, one line per key', () => {
    expect(problemsOf('pre:\n  gates:\n    bandit: { fail_on: high, pathh: x, zzz: 1 }\n')).toEqual(
      [
        'shipgate.yml:3:15: pre.gates.bandit.fail_on: unknown key "fail_on" (did you mean "fail-on"?)',
        'shipgate.yml:3:30: pre.gates.bandit.pathh: unknown key "pathh" (did you mean "path"?)',
        'shipgate.yml:3:40: pre.gates.bandit.zzz: unknown key "zzz"',
      ],
    );
    expect(problemsOf('pre:\n  gates:\n    bandit: yes\n')).toEqual([
      'shipgate.yml:3:13: pre.gates.bandit: expected boolean or object, got "yes"',
    ]);
    expect(problemsOf('pre:\n  gates:\n    bandid: true\n')).toEqual([
      'shipgate.yml:3:5: pre.gates.bandid: unknown key "bandid" (did you mean "bandit"?)',
    ]);
  });

  it('names a mistyped or missing probe type and the one probably meant', () => {
    const probes = (list: string) =>
      problemsOf(
        `post:\n  targets:\n    - name: web\n      url: https://x.example\n      probes: [${list}]\n`,
      );
    const types =
      '"health", "page", "headers", "cookies", "cors", "redirect", "tls", "latency", "revision", "exposure", "auth", "browser"';
    expect(probes('{ type: heders }, { path: / }')).toEqual([
      `shipgate.yml:5:24: post.targets[0].probes[0].type: unknown type "heders" (did you mean "headers"?); expected one of ${types}`,
      `shipgate.yml:5:34: post.targets[0].probes[1].type: missing; expected one of ${types}`,
    ]);
  });

  it('lists every problem at once, not just the first', () => {
    expect(problemsOf('concurrency: -1\ndeadline: 5 minutes\nversion: 2\n')).toHaveLength(3);
  });

  it('reports YAML syntax errors with line and column before validating anything', () => {
    const [problem] = problemsOf('pre:\n  commands:\n    - { name: a, run: b\n');
    expect(problem).toMatch(/^shipgate\.yml:\d+:\d+: invalid YAML: /);
    expect(problemsOf('concurrency: 1\nconcurrency: 2\n')[0]).toMatch(
      /^shipgate\.yml:2:1: invalid YAML: Map keys must be unique/,
    );
  });

  it('rejects paths that leave the repository', () => {
    expect(problemsOf('pre:\n  commands:\n    - { name: a, run: b, cwd: ../elsewhere }\n')).toEqual(
      [
        'shipgate.yml:3:31: pre.commands[0].cwd: expected a path inside the repository (relative, without "..")',
      ],
    );
  });
});

describe('loadConfig', () => {
  const env = {};

  it('finds .github/shipgate.yml by itself', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml': 'concurrency: 3\npre:\n  gates: {}\n',
    });
    const loaded = await loadConfig({ root, env });
    expect(loaded.file).toBe('.github/shipgate.yml');
    expect(loaded.config.concurrency).toBe(3);
    expect(loaded.autoDetected.size).toBe(0);
  });

  it('says so when a named config file does not exist', async () => {
    const root = await scratchRepo({});
    await expect(loadConfig({ root, file: 'nope.yml', env })).rejects.toThrow(
      'Config file not found: nope.yml',
    );
  });

  it('reads a named config anywhere, unless it must lie within a directory, real path included', async () => {
    const outside = await scratchRepo({ 'shipgate.yml': 'concurrency: 5\n' });
    const root = await scratchRepo({ 'ci/shipgate.yml': 'concurrency: 4\n' });
    await symlink(path.join(outside, 'shipgate.yml'), path.join(root, 'ci/linked.yml'));
    const elsewhere = path.join(outside, 'shipgate.yml');
    expect((await loadConfig({ root, file: elsewhere, env })).config.concurrency).toBe(5);

    const fileWithin = { dir: root, dirName: 'the workspace', fileName: "Input 'config'" };
    expect(
      (await loadConfig({ root, file: 'ci/shipgate.yml', fileWithin, env })).config,
    ).toMatchObject({ concurrency: 4 });
    await expect(loadConfig({ root, file: elsewhere, fileWithin, env })).rejects.toThrow(
      `Input 'config': ${elsewhere} lies outside the workspace (${root})`,
    );
    await expect(loadConfig({ root, file: 'ci/linked.yml', fileWithin, env })).rejects.toThrow(
      `Input 'config': ci/linked.yml resolves to ${await realpath(elsewhere)}, outside the workspace (${root}): it is not read`,
    );
    // A name that only begins with ".." stays inside.
    await writeFile(path.join(root, '..shipgate.yml'), 'concurrency: 6\n');
    expect(
      (await loadConfig({ root, file: '..shipgate.yml', fileWithin, env })).config,
    ).toMatchObject({ concurrency: 6 });
  });

  it('zero-config: enables the gates whose inputs exist and marks them auto-detected', async () => {
    const root = await scratchRepo({
      'backend/manage.py': '',
      'backend/requirements.txt': 'django\n',
      'frontend/package.json': JSON.stringify({
        scripts: { build: 'next build' },
        devDependencies: { eslint: '9' },
      }),
      'frontend/package-lock.json': '{}',
      'frontend/tsconfig.json': '{}',
      'frontend/next.config.mjs': 'export default {}',
    });
    const loaded = await loadConfig({ root, env });
    expect(loaded.file).toBeUndefined();
    expect([...loaded.autoDetected]).toEqual([
      'pip-audit',
      'bandit',
      'black',
      'flake8',
      'django',
      'migrations',
      'secrets',
      'npm-audit',
      'eslint',
      'typescript',
      'build',
      'headers-config',
    ]);
    expect(loaded.stacks.python).toMatchObject({ dir: 'backend', manage: 'backend/manage.py' });
    expect(loaded.stacks.node).toMatchObject({
      dir: 'frontend',
      next: true,
      lockfile: 'frontend/package-lock.json',
    });
    expect(loaded.config.pre.gates.bandit).toMatchObject({ 'fail-on': 'medium' });
  });

  it('zero-config enables nothing in a repository with no known stack', async () => {
    const root = await scratchRepo({ 'README.md': '# hi' });
    const loaded = await loadConfig({ root, env });
    expect(loaded.autoDetected.size).toBe(0);
  });

  it('a config that names its gates turns detection off for gates, but keeps its commands', async () => {
    const root = await scratchRepo({
      'manage.py': '',
      '.github/shipgate.yml':
        'pre:\n  gates:\n    black: true\n  commands:\n    - { name: a, run: "true" }\n',
    });
    const loaded = await loadConfig({ root, env });
    expect(loaded.autoDetected.size).toBe(0);
    expect(Object.keys(loaded.config.pre.gates)).toEqual(['black']);
  });

  it('a config without a gates key still gets the detected gates', async () => {
    const root = await scratchRepo({
      'manage.py': '',
      '.github/shipgate.yml': 'pre:\n  commands:\n    - { name: a, run: "true" }\n',
    });
    const loaded = await loadConfig({ root, env });
    expect(loaded.autoDetected.has('django')).toBe(true);
    expect(loaded.config.pre.commands).toHaveLength(1);
  });
});
