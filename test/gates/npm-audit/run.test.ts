import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../../src/engine/exec.ts';
import { run } from '../../../src/gates/npm-audit/run.ts';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
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
