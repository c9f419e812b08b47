// A stand-in for the example CRM's deployed API (what Render would serve), so that the demo
// can run the post-deploy probes on this machine. It answers like the Django app in
// examples/crm/backend would behind a production server, with the gaps FINDINGS.md lists:
// no CSP and no HSTS, a version-leaking Server header, a CSRF cookie without Secure. Its
// login is SimpleJWT's (/api/token/, HS256 access tokens that expire in five minutes) for the
// demo user DEMO_USER / DEMO_PASSWORD.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const APP_ORIGIN = 'https://crm-final-five.vercel.app';

const baseHeaders = {
  server: 'WSGIServer/0.2 CPython/3.11.2',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** The demo's one user, as the demo passes it to the auth probe. */
export const DEMO_USER = { username: 'demo', password: 'demo-password-for-the-stand-in' };
const signingKey = randomBytes(32);
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (payload: string) =>
  createHmac('sha256', signingKey).update(payload).digest('base64url');

/** An HS256 access token that expires in five minutes, as SimpleJWT issues them. */
function accessToken(): string {
  const claims = { token_type: 'access', user_id: 1, exp: Math.floor(Date.now() / 1000) + 300 };
  const payload = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${payload}.${sign(payload)}`;
}

function validToken(authorization: string | undefined): boolean {
  const [, token = ''] = /^Bearer (.+)$/.exec(authorization ?? '') ?? [];
  const [header, claims, signature] = token.split('.');
  if (!header || !claims || signature !== sign(`${header}.${claims}`)) return false;
  const { exp } = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { exp: number };
  return exp > Date.now() / 1000;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

const json =
  (status: number, body: unknown, extra: Record<string, string> = {}): Handler =>
  (_, response) => {
    response.writeHead(status, { ...baseHeaders, 'content-type': 'application/json', ...extra });
    response.end(JSON.stringify(body));
  };

const routes: Record<string, Handler> = {
  '/api/health/': json(200, { status: 'ok', database: 'ok' }),
  '/api/customers/': (request, response) => {
    const cors: Record<string, string> =
      request.headers.origin === APP_ORIGIN
        ? {
            'access-control-allow-origin': APP_ORIGIN,
            'access-control-allow-credentials': 'true',
            vary: 'Origin',
          }
        : {};
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...baseHeaders,
        ...cors,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
      });
      return response.end();
    }
    json(200, [{ id: 1, name: 'A. Customer', tier: 'gold' }], cors)(request, response);
  },
  '/api/token/': (request, response) => {
    void bodyOf(request).then((body) => {
      let credentials: { username?: string; password?: string } = {};
      try {
        credentials = JSON.parse(body) as typeof credentials;
      } catch {
        // Not JSON: refused below like wrong credentials.
      }
      const known =
        credentials.username === DEMO_USER.username && credentials.password === DEMO_USER.password;
      if (!known) {
        return json(401, { detail: 'No active account found with the given credentials' })(
          request,
          response,
        );
      }
      json(200, { access: accessToken(), refresh: accessToken() })(request, response);
    });
  },
  '/api/me/': (request, response) => {
    if (!validToken(request.headers.authorization)) {
      return json(401, { detail: 'Authentication credentials were not provided.' })(
        request,
        response,
      );
    }
    json(200, { username: DEMO_USER.username })(request, response);
  },
  '/admin/': (_, response) => {
    response.writeHead(302, { ...baseHeaders, location: '/admin/login/?next=/admin/' });
    response.end();
  },
  '/admin/login/': (_, response) => {
    response.writeHead(200, {
      ...baseHeaders,
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': 'csrftoken=demo0123456789; Path=/; SameSite=Lax',
    });
    response.end(
      '<!doctype html><title>Log in | Django site admin</title><h1>Django administration</h1>',
    );
  },
  '/static/admin/css/base.css': (_, response) => {
    response.writeHead(200, {
      ...baseHeaders,
      'content-type': 'text/css',
      'cache-control': 'max-age=31536000, public, immutable',
    });
    response.end('body { font-family: sans-serif; }\n');
  },
};

/** Starts the stand-in on an ephemeral loopback port; resolves with its URL and the server. */
export async function startDemoDeployment(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = routes[path] ?? json(404, { detail: 'Not found.' });
    // A little latency, as a real deployment has, so the latency probe has something to measure.
    setTimeout(() => handler(request, response), 5 + Math.random() * 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
