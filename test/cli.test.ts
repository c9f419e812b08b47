import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportSchema } from '../src/core/report-schema.ts';
import { processAlive, runCli, scratchRepo, startCli, until } from './support/cli.ts';
import { closeAll, serve } from './support/servers.ts';

afterEach(closeAll);

describe('the bundled CLI', () => {
  it('reports pass, fail and a killed timeout, exits 1, and leaves no process behind', async () => {
    // A unique sleep duration marks this test's processes in /proc.
    const marker = `${40 + Math.floor(Math.random() * 1000)}.${Date.now() % 1000}`;
    const root = await scratchRepo({
      '.github/shipgate.yml': [
        'pre:',
        '  gates: {}',
        '  commands:',
        '    - { name: Migrations ready, run: "echo ready" }',
        '    - { name: Lint, run: "echo style problem >&2; exit 1" }',
        `    - { name: Hangs, run: "sleep ${marker} & sleep ${marker}", timeout: 1s }`,
      ].join('\n'),
    });
    const run = await runCli(['run', '--format', 'json'], { cwd: root });

    expect(run.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.verdict).toBe('fail');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['pre/command/migrations-ready', 'pass'],
      ['pre/command/lint', 'fail'],
      ['pre/command/hangs', 'error'],
    ]);
    expect(report.checks[1]?.evidence).toBe('style problem');
    expect(report.checks[2]?.summary).toBe('timed out after 1.0s');
    expect(await processAlive(`sleep ${marker}`)).toBe(false);
  });

  it('runs eight commands at once with concurrency 8', async () => {
    // Each command waits until all eight have started: with fewer running at once the
    // barrier is never reached and the commands time out, so no clock is read.
    const barrier = `n=$(ls started | wc -l); until [ "$n" -ge 8 ]; do sleep 0.05; n=$(ls started | wc -l); done`;
    const commands = Array.from(
      { length: 8 },
      (_, i) => `    - { name: waiter ${i}, run: 'touch started/${i}; ${barrier}', timeout: 60s }`,
    );
    const root = await scratchRepo({
      'started/.keep': '',
      '.github/shipgate.yml': [
        'concurrency: 8',
        'pre:',
        '  gates: {}',
        '  commands:',
        ...commands,
      ].join('\n'),
    });
    const run = await runCli(['run', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass' });
  });

  it('exits 2 on an invalid config and names every problem by file:line and key path', async () => {
    const root = await scratchRepo({
      'ci/shipgate.yml': [
        'pre:',
        '  gates: {}',
        '  commands:',
        '    - { name: ok, run: "true" }',
        '    - name: slow',
        '      run: "true"',
        '      timeout: soon',
        '      fail_on: high',
      ].join('\n'),
    });
    const run = await runCli(['run', '--config', 'ci/shipgate.yml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'ci/shipgate.yml:7:16: pre.commands[1].timeout: expected a duration like "30s", got "soon"',
    );
    expect(run.stderr).toContain(
      'ci/shipgate.yml:8:7: pre.commands[1].fail_on: unknown key "fail_on"',
    );
  });

  it('reads a --config outside the repository: the user names the file', async () => {
    const elsewhere = await scratchRepo({
      'shipgate.yml': 'pre:\n  gates: {}\n  commands:\n    - { name: shared, run: "true" }\n',
    });
    const root = await scratchRepo({});
    const run = await runCli(
      ['run', '--format', 'json', '--config', path.join(elsewhere, 'shipgate.yml')],
      { cwd: root },
    );
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { checks: { id: string }[] }).checks).toEqual([
      expect.objectContaining({ id: 'pre/command/shared', status: 'pass' }),
    ]);
  });

  it('exits 2 with the usage on a bad flag, and prints help with --help', async () => {
    const root = await scratchRepo({});
    const bad = await runCli(['run', '--phase', 'later'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--phase must be one of pre, post, all, monitor, got "later"');
    const typo = await runCli(['run', '--formt', 'json'], { cwd: root });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Unknown option --formt (did you mean "--format"?).');
    const ftp = await runCli(['run', '--url', 'ftp://example.com'], { cwd: root });
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toContain(
      '--url: expected an http:// or https:// URL, got "ftp://example.com"',
    );
    const help = await runCli(['--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: shipgate run');
  });

  it('writes the Markdown sign-off to --out and only a verdict line to the terminal', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml':
        'pre:\n  gates: {}\n  commands:\n    - { name: "Tests | unit", run: "true" }\n',
    });
    const out = path.join(root, `out-${randomUUID()}/signoff.md`);
    const run = await runCli(['run', '--format', 'markdown', '--out', out], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Shipgate: pass · report written to ${out}`);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('## ✅ Shipgate passed: 1 check passed');
    expect(markdown).toContain('| pre | Tests \\| unit | ✅ pass |');
  });

  it('exits 2 naming the path when --out is a directory, and still writes the SARIF file', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml': 'pre:\n  gates: {}\n  commands:\n    - { name: one, run: "true" }\n',
      'taken/keep': '',
    });
    const sarif = path.join(root, 'out/shipgate.sarif');
    const run = await runCli(['run', '--out', 'taken', '--sarif', sarif], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `shipgate: Could not write the report to ${path.join(root, 'taken')}: it is a directory.`,
    );
    expect(JSON.parse(await readFile(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('shows live progress on stderr as plain lines under CI, keeping stdout for the report', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml': 'pre:\n  gates: {}\n  commands:\n    - { name: one, run: "true" }\n',
    });
    const run = await runCli(['run', '--format', 'json'], { cwd: root });
    expect(run.stderr).toContain('start pre/command/one: one');
    expect(run.stderr).toMatch(/PASS {2}pre\/command\/one \(\d+ms\): exit code 0/);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it('prints the text report failures first with the end of the output, in colour only when asked', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml': [
        'pre:',
        '  gates: {}',
        '  commands:',
        '    - { name: ok, run: "true" }',
        '    - { name: build, run: "seq 1 40; exit 3" }',
      ].join('\n'),
    });
    const plain = { FORCE_COLOR: undefined, NO_COLOR: undefined };
    const ci = await runCli(['run'], { cwd: root, env: plain });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toMatch(
      /^Shipgate: FAIL · 1 other failure · 1 of 2 checks passed · .*\n\nDid not pass \(1 check\):\n {2}FAIL {2}pre\/command\/build /,
    );
    expect(ci.stdout).toContain('      │ 26\n');
    expect(ci.stdout).toContain('      │ 40\n');
    expect(ci.stdout).not.toContain('\x1b[');
    // Under CI the log already holds the progress lines: the passing check is not listed again.
    expect(ci.stderr).toContain('pre/command/ok');
    expect(ci.stdout).not.toContain('pre/command/ok');
    const local = await runCli(['run'], { cwd: root, env: { ...plain, CI: undefined } });
    expect(local.stdout).toContain('Passed or skipped:\n  PASS  pre/command/ok');
    const forced = await runCli(['run'], { cwd: root, env: { ...plain, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\x1b[31m\x1b[1mFAIL\x1b[22m\x1b[39m');
    const noColor = await runCli(['run'], { cwd: root, env: { ...plain, NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
  });

  it('passes an empty plan but warns that nothing was verified', async () => {
    const bare = await runCli(['run'], { cwd: await scratchRepo({ 'notes.txt': 'hi' }) });
    expect(bare.code).toBe(0);
    expect(bare.stderr).toContain(
      'shipgate: warning: Nothing to check: no Shipgate config (.github/shipgate.yml) and no Python or Node project detected.',
    );
    const configured = await runCli(['run', '--phase', 'pre'], {
      cwd: await scratchRepo({ '.github/shipgate.yml': 'pre:\n  gates: {}\n' }),
    });
    expect(configured.code).toBe(0);
    expect(configured.stderr).toContain(
      'shipgate: warning: Nothing to check: .github/shipgate.yml enables no pre-deploy checks.',
    );
  });

  it('exits 2 on a post-deploy run with no target to probe, naming what to add', async () => {
    const repos: Record<string, string>[] = [
      { 'notes.txt': 'hi' },
      { '.github/shipgate.yml': 'pre:\n  gates: {}\n' },
    ];
    for (const files of repos) {
      const run = await runCli(['run', '--phase', 'post'], { cwd: await scratchRepo(files) });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'shipgate: Nothing to probe: the post-deploy phase needs post.targets in .github/shipgate.yml',
      );
    }
  });

  it('runs the probes in monitor mode: the report on stdout, exit 1 once the target is down', async () => {
    const site = await serve((_request, response) => response.end('ok'));
    const root = await scratchRepo({
      '.github/shipgate.yml': [
        'post:',
        '  targets:',
        `    - { name: api, url: "${site.url}", probes: [{ type: health, path: /health }] }`,
        'monitor:',
        // A monitored target should already answer: a down one is not waited for long.
        '  wait: 1s',
        '  slo: { uptime: 99.9%, p95: 2s, error-rate: 1% }',
      ].join('\n'),
    });
    const up = await runCli(['run', '--phase', 'monitor', '--format', 'json'], { cwd: root });
    expect(up.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(up.stdout)).checks.map((c) => [c.id, c.status])).toEqual([
      ['post/api/health/health', 'pass'],
    ]);

    await site.close();
    const down = await runCli(['run', '--phase', 'monitor', '--format', 'json'], { cwd: root });
    expect(down.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(down.stdout));
    expect(report.verdict).toBe('fail');
    expect(report.checks[0]?.findings[0]?.message).toContain(`${site.url}/health not ready`);
    expect(report.checks[0]?.findings[0]?.message).toMatch(
      /not ready after \S+ \((?:1 attempt|(?:[2-9]|\d{2,}) attempts)\)/,
    );
  });

  it('passes Django field tuples and public Next.js names, and masks none of their words', async () => {
    const root = await scratchRepo({
      'app/serializers.py': [
        'fields = ("password", "new_password")',
        'unique_together = ("user_token", "device")',
        'refresh = request.data.get("refresh_token", "missing")',
      ].join('\n'),
      'web/page.tsx': 'const name = process.env.NEXT_PUBLIC_TOKEN_NAME || "access";\n',
      '.github/shipgate.yml': [
        'pre:',
        '  gates: { secrets: true }',
        '  commands:',
        `    - { name: Lint, run: "echo F401 device imported, access denied >&2; exit 1" }`,
      ].join('\n'),
    });
    const run = await runCli(['run', '--format', 'json'], { cwd: root });
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['pre/secrets', 'pass', 'no findings; 3 files scanned'],
      ['pre/command/lint', 'fail', expect.any(String)],
    ]);
    expect(report.checks[1]?.evidence).toBe('F401 device imported, access denied');
  });

  it('masks no word of its own or a tool’s example URLs: a bandit finding about a password reads in full', async () => {
    const root = await scratchRepo({
      'app/db.py': 'def login(user):\n    return connect(user, password="access")\n',
      '.github/shipgate.yml': [
        'pre:',
        '  gates: { bandit: { fail-on: low }, database-tls: true }',
        '  commands:',
        `    - { name: Docs, run: "echo see postgres://user:password@host/db >&2; exit 1" }`,
      ].join('\n'),
    });
    const run = await runCli(['run', '--format', 'json'], {
      cwd: root,
      env: { DATABASE_URL: 'garbage' },
    });
    const report = reportSchema.parse(JSON.parse(run.stdout));
    const messages = report.checks.flatMap((c) => c.findings.map((f) => `${f.rule} ${f.message}`));
    expect(messages).toEqual([
      "B106 Possible hardcoded password: 'access' (hardcoded_password_funcarg, confidence medium)",
      'invalid-url DATABASE_URL is not a URL like postgres://host:5432/name (user:password@ before the host)',
    ]);
    expect(report.checks[0]?.findings[0]?.url).toContain('b106_hardcoded_password_funcarg');
    // A tool's example URL loses its userinfo, and teaches the redactor nothing.
    expect(report.checks[2]?.evidence).toBe('see postgres://***@host/db');
  });

  it('passes the zero-config database-tls of a CI job whose database is on localhost', async () => {
    const root = await scratchRepo({ 'app/manage.py': '', 'app/requirements.txt': '' });
    const tls = (url: string) =>
      runCli(['run', '--only', 'pre/database-tls', '--format', 'json'], {
        cwd: root,
        env: { DATABASE_URL: url },
      });
    const local = await tls('postgres://ci:ci_pass_123@localhost:5432/test');
    expect(local.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(local.stdout)).checks).toEqual([
      expect.objectContaining({
        status: 'pass',
        summary:
          'postgres://***@localhost:5432/test: not encrypted, but localhost is on this machine, where TLS protects nothing',
      }),
    ]);
    const remote = await tls('postgres://ci:ci_pass_123@db.internal:5432/test');
    expect(remote.code).toBe(1);
    expect(JSON.parse(remote.stdout)).toMatchObject({
      checks: [{ status: 'fail', findings: [{ rule: 'tls-not-required' }] }],
    });
  });

  it('says what zero-config detected, which gates it enabled and which it left off and why', async () => {
    const root = await scratchRepo({ 'app/manage.py': '', 'app/requirements.txt': '' });
    const run = await runCli(['run', '--only', 'pre/secrets'], { cwd: root });
    expect(run.stderr).toContain(
      'shipgate: Zero-config (no pre.gates in a config): detected Django in app/.',
    );
    expect(run.stderr).toContain(
      'shipgate: Gates enabled: pip-audit, bandit, black, flake8, django, migrations, secrets.',
    );
    expect(run.stderr).toContain('database-tls (no DATABASE_URL in the environment)');
    expect(run.stderr).toContain('npm-audit (no package.json)');
  });

  it('stops its tools and exits 143 when cancelled with SIGTERM', async () => {
    const marker = `${300 + Math.floor(Math.random() * 600)}.${Date.now() % 991}`;
    const root = await scratchRepo({
      '.github/shipgate.yml': `pre:\n  gates: {}\n  commands:\n    - { name: Slow, run: "sleep ${marker}" }\n`,
    });
    const cli = startCli(['run'], { cwd: root });
    await until(() => cli.stderr().includes('start pre/command/slow'));
    await until(() => processAlive(`sleep ${marker}`));
    cli.child.kill('SIGTERM');
    const run = await cli.done;
    expect(run.code).toBe(143);
    expect(run.stderr).toContain(
      'shipgate: cancelled (SIGTERM); the tools it started were stopped',
    );
    // SIGKILL is sent before the CLI exits; the kernel tears the tool down a moment later.
    await expect(until(async () => !(await processAlive(`sleep ${marker}`)), 2000)).resolves.toBe(
      undefined,
    );
  });
});

describe('sharding with the CLI: run --only, then merge', () => {
  const SHA = 'c'.repeat(40);
  const CONFIG = [
    'pre:',
    '  gates: {}',
    '  commands:',
    '    - { name: Backend tests, run: "true" }',
    '    - { name: Backend lint, run: "echo E501 >&2; exit 1" }',
    '    - { name: Frontend build, run: "true" }',
  ].join('\n');

  const shard = async (root: string, only: string, out: string, job: string) =>
    runCli(['run', '--only', only, '--commit', SHA, '--format', 'json', '--out', out], {
      cwd: root,
      env: { GITHUB_JOB: job },
    });

  it('runs each shard on its own checks and merges them into one report with one verdict', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': CONFIG });
    const backend = await shard(root, 'pre/command/backend-*', 'backend.json', 'backend');
    const frontend = await shard(root, 'pre/command/frontend-build', 'frontend.json', 'frontend');
    expect([backend.code, frontend.code]).toEqual([1, 0]);
    const backendReport = reportSchema.parse(
      JSON.parse(await readFile(path.join(root, 'backend.json'), 'utf8')),
    );
    expect(backendReport).toMatchObject({ commit: SHA, job: 'backend' });
    expect(backendReport.checks.map((c) => c.id)).toEqual([
      'pre/command/backend-tests',
      'pre/command/backend-lint',
    ]);

    const merged = await runCli(
      [
        'merge',
        '--expected',
        '2',
        '--commit',
        SHA,
        '--format',
        'json',
        'backend.json',
        'frontend.json',
      ],
      { cwd: root, env: { GITHUB_JOB: 'sign-off' } },
    );
    expect(merged.code, merged.stderr).toBe(1);
    const report = reportSchema.parse(JSON.parse(merged.stdout));
    expect(report).toMatchObject({ verdict: 'fail', commit: SHA, job: 'sign-off' });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['pre/command/backend-tests', 'pass'],
      ['pre/command/backend-lint', 'fail'],
      ['pre/command/frontend-build', 'pass'],
      ['signoff/merge', 'pass'],
    ]);
  });

  it('fails the merge on a missing shard and on a duplicate check, naming the files', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': CONFIG });
    await shard(root, 'pre/command/frontend-build', 'a.json', 'frontend');
    await shard(root, 'pre/command/frontend-*', 'b.json', 'frontend-again');
    const missing = await runCli(['merge', '--expected', '2', 'a.json'], { cwd: root });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('Expected 2 reports, found 1: a.json.');
    const duplicate = await runCli(['merge', 'a.json', 'b.json'], { cwd: root });
    expect(duplicate.code).toBe(1);
    expect(duplicate.stdout).toContain(
      'pre/command/frontend-build is in both a.json and b.json: each check must run in one shard only',
    );
  });

  it('says a shard written without --format json is not a JSON report, naming the file', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': CONFIG });
    const text = await runCli(['run', '--only', 'pre/command/frontend-build', '--out', 'a.json'], {
      cwd: root,
    });
    expect(text.code, text.stderr).toBe(0);
    const merged = await runCli(['merge', 'a.json'], { cwd: root });
    expect(merged.code).toBe(1);
    expect(merged.stdout).toMatch(
      /a\.json: not a Shipgate JSON report \(invalid JSON at offset 0: /,
    );
    expect(merged.stdout).toContain('`shipgate run --format json --out FILE`');
  });

  it('exits 2 on an --only that matches nothing, and on flags of the other command', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': CONFIG });
    const typo = await runCli(['run', '--only', 'pre/command/backend-tset'], { cwd: root });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      'only: "pre/command/backend-tset" matches no check of this run; the checks planned are pre/command/backend-tests, pre/command/backend-lint, pre/command/frontend-build.',
    );
    const misplaced = await runCli(['merge', '--phase', 'pre', 'a.json'], { cwd: root });
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--phase is an option of shipgate run, not merge.');
    const none = await runCli(['merge'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('shipgate merge needs report files.');
  });
});
