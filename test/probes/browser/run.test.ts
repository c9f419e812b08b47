import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/config/post-schema.ts';
import { planProbes } from '../../../src/probes/plan.ts';
import { pageOutcome } from '../../../src/probes/browser/run.ts';
import { closeBrowser, launches } from '../../../src/probes/browser/session.ts';
import { testContext } from '../../support/context.ts';
import { closeAll, serve, type TestServer } from '../../support/servers.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'shipgate-browser-test-'));
});
afterAll(async () => {
  await closeBrowser();
  await rm(root, { recursive: true, force: true });
});
afterEach(closeAll);

/** The browser probes of one target, planned from config and run in order as the engine runs them. */
async function browse(url: string, probes: object[], env: Record<string, string> = {}) {
  const post = postSchema.parse({
    wait: { timeout: '5s' },
    targets: [{ name: 'app', url, probes: probes.map((p) => ({ type: 'browser', ...p })) }],
  });
  const outcomes = [];
  for (const check of planProbes(post)) {
    outcomes.push(
      await check.run(testContext({ root, env, signal: AbortSignal.timeout(check.timeoutMs) })),
    );
  }
  return outcomes;
}

/** An API on another origin that sends no CORS headers: a browser must refuse its answer. */
let api: TestServer;

/** A front end: a clean page, and a page with every kind of browser-side failure. */
async function frontEnd(): Promise<TestServer> {
  api = await serve((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  );
  const pages: Record<string, [string, string, Record<string, string>?]> = {
    '/': [
      'text/html',
      '<!doctype html><title>Shop</title><link rel="stylesheet" href="/static/site.css"><h1>Shop</h1><form><input id="q"><button id="go" type="button">Go</button></form>',
    ],
    '/static/site.css': ['text/css', 'h1 { color: teal }'],
    '/broken': [
      'text/html',
      `<!doctype html><title>Broken</title><link rel="stylesheet" href="/static/missing.css"><h1>Broken</h1><img src="${api.url}/pixel.png"><script src="/static/broken.js"></script>`,
      { 'content-security-policy': "default-src 'self'; connect-src *" },
    ],
    '/static/broken.js': [
      'text/javascript',
      `console.error('cart failed to render'); fetch('${api.url}/api/cart/').catch(() => {});`,
    ],
  };
  return serve((req, res) => {
    const page = pages[req.url ?? ''];
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': page[0], ...page[2] }).end(page[1]);
  });
}

describe('browser probe (real headless Chromium)', { timeout: 120_000 }, () => {
  it('passes a clean page, does its steps, writes a screenshot, and starts the browser once', async () => {
    const site = await frontEnd();
    const before = launches;
    const [clean, again] = await browse(
      site.url,
      [
        { steps: [{ fill: '#q', 'value-env': 'QUERY' }, { click: '#go' }, { 'wait-for': 'h1' }] },
        {
          path: '/',
          screenshot: 'shots/again.png',
          steps: [{ 'wait-for': '#nowhere' }],
          timeout: '2s',
        },
      ],
      { QUERY: 'teal' },
    );
    expect(clean).toMatchObject({ status: 'pass', findings: [] });
    expect(clean!.summary).toMatch(/^200, load \S+, no errors in the browser/);
    expect(clean!.metrics).toMatchObject({ status: 200 });
    expect(clean!.metrics!.loadMs).toBeGreaterThan(0);
    const png = await readFile(path.join(root, 'shipgate-screenshots/app-root.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(again!.findings).toEqual([
      {
        rule: 'step-failed',
        severity: 'high',
        message: expect.stringMatching(
          /: wait-for #nowhere failed: .*Timeout 2000ms exceeded/,
        ) as string,
      },
    ]);
    await readFile(path.join(root, 'shots/again.png'));
    expect(launches - before).toBe(1);
  });

  it('reports a console error, a fetch blocked by CORS, a CSP violation and a missing static file', async () => {
    const site = await frontEnd();
    const [broken] = await browse(site.url, [{ path: '/broken' }]);
    const page = `${site.url}/broken`;
    expect(broken!.findings!.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'cors-blocked',
        'high',
        `${page}: the request to ${api.url}/api/cart/ was blocked by CORS: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
      ],
      [
        'csp-violation',
        'medium',
        `${page}: Content-Security-Policy img-src blocked ${api.url}/pixel.png (${page}:1)`,
      ],
      ['asset-error', 'high', `${site.url}/static/missing.css: stylesheet answered 404`],
      [
        'console-error',
        'medium',
        `${page}: console error: cart failed to render (${site.url}/static/broken.js)`,
      ],
    ]);
    expect(broken!.status).toBe('fail');
  });

  it('skips with an install hint when the configured browser does not exist', async () => {
    const site = await frontEnd();
    const [outcome] = await browse(site.url, [{ executable: '/nonexistent/chrome' }]);
    expect(outcome).toMatchObject({
      status: 'skip',
      summary:
        'no Chrome or Chromium at /nonexistent/chrome: install Chromium (apt-get install chromium) or Google Chrome, or set `executable:` (or CHROME_PATH) to one',
    });
  });
});

describe('pageOutcome', () => {
  const [target] = postSchema.parse({
    targets: [
      { name: 'app', url: 'https://shop.example.com', probes: [{ type: 'browser', load: '1s' }] },
    ],
  }).targets;
  const probe = target!.probes[0]! as Parameters<typeof pageOutcome>[0];
  const evidence = {
    pageUrl: 'https://shop.example.com/',
    console: [],
    exceptions: [],
    failedRequests: [],
    cspViolations: [],
    badResponses: [],
    timings: { ttfb: 80.4, load: 700.6 },
  };
  const url = new URL(evidence.pageUrl);

  it('passes a clean page with its status, load time and timings as metrics', () => {
    expect(pageOutcome(probe, url, evidence, 200)).toMatchObject({
      status: 'pass',
      summary: '200, load 701ms, no errors in the browser (https://shop.example.com/)',
      metrics: { ttfbMs: 80, loadMs: 701, status: 200 },
    });
  });

  it('names the rules of what it found, and a page that gave no response', () => {
    const slow = pageOutcome(probe, url, { ...evidence, timings: { load: 1500 } }, undefined);
    expect(slow).toMatchObject({
      summary: '1 problem in the browser: slow-page',
      metrics: { loadMs: 1500 },
    });
    expect(slow.metrics).not.toHaveProperty('status');
    expect(pageOutcome(probe, url, { ...evidence, timings: {} }, undefined).summary).toBe(
      'no response, load ?, no errors in the browser (https://shop.example.com/)',
    );
  });
});
