import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { run } from '../../../src/gates/build/run.ts';
import { testContext } from '../../support/context.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = (settings: object = {}) =>
  gatesSchema.parse({ build: settings }).build as GateOptions<'build'>;
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A Next.js app as cloned: package.json and its build script, no node_modules. */
async function uninstalledApp(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-build-'));
  temps.push(root);
  await writeFile(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'app', private: true, scripts: { build: 'next build' } }),
  );
  return root;
}

describe('build gate', () => {
  it('runs npm run build in the project and keeps the output tail and duration', async () => {
    const outcome = await run(
      { options: options(), dir: frontend, stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('exit code 0');
    expect(outcome.evidence).toMatch(/○ \/customers\n○ \/login\n○ \/\n✓ Compiled 3 routes$/);
    expect(outcome.metrics?.durationMs).toBeGreaterThan(0);
  });

  it('fails with the exit code, output in order, and the configured env', async () => {
    const outcome = await run(
      {
        options: options({
          run: 'echo "building $APP_ENV"; echo "boom" >&2; exit 3',
          env: { APP_ENV: 'production' },
        }),
        dir: frontend,
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('exit code 3');
    expect(outcome.evidence).toBe('building production\nboom');
  });

  it('is a missing tool, as for ESLint and tsc, when the app’s dependencies are not installed', async () => {
    const root = await uninstalledApp();
    const building = run({ options: options(), dir: '.', stacks: {} }, testContext({ root }));
    await expect(building).rejects.toThrow(ToolMissingError);
    await expect(building).rejects.toMatchObject({
      tool: 'next',
      installHint: "install the project's dependencies first: run npm ci in .",
    });
  });

  it('reads the shell’s "command not found" from a configured command line too', async () => {
    const root = await uninstalledApp();
    const building = run(
      { options: options({ run: 'echo start; nuxi build' }), dir: '.', stacks: {} },
      testContext({ root }),
    );
    await expect(building).rejects.toMatchObject({ tool: 'nuxi' });
  });

  it('still fails a build whose own step exits 127 without the shell missing a command', async () => {
    const root = await uninstalledApp();
    const outcome = await run(
      { options: options({ run: 'echo "compiled"; exit 127' }), dir: '.', stacks: {} },
      testContext({ root }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      summary: 'exit code 127',
      evidence: 'compiled',
    });
  });
});
