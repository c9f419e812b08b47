import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postSchema } from '../../src/config/post-schema.ts';
import type { CheckOutcome } from '../../src/engine/check.ts';
import { planProbes, type DeploymentInfo } from '../../src/probes/plan.ts';
import { testContext } from '../support/context.ts';
import { closeAll, closedPort, serve, type Handler } from '../support/servers.ts';
import { createPki, type TestPki } from '../support/tls.ts';

let pki: TestPki;
beforeAll(() => {
  pki = createPki();
});
afterAll(() => pki.dispose());
afterEach(closeAll);

const FAST = {
  'connect-timeout': '1s',
  'headers-timeout': '1s',
  'body-timeout': '1s',
  'request-timeout': '2s',
};

/** Plans the probes of one target and runs them in order, as the engine would (real clock). */
async function run(
  target: Record<string, unknown>,
  options: { wait?: string; deployment?: DeploymentInfo } = {},
) {
  const post = postSchema.parse({
    wait: { timeout: options.wait ?? '2s' },
    targets: [{ name: 'backend', ca: pki.caFile, ...FAST, ...target }],
  });
  const checks = planProbes(post, options.deployment);
  const results: (CheckOutcome & { id: string; title: string; ms: number })[] = [];
  for (const check of checks) {
    const started = performance.now();
    const signal = AbortSignal.timeout(check.timeoutMs);
    const outcome = await check.run(testContext({ root: '/', signal, now: () => new Date() }));
    results.push({ ...outcome, id: check.id, title: check.title, ms: performance.now() - started });
  }
  return results;
}

/** Asymmetric matchers typed as the strings they stand for (they are `any` in vitest's types). */
const containing = (text: string): string => expect.stringContaining(text) as string;
const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(body));
  };

describe('planning', () => {
  it('makes unique ids and readable titles; without a URL the probes skip', async () => {
    const results = await run({
      probes: [
        { type: 'health', path: '/api/health/' },
        { type: 'health', path: '/api/health/' },
        { type: 'health' },
        { type: 'tls' },
      ],
    });
    expect(results.map((r) => [r.id, r.title])).toEqual([
      ['post/backend/health/api-health', 'backend: health /api/health/'],
      ['post/backend/health/api-health-2', 'backend: health /api/health/'],
      ['post/backend/health', 'backend: health /'],
      ['post/backend/tls', 'backend: tls'],
    ]);
    expect(results[0]).toMatchObject({
      status: 'skip',
      summary: containing('no URL'),
    });
  });

  it('uses the deployment URL for a target without url', async () => {
    const server = await serve(json({ status: 'ok' }));
    const [result] = await run(
      { probes: [{ type: 'health' }] },
      { deployment: { deploymentUrl: server.url } },
    );
    expect(result?.status).toBe('pass');
  });
});

describe('wait and health', () => {
  it('waits through a flapping 503 and reports how long it waited', async () => {
    let calls = 0;
    const server = await serve((req, res) =>
      ++calls <= 3 ? res.writeHead(503).end() : json({ status: 'ok', db: { up: true } })(req, res),
    );
    const [health, again] = await run({
      url: server.url,
      probes: [
        { type: 'health', expect: { json: { status: 'ok', db: { up: true } } } },
        { type: 'health', path: '/x' },
      ],
    });
    expect(health).toMatchObject({ status: 'pass', metrics: { status: 200 } });
    expect(health?.metrics?.waitMs).toBeGreaterThan(100);
    // The second probe shares the memoised wait rather than polling again.
    expect(again?.metrics?.waitMs).toBe(health?.metrics?.waitMs);
    // Three 503s and one 200 while waiting, then one request per probe.
    expect(calls).toBe(6);
  });

  it('fails when the target never becomes ready, within the wait timeout', async () => {
    const port = await closedPort();
    const [result] = await run(
      { url: `http://127.0.0.1:${port}`, probes: [{ type: 'health' }] },
      { wait: '1s' },
    );
    expect(result).toMatchObject({
      status: 'fail',
      findings: [{ rule: 'not-ready', message: containing('connection refused') }],
    });
    expect(result!.ms).toBeLessThan(2500);
  });

  it('fails on a wrong status with the latency, and on a JSON mismatch', async () => {
    const server = await serve((req, res) =>
      req.url === '/bad' ? res.writeHead(404).end() : json({ status: 'degraded' })(req, res),
    );
    const [wrong, mismatch] = await run({
      url: server.url,
      probes: [
        { type: 'health', path: '/bad', expect: { status: [200, 204] } },
        { type: 'health', expect: { json: { status: 'ok' } } },
      ],
    });
    expect(wrong).toMatchObject({
      status: 'fail',
      summary: matching(/^404 after \d+ ms, expected 200 or 204$/),
    });
    expect(mismatch?.findings?.[0]?.message).toBe(
      'JSON body: $.status: expected "ok", got "degraded"',
    );
  });

  it('fails a health endpoint that never sends headers within its timeouts', async () => {
    const server = await serve((req, res) => (req.url === '/' ? res.end('up') : undefined));
    const [result] = await run({
      url: server.url,
      probes: [{ type: 'page' }, { type: 'health', path: '/hang' }],
    }).then((r) => r.slice(1));
    expect(result).toMatchObject({
      status: 'fail',
      summary: 'timed out awaiting response headers',
    });
    // Three attempts of at most the 1 s headers timeout, plus backoff.
    expect(result!.ms).toBeLessThan(5000);
  });
});

describe('page', () => {
  it('accepts a login redirect without following it, checks text and static asset caching', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/admin/') return res.writeHead(302, { location: '/admin/login/' }).end();
      if (req.url === '/static/app.css')
        return res
          .writeHead(200, {
            'content-type': 'text/css; charset=utf-8',
            'cache-control': 'public, max-age=60',
          })
          .end('body{}');
      res.end('<h1>Welcome</h1>');
    });
    const [admin, home, css] = await run({
      url: server.url,
      probes: [
        { type: 'page', path: '/admin/', expect: { status: [200, 302] } },
        { type: 'page', path: '/', expect: { text: 'Sign in' } },
        {
          type: 'page',
          path: '/static/app.css',
          expect: { 'content-type': 'text/css', 'max-age': '1h', immutable: true },
        },
      ],
    });
    expect(admin).toMatchObject({ status: 'pass', metrics: { status: 302 } });
    expect(home).toMatchObject({ status: 'fail', summary: 'the body does not contain "Sign in"' });
    expect(css?.findings?.map((f) => f.rule)).toEqual(['cache-too-short', 'cache-not-immutable']);
  });
});

describe('headers, cookies, cors, redirect', () => {
  it('grades headers and fails below min-grade', async () => {
    const good = await serve(
      (_req, res) =>
        res
          .writeHead(200, {
            'strict-transport-security': 'max-age=63072000; includeSubDomains',
            'content-security-policy':
              "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
            'permissions-policy': 'camera=()',
          })
          .end(),
      pki.leaf(),
    );
    const bare = await serve(
      (_req, res) => res.writeHead(200, { server: 'gunicorn/21.2.0' }).end(),
      pki.leaf(),
    );
    const [a] = await run({ url: good.url, probes: [{ type: 'headers' }] });
    const [f] = await run({ url: bare.url, probes: [{ type: 'headers', 'min-grade': 'C' }] });
    expect(a).toMatchObject({
      status: 'pass',
      summary: 'grade A+ (score 115)',
      metrics: { score: 115 },
    });
    expect(f).toMatchObject({
      status: 'fail',
      summary: 'grade D (score 30), below min-grade C',
      metrics: { score: 30 },
    });
    expect(f?.findings?.map((x) => x.rule)).toContain('header-discloses-software');
  });

  it('fails a session cookie without Secure and HttpOnly', async () => {
    const server = await serve((_req, res) =>
      res
        .writeHead(302, {
          location: '/',
          'set-cookie': ['sessionid=x; Path=/', 'csrftoken=y; Secure; SameSite=Lax'],
        })
        .end(),
    );
    const [result] = await run({ url: server.url, probes: [{ type: 'cookies', path: '/login/' }] });
    expect(result?.status).toBe('fail');
    expect(result?.findings?.map((f) => f.rule)).toEqual([
      'cookies-session-without-secure-flag',
      'cookies-session-without-httponly-flag',
    ]);
  });

  it('checks a CORS preflight and refuses a reflected foreign origin', async () => {
    const reflecting = await serve((req, res) =>
      res
        .writeHead(204, {
          'access-control-allow-origin': String(req.headers.origin),
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type',
          'access-control-allow-credentials': 'true',
        })
        .end(),
    );
    const [result] = await run({
      url: reflecting.url,
      probes: [
        {
          type: 'cors',
          path: '/api/',
          origin: 'https://app.example.com',
          methods: ['GET', 'PUT'],
          headers: ['authorization'],
          credentials: true,
        },
      ],
    });
    expect(result?.status).toBe('fail');
    const missingHeader =
      'preflight: authorization not in Access-Control-Allow-Headers (content-type)';
    expect(result?.findings?.map((f) => f.message)).toEqual([
      missingHeader, // GET
      'preflight: PUT is not in Access-Control-Allow-Methods (get, post)',
      missingHeader, // PUT
      'a foreign origin (https://shipgate-probe.invalid) is reflected in Access-Control-Allow-Origin',
    ]);
  });

  it('wants one permanent redirect from http to https', async () => {
    const secure = await serve((_req, res) => res.end('ok'), pki.leaf());
    const good = await serve((req, res) =>
      res.writeHead(301, { location: `https://127.0.0.1:${secure.port}${req.url}` }).end(),
    );
    const temporary = await serve((_req, res) =>
      res.writeHead(302, { location: `http://127.0.0.1:${secure.port}/` }).end(),
    );
    const none = await serve((_req, res) => res.end('plain'));
    const [ok] = await run({
      url: secure.url,
      probes: [{ type: 'redirect', from: `${good.url}/` }],
    });
    const [bad] = await run({
      url: secure.url,
      probes: [{ type: 'redirect', from: `${temporary.url}/` }],
    });
    const [missing] = await run({
      url: secure.url,
      probes: [{ type: 'redirect', from: `${none.url}/` }],
    });
    expect(ok).toMatchObject({ status: 'pass' });
    expect(bad?.findings?.map((f) => f.rule)).toEqual([
      'redirection-not-to-https',
      'redirection-not-permanent',
    ]);
    expect(missing).toMatchObject({ status: 'fail', findings: [{ rule: 'redirection-missing' }] });
  });
});

describe('tls', () => {
  it('passes a valid certificate, warns when it expires soon', async () => {
    const server = await serve((_req, res) => res.end('ok'), pki.leaf({ days: 5 }));
    const [soon] = await run({ url: server.url, probes: [{ type: 'tls', 'min-days': 14 }] });
    const [fine] = await run({ url: server.url, probes: [{ type: 'tls', 'min-days': 3 }] });
    expect(soon).toMatchObject({
      status: 'warn',
      findings: [{ rule: 'tls-certificate-expiring' }],
    });
    expect(soon?.metrics?.daysLeft).toBe(4);
    expect(fine).toMatchObject({
      status: 'pass',
      summary: matching(/^TLSv1\.3, certificate valid until/),
    });
  });

  it('names an expired certificate with its date, and a certificate for another host', async () => {
    const expired = await serve((_req, res) => res.end('ok'), pki.leaf({ expired: true }));
    const other = await serve(
      (_req, res) => res.end('ok'),
      pki.leaf({ hosts: ['api.example.com'] }),
    );
    // The wait stops at once on a certificate error (waiting cannot fix it); the probe describes it.
    const [a] = await run({ url: expired.url, probes: [{ type: 'tls' }] }, { wait: '10s' });
    const [b] = await run({ url: other.url, probes: [{ type: 'tls' }] });
    expect(a).toMatchObject({
      status: 'fail',
      findings: [
        {
          rule: 'tls-certificate-expired',
          message: containing('the certificate has expired (certificate has expired) on 2020-'),
        },
      ],
    });
    expect(a!.ms).toBeLessThan(2000);
    expect(b?.findings?.[0]?.message).toContain('not valid for this host name');
  });
  it('names a server that speaks only TLS 1.0/1.1, which Node itself refuses to negotiate', async () => {
    const legacyOnly = {
      ...pki.leaf(),
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
    } as const;
    const server = await serve((_req, res) => res.end('ok'), legacyOnly);
    const [result] = await run({ url: server.url, probes: [{ type: 'tls' }] });
    expect(result).toMatchObject({
      status: 'fail',
      findings: [
        {
          rule: 'tls-outdated-protocol',
          severity: 'high',
          message: '127.0.0.1 negotiated TLSv1.1',
        },
      ],
    });
  });
});

describe('latency', () => {
  it('reports percentiles and error rate against thresholds', async () => {
    let n = 0;
    const server = await serve((_req, res) => {
      const failing = ++n % 10 === 0;
      setTimeout(() => res.writeHead(failing ? 500 : 200).end('ok'), 20);
    });
    const [result] = await run({
      url: server.url,
      probes: [
        {
          type: 'latency',
          requests: 40,
          concurrency: 4,
          p95: '1s',
          'error-rate': '5%',
          'min-samples': 5,
        },
      ],
    });
    expect(result?.status).toBe('fail');
    expect(result?.metrics?.samples).toBeGreaterThanOrEqual(34);
    expect(result?.metrics?.errorRate).toBeGreaterThan(0.05);
    expect(result?.metrics?.p50Ms).toBeGreaterThanOrEqual(19);
    expect(result?.findings?.[0]).toMatchObject({ rule: 'error-rate', severity: 'high' });
  });

  it('warns inside the warn band and fails on too few samples', async () => {
    const server = await serve((_req, res) => setTimeout(() => res.end('ok'), 30));
    const [warned] = await run({
      url: server.url,
      probes: [
        {
          type: 'latency',
          requests: 10,
          concurrency: 5,
          p50: '300ms',
          'warn-at': '10%',
          'min-samples': 5,
        },
      ],
    });
    const [few] = await run({
      url: server.url,
      probes: [{ type: 'latency', requests: 3, 'min-samples': 5 }],
    });
    expect(warned).toMatchObject({ status: 'warn', findings: [{ rule: 'latency-p50-degraded' }] });
    expect(few).toMatchObject({ status: 'fail', findings: [{ rule: 'too-few-samples' }] });
  });
});

describe('revision', () => {
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  it('passes on the expected commit (short form), skips without one, fails stale with both SHAs', async () => {
    const current = await serve(json({ build: { sha: sha.slice(0, 7) } }));
    const stale = await serve(
      json({ ok: true }, 200, { 'x-revision': 'ffffffffffffffffffffffffffffffffffffffff' }),
    );
    const [ok] = await run(
      { url: current.url, probes: [{ type: 'revision', json: 'build.sha' }] },
      { deployment: { expectedRevision: sha } },
    );
    const [skipped] = await run({
      url: current.url,
      probes: [{ type: 'revision', json: 'build.sha' }],
    });
    const [old] = await run(
      { url: stale.url, probes: [{ type: 'revision', header: 'x-revision' }] },
      { wait: '1s', deployment: { expectedRevision: sha } },
    );
    expect(ok).toMatchObject({ status: 'pass' });
    expect(skipped).toMatchObject({
      status: 'skip',
      summary: containing('no expected revision'),
    });
    expect(old).toMatchObject({
      status: 'fail',
      findings: [
        {
          rule: 'stale-deployment',
          message: containing(`serving ffffffffffffffffffffffffffffffffffffffff, expected ${sha}`),
        },
      ],
    });
    expect(old!.ms).toBeLessThan(2500);
    expect(stale.hits()).toBeGreaterThan(2);
  });
});
