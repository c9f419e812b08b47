import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type HttpClientOptions } from '../../src/http/client.ts';
import type { Resolver } from '../../src/http/address.ts';
import { closeAll, closedPort, hugeBody, serve } from '../support/servers.ts';
import { createPki, type TestPki } from '../support/tls.ts';

let pki: TestPki;
beforeAll(() => {
  pki = createPki();
});
afterAll(() => pki.dispose());
afterEach(closeAll);

const clients: HttpClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const created = new HttpClient({
    connectTimeoutMs: 1000,
    headersTimeoutMs: 500,
    bodyTimeoutMs: 500,
    requestTimeoutMs: 1500,
    maxBodyBytes: 64 * 1024,
    allowLinkLocal: false,
    ca: pki.ca,
    ...overrides,
  });
  clients.push(created);
  return created;
}

/** Runs `send` and returns its outcome with how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('HttpClient against misbehaving servers', () => {
  it('gives up on a server that never sends headers', async () => {
    const server = await serve(() => {});
    const { result, ms } = await timed(() => client().send(server.url));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UND_ERR_HEADERS_TIMEOUT', message: 'timed out awaiting response headers' },
    });
    expect(ms).toBeLessThan(1400);
  });

  it('ends a trickled body at the whole-request deadline', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const { result, ms } = await timed(() => client().send(server.url));
    expect(result).toMatchObject({ ok: false, error: { code: 'SHIPGATE_DEADLINE' } });
    expect(ms).toBeGreaterThan(1400);
    expect(ms).toBeLessThan(2500);
  });

  it('reports a stalled body as a body timeout', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200);
      res.write('start');
    });
    const { result } = await timed(() => client().send(server.url));
    expect(result).toMatchObject({ ok: false, error: { code: 'UND_ERR_BODY_TIMEOUT' } });
  });

  it('reports a reset connection, and retries it when allowed', async () => {
    const server = await serve((req) => req.socket.resetAndDestroy());
    const outcome = await client().send(server.url, { attempts: 2 });
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 2,
      error: { message: expect.stringMatching(/reset|closed/) as string },
    });
    expect(server.hits()).toBe(2);
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const outcome = await client().send(`http://127.0.0.1:${port}/`);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ECONNREFUSED', transient: true } });
  });

  it('stops reading a 50 MB body after the limit', async () => {
    const server = await serve((_req, res) => hugeBody(res, 50 * 1024 * 1024));
    const { result, ms } = await timed(() => client().send(server.url));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'SHIPGATE_BODY_TOO_LARGE',
        message: 'body too large (more than 65536 bytes)',
      },
    });
    expect(ms).toBeLessThan(1000);
  });

  it('reports a redirect loop with its chain', async () => {
    const server = await serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
    });
    const outcome = await client().send(`${server.url}/a`, { redirect: 'follow' });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'SHIPGATE_REDIRECT_LOOP',
        message: `redirect loop: ${server.url}/a → 302 ${server.url}/b → 302 ${server.url}/a`,
      },
    });
  });

  it('caps a redirect chain at 10 hops', async () => {
    const server = await serve((req, res) => {
      res.writeHead(301, { location: `/${Number(req.url!.slice(1)) + 1}` }).end();
    });
    const outcome = await client().send(`${server.url}/0`, { redirect: 'follow' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'SHIPGATE_TOO_MANY_REDIRECTS' } });
    expect(outcome.redirects).toHaveLength(10);
  });

  it('refuses a redirect from HTTPS to HTTP', async () => {
    const plain = await serve((_req, res) => res.end('plain'));
    const secure = await serve(
      (_req, res) => res.writeHead(302, { location: `${plain.url}/x` }).end(),
      pki.leaf(),
    );
    const outcome = await client().send(secure.url, { redirect: 'follow' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'SHIPGATE_INSECURE_REDIRECT' } });
    expect(plain.hits()).toBe(0);
  });

  it('names an expired certificate and a certificate for another host', async () => {
    const expired = await serve((_req, res) => res.end('ok'), pki.leaf({ expired: true }));
    const wrongHost = await serve(
      (_req, res) => res.end('ok'),
      pki.leaf({ hosts: ['other.example'] }),
    );
    expect(await client().send(expired.url)).toMatchObject({
      ok: false,
      error: { code: 'CERT_HAS_EXPIRED', tls: true },
    });
    expect(await client().send(wrongHost.url)).toMatchObject({
      ok: false,
      error: { code: 'ERR_TLS_CERT_ALTNAME_INVALID', tls: true },
    });
  });

  it('does not trust a certificate without the configured CA', async () => {
    const server = await serve((_req, res) => res.end('ok'), pki.leaf());
    const outcome = await client({ ca: undefined }).send(server.url);
    expect(outcome).toMatchObject({ ok: false, error: { tls: true } });
    expect((await client().send(server.url)).ok).toBe(true);
  });

  it('refuses a redirect to the cloud metadata address without connecting', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    );
    const { result, ms } = await timed(() => client().send(server.url, { redirect: 'follow' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'SHIPGATE_LINK_LOCAL',
        message: expect.stringMatching(/: 169\.254\.169\.254$/) as string,
      },
    });
    expect(ms).toBeLessThan(500);
  });

  it.each([
    'http://[::ffff:169.254.169.254]/latest/meta-data/',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
  ])('refuses a redirect to %s, a metadata address in another spelling', async (location) => {
    const server = await serve((_req, res) => res.writeHead(302, { location }).end());
    const result = await client().send(server.url, { redirect: 'follow' });
    expect(result).toMatchObject({ ok: false, error: { code: 'SHIPGATE_LINK_LOCAL' } });
  });

  it('connects through the system resolver to a loopback name', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    expect(await client().send(`http://localhost:${server.port}/`)).toMatchObject({
      ok: true,
      response: { status: 200, body: 'ok' },
    });
  });
});

describe('HttpClient and DNS', () => {
  /** A resolver that answers from `answer` per call, and counts the names it was asked. */
  function resolver(answer: (hostname: string, call: number) => Answer) {
    const asked: string[] = [];
    const resolve: Resolver = (hostname, _options, callback) => {
      asked.push(hostname);
      const result = answer(hostname, asked.length);
      // Asynchronous, as a real resolver is.
      setImmediate(() =>
        typeof result === 'string'
          ? callback(
              Object.assign(new Error(`getaddrinfo ${result} ${hostname}`), { code: result }),
              [],
            )
          : callback(null, result),
      );
    };
    return { resolve, asked };
  }
  type Answer = string | { address: string; family: number }[];
  const loopback = [{ address: '127.0.0.1', family: 4 }];

  it('refuses a name that resolves to the cloud metadata address, naming it, without connecting', async () => {
    const { resolve } = resolver(() => [{ address: '169.254.169.254', family: 4 }]);
    const outcome = await client({ resolver: resolve }).send('http://metadata.test/latest/', {
      attempts: 3,
    });
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 1,
      error: {
        code: 'SHIPGATE_LINK_LOCAL',
        message:
          'refused: link-local/cloud-metadata address (set allow-link-local: true to allow) (metadata.test resolves to 169.254.169.254, a link-local/cloud-metadata address)',
      },
    });
  });

  it('refuses a redirect to a name with any link-local answer among its addresses', async () => {
    const { resolve, asked } = resolver((hostname) =>
      hostname === 'app.test' ? loopback : [...loopback, { address: 'fd00:ec2::254', family: 6 }],
    );
    const server = await serve((req, res) =>
      req.url === '/'
        ? res.writeHead(302, { location: `http://internal.test:${server.port}/x` }).end()
        : res.end('must not be reached'),
    );
    const outcome = await client({ resolver: resolve }).send(`http://app.test:${server.port}/`, {
      redirect: 'follow',
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'SHIPGATE_LINK_LOCAL',
        message: expect.stringContaining('internal.test resolves to fd00:ec2::254') as string,
      },
      redirects: [{ status: 302, location: `http://internal.test:${server.port}/x` }],
    });
    expect(asked).toEqual(['app.test', 'internal.test']);
    expect(server.hits()).toBe(1);
  });

  it('retries a temporary DNS failure (EAI_AGAIN) and then succeeds', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    const { resolve, asked } = resolver((_hostname, call) => (call === 1 ? 'EAI_AGAIN' : loopback));
    const outcome = await client({ resolver: resolve }).send(`http://app.test:${server.port}/`, {
      attempts: 3,
    });
    expect(outcome).toMatchObject({ ok: true, attempts: 2, response: { status: 200, body: 'ok' } });
    expect(asked).toEqual(['app.test', 'app.test']);
    expect(server.hits()).toBe(1);
  });

  it('gives up on a temporary DNS failure after the attempts allowed', async () => {
    const { resolve, asked } = resolver(() => 'EAI_AGAIN');
    const outcome = await client({ resolver: resolve }).send('http://app.test/', { attempts: 2 });
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 2,
      error: {
        code: 'EAI_AGAIN',
        transient: true,
        message: 'DNS lookup failed temporarily (getaddrinfo EAI_AGAIN app.test)',
      },
    });
    expect(asked).toHaveLength(2);
  });

  it('does not retry a name that does not exist (ENOTFOUND)', async () => {
    const { resolve, asked } = resolver(() => 'ENOTFOUND');
    const outcome = await client({ resolver: resolve }).send('http://nowhere.test/', {
      attempts: 3,
    });
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 1,
      url: 'http://nowhere.test/',
      error: {
        code: 'ENOTFOUND',
        transient: false,
        message: 'DNS: no such host (getaddrinfo ENOTFOUND nowhere.test)',
      },
    });
    expect(asked).toEqual(['nowhere.test']);
  });
});

describe('HttpClient and credentials', () => {
  it('keeps credentials out of messages', async () => {
    const port = await closedPort();
    const outcome = await client().send(`http://user:s3cret@127.0.0.1:${port}/`);
    expect(JSON.stringify(outcome)).not.toContain('s3cret');
  });
});
