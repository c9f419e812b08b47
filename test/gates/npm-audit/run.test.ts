import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../../src/engine/exec.ts';
import { run } from '../../../src/gates/npm-audit/run.ts';
import { parseNpmAudit } from '../../../src/gates/npm-audit/parse.ts';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { printed } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';
import {
  startAdvisoryRegistry,
  type AdvisoryRegistry,
  type BulkAdvisory,
} from '../../support/npm-registry.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(repo, 'test/fixtures/npm-audit');
const projectDir = 'test/fixtures/npm-audit/project';
const lockfilePath = `${projectDir}/package-lock.json`;

const options = (settings: object = {}): GateOptions<'npm-audit'> =>
  gatesSchema.parse({ 'npm-audit': settings })['npm-audit'] as GateOptions<'npm-audit'>;

/** A context whose npm talks to the loopback registry instead of the configured one. */
const contextFor = (registry: AdvisoryRegistry, root = repo) =>
  testContext({
    root,
    exec: (command, args, execOptions) =>
      exec(command, args, {
        ...execOptions,
        env: { ...process.env, npm_config_registry: registry.url, ...execOptions.env },
      }),
  });

describe('npm-audit gate with the real npm CLI', () => {
  let registry: AdvisoryRegistry;
  let failing: AdvisoryRegistry;
  beforeAll(async () => {
    const upstream = (
      await promisify(execFile)('npm', ['config', 'get', 'registry'])
    ).stdout.trim();
    const advisories = JSON.parse(
      await readFile(path.join(fixtures, 'advisories.json'), 'utf8'),
    ) as Record<string, BulkAdvisory[]>;
    registry = await startAdvisoryRegistry({ advisories, upstream });
    failing = await startAdvisoryRegistry({
      advisories,
      upstream,
      failBulk: { status: 503, body: '{"error":"advisory database unavailable"}' },
    });
  });
  afterAll(async () => {
    await registry.close();
    await failing.close();
  });

  it('reports each advisory once per package, with GHSA id, range, paths and fix', async () => {
    const outcome = await run(
      { options: options(), dir: projectDir, stacks: {} },
      contextFor(registry),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 critical, 1 medium (fail-on: high); 6 dependencies audited');
    expect(outcome.findings).toEqual([
      {
        rule: 'GHSA-xvch-5gv4-984h',
        severity: 'critical',
        message:
          'Prototype Pollution in minimist: minimist <0.2.4 || >=1.0.0 <1.2.6 (paths: minimist, mkdirp > minimist, optimist > minimist; affects mkdirp, optimist)',
        url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
        hint: 'Fix available: npm audit fix --force installs optimist@0.5.2, a semver-major change.',
        subject: 'minimist',
        file: lockfilePath,
        line: 18,
      },
      {
        rule: 'GHSA-vh95-rmgr-6w4m',
        severity: 'medium',
        message:
          'Prototype Pollution in minimist: minimist <0.2.1 (paths: minimist, mkdirp > minimist, optimist > minimist; affects mkdirp, optimist)',
        url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
        hint: 'Fix available: npm audit fix --force installs optimist@0.5.2, a semver-major change.',
        subject: 'minimist',
        file: lockfilePath,
        line: 18,
      },
    ]);
    // npm sent the bulk request gzip-compressed; the server decoded it.
    expect(registry.bulkRequests.at(-1)).toHaveProperty('mkdirp');
  });

  it('passes --omit to npm and honours ignore waivers and fail-on', async () => {
    const outcome = await run(
      {
        options: options({
          omit: ['dev'],
          ignore: [{ id: 'GHSA-xvch-5gv4-984h', reason: 'CLI parsing of trusted input only' }],
        }),
        dir: projectDir,
        stacks: {},
      },
      contextFor(registry),
    );
    expect(registry.bulkRequests.at(-1)).not.toHaveProperty('mkdirp');
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe(
      '1 medium (below fail-on: high); 1 waived; 6 dependencies audited',
    );
    expect(outcome.findings?.map((f) => [f.rule, f.waived])).toEqual([
      ['GHSA-xvch-5gv4-984h', 'CLI parsing of trusted input only'],
      ['GHSA-vh95-rmgr-6w4m', undefined],
    ]);
    expect(outcome.findings?.[1]?.message).toContain(
      '(paths: minimist, optimist > minimist; affects optimist)',
    );
  });

  it("surfaces npm's ENOLOCK envelope as an error with a hint", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-enolock-'));
    try {
      await writeFile(path.join(root, 'package.json'), '{"name":"x","version":"1.0.0"}');
      const outcome = await run(
        { options: options(), dir: '.', stacks: {} },
        contextFor(registry, root),
      );
      expect(outcome.status).toBe('error');
      expect(outcome.summary).toBe(
        'npm audit: ENOLOCK: This command requires an existing lockfile. (commit a lockfile: run npm i --package-lock-only in .)',
      );
      expect(outcome.evidence).toContain('npm i --package-lock-only');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reports a failing advisory endpoint as an error, never as clean', async () => {
    const outcome = await run(
      { options: options(), dir: projectDir, stacks: {} },
      contextFor(failing),
    );
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toMatch(/^npm audit: the registry's advisory endpoint answered 503: /);
    expect(outcome.findings).toBeUndefined();
  });

  it('refuses a project locked only by pnpm or yarn, without running npm', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-pnpm-'));
    try {
      await writeFile(path.join(root, 'package.json'), '{"name":"x","version":"1.0.0"}');
      await writeFile(path.join(root, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
      const context = testContext({ root, exec: () => Promise.reject(new Error('must not run')) });
      const outcome = await run({ options: options(), dir: '.', stacks: {} }, context);
      expect(outcome.status).toBe('error');
      expect(outcome.summary).toContain(
        'npm audit needs package-lock.json, but . is locked by pnpm-lock.yaml',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('parseNpmAudit', () => {
  it('rejects garbage, truncated JSON and the npm 6 report shape', () => {
    const errorOf = (text: string) => {
      const parsed = parseNpmAudit(printed(text), { dir: '.' });
      return parsed.ok ? undefined : parsed.error;
    };
    expect(errorOf('npm ERR! something broke')).toContain('invalid JSON');
    expect(errorOf('')).toBe('no output (expected JSON)');
    expect(errorOf('{"auditReportVersion":2,"vulnerabilities":{"a":{')).toContain('invalid JSON');
    expect(errorOf('{"actions":[],"advisories":{},"metadata":{}}')).toContain(
      'unexpected npm audit report shape',
    );
    expect(errorOf('{"auditReportVersion":1}')).toContain('unsupported npm audit report version 1');
    expect(parseNpmAudit(printed('[]'), { dir: '.' })).toMatchObject({ ok: false });
  });

  it('reads the registry-error envelope', () => {
    const text = JSON.stringify({
      message: '404 Not Found - POST …/bulk',
      method: 'POST',
      uri: 'x',
      statusCode: 404,
      body: 'nope',
    });
    expect(parseNpmAudit(printed(text), { dir: '.' })).toEqual({
      ok: false,
      error: "the registry's advisory endpoint answered 404: 404 Not Found - POST …/bulk",
    });
  });

  it('falls back to the npm advisory number without a GHSA url, and reads fixAvailable: false', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        'left-pad': {
          name: 'left-pad',
          severity: 'low',
          isDirect: true,
          effects: [],
          range: '*',
          nodes: ['node_modules/left-pad'],
          fixAvailable: false,
          via: [
            {
              source: 42,
              name: 'left-pad',
              dependency: 'left-pad',
              title: 'Bad',
              url: 'https://example.com/advisory/42',
              severity: 'low',
              range: '*',
            },
          ],
        },
      },
      metadata: { dependencies: { total: 1 } },
    });
    const parsed = parseNpmAudit(printed(text), { dir: '.' });
    expect(parsed).toMatchObject({
      ok: true,
      value: { scope: '1 dependencies audited', metrics: { dependencies: 1 } },
    });
    expect(parsed.ok && parsed.value.findings).toEqual([
      {
        rule: 'npm-advisory-42',
        severity: 'low',
        message: 'Bad: left-pad * (path: left-pad)',
        url: 'https://example.com/advisory/42',
        hint: 'No fix available: remove or replace the dependency, or waive the advisory with a reason.',
        subject: 'left-pad',
      },
    ]);
  });

  it('parses a 20 MB report, pointing each finding at its lockfile entry', () => {
    const ghsa = (i: number) => `GHSA-2222-3333-${String(4444 + (i % 5000)).replace(/[01]/g, '4')}`;
    const vulnerabilities: Record<string, unknown> = {};
    const lock: string[] = ['{', '  "packages": {', '    "": {},'];
    for (let i = 0; i < 40_000; i++) {
      lock.push(`    "node_modules/pkg-${i}": {`, '      "version": "1.0.0"', '    },');
      vulnerabilities[`pkg-${i}`] = {
        name: `pkg-${i}`,
        severity: 'high',
        isDirect: false,
        effects: [],
        range: '<2.0.0',
        nodes: [`node_modules/pkg-${i}`],
        fixAvailable: true,
        via: [
          {
            source: i,
            name: `pkg-${i}`,
            dependency: `pkg-${i}`,
            title: 'Prototype pollution '.repeat(10).trim(),
            url: `https://github.com/advisories/${ghsa(i)}`,
            severity: 'high',
            range: '<2.0.0',
          },
        ],
      };
    }
    lock.push('  }', '}');
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities,
      metadata: { dependencies: { total: 40_000 } },
    });
    expect(text.length).toBeGreaterThan(20_000_000);
    const parsed = parseNpmAudit(printed(text), {
      dir: 'web',
      lockfile: { path: 'web/package-lock.json', text: lock.join('\n') },
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const { findings } = parsed.value;
    expect(findings).toHaveLength(40_000);
    const find = (i: number) => findings.find((f) => f.message.includes(`pkg-${i} <2.0.0`));
    // Entry i opens line 4 + 3i of the lockfile.
    expect([find(0), find(39_999)].map((f) => [f?.rule, f?.severity, f?.file, f?.line])).toEqual([
      [ghsa(0), 'high', 'web/package-lock.json', 4],
      [ghsa(39_999), 'high', 'web/package-lock.json', 4 + 3 * 39_999],
    ]);
  });

  it('keeps U+FFFD from bad bytes in names and titles instead of failing', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        'caf\uFFFD': {
          name: 'caf\uFFFD',
          severity: 'moderate',
          via: [
            {
              source: 7,
              name: 'caf\uFFFD',
              title: 'ReDoS in caf\uFFFD',
              url: 'https://github.com/advisories/GHSA-9999-8888-7777',
              severity: 'moderate',
              range: '<1.0.0',
            },
          ],
          nodes: ['node_modules/caf\uFFFD'],
          fixAvailable: { name: 'caf\uFFFD', version: '1.0.0', isSemVerMajor: false },
        },
      },
    });
    const parsed = parseNpmAudit(printed(text), { dir: '.' });
    expect(parsed.ok && parsed.value.findings).toEqual([
      {
        rule: 'GHSA-9999-8888-7777',
        severity: 'medium',
        message: 'ReDoS in caf\uFFFD: caf\uFFFD <1.0.0 (path: caf\uFFFD)',
        url: 'https://github.com/advisories/GHSA-9999-8888-7777',
        hint: 'Fix available: npm audit fix installs caf\uFFFD@1.0.0.',
        subject: 'caf\uFFFD',
      },
    ]);
  });
});
