// A stand-in for the example CRM's deployed API (what Render would serve), so that the demo
// can run the post-deploy probes on this machine. It answers like the Django app in
// examples/crm/backend would behind a production server, with the gaps FINDINGS.md lists:
// no CSP and no HSTS, a version-leaking Server header, a CSRF cookie without Secure.
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
