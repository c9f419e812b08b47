import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../../src/engine/exec.ts';
import { postSchema } from '../../../src/config/post-schema.ts';
import { planProbes } from '../../../src/probes/plan.ts';
import { closeBrowser } from '../../../src/probes/browser/session.ts';
import { testContext } from '../../support/context.ts';
import { closeAll, closedPort, serve, type TestServer } from '../../support/servers.ts';

/**
 * The browser probe against a real Next.js app (test/fixtures/nextjs/shop-front: built with
 * `next build`, served by `next start`), a clean page and a broken one: what a team deploys
 * to Vercel, with the hydration, chunks and headers a hand-written page does not have.
 */
const APP = path.resolve(import.meta.dirname, '../../fixtures/nextjs/shop-front');
const NEXT = path.join(APP, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let app: ChildProcess;
let url: string;
let api: TestServer;
let root: string;

beforeAll(async () => {
  if (!existsSync(NEXT)) {
    throw new Error(
      `Next.js is not installed: run npm ci --prefix ${path.relative(process.cwd(), APP)}`,
    );
  }
  const build = await exec(process.execPath, [NEXT, 'build'], { cwd: APP, env });
  if (build.exitCode !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await closedPort();
  url = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: APP,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    app.stdout!.setEncoding('utf8');
    app.stdout!.on('data', (chunk: string) => {
      log += chunk;
      if (/Ready in/.test(log)) resolve();
    });
    app.once('exit', (code) => reject(new Error(`next start exited ${code}: ${log}`)));
  });
  // An API on another origin that sends no CORS headers: the browser must refuse its answer.
  api = await serve((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  );
  root = await mkdtemp(path.join(tmpdir(), 'shipgate-nextjs-'));
}, 240_000);

afterAll(async () => {
  await closeBrowser();
  await closeAll();
  if (app?.pid && app.exitCode === null) process.kill(-app.pid, 'SIGTERM');
  if (root) await rm(root, { recursive: true, force: true });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function browse(probe: object) {
  const post = postSchema.parse({
    wait: { timeout: '10s' },
    targets: [{ name: 'front', url, probes: [{ type: 'browser', ...probe }] }],
  });
  const [check] = planProbes(post);
  return check!.run(testContext({ root, signal: AbortSignal.timeout(check!.timeoutMs) }));
}

describe(
  'browser probe on a real Next.js app (next build, next start)',
  { timeout: 120_000 },
  () => {
    it('passes the clean page: hydrated, its chunks and image served, no errors', async () => {
      const outcome = await browse({ path: '/' });
      expect(outcome.findings).toEqual([]);
      expect(outcome.status).toBe('pass');
      expect(outcome.summary).toMatch(/^200, load \S+, no errors in the browser/);
    });

    it('reports the broken page: CORS-blocked fetch, CSP violation, missing image, console error', async () => {
      const page = `${url}/broken?api=${encodeURIComponent(api.url)}`;
      const outcome = await browse({ path: `/broken?api=${encodeURIComponent(api.url)}` });
      expect(outcome.findings!.map((f) => [f.rule, f.severity, f.message])).toEqual([
        [
          'cors-blocked',
          'high',
          `${page}: the request to ${api.url}/api/cart/ was blocked by CORS: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
        ],
        [
          'csp-violation',
          'medium',
          expect.stringMatching(
            new RegExp(
              `^${escapeRegExp(page)}: Content-Security-Policy img-src blocked http://127\\.0\\.0\\.1:9/pixel\\.png`,
            ),
          ),
        ],
        ['asset-error', 'high', `${url}/missing.png: image answered 404`],
        [
          'console-error',
          'medium',
          expect.stringMatching(
            new RegExp(`^${escapeRegExp(page)}: console error: cart failed to render`),
          ),
        ],
      ]);
      expect(outcome.status).toBe('fail');
    });
  },
);
