import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One advisory as the registry's bulk endpoint returns it. */
export interface BulkAdvisory {
  id: number;
  url: string;
  title: string;
  severity: string;
  vulnerable_versions: string;
  cwe?: string[];
  cvss?: { score: number; vectorString: string | null };
}

export interface AdvisoryRegistry {
  /** The registry URL to give npm (`--registry`), with a trailing slash. */
  url: string;
  /** The decoded bodies of the bulk requests npm sent: package name → versions. */
  bulkRequests: Record<string, string[]>[];
  close: () => Promise<void>;
}

const BULK_PATH = '/-/npm/v1/security/advisories/bulk';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  // npm sends the bulk body gzip-compressed (arborist's audit-report passes `gzip: true`).
  return request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}

/**
 * A loopback npm registry for `npm audit` tests: it answers the bulk advisory endpoint from
 * recorded advisories (only those for packages npm asked about, as the real endpoint does),
 * or with `failBulk`'s status, and proxies every other request (packuments, which npm's
 * vulnerability calculator fetches) to the registry npm is configured with.
 */
export async function startAdvisoryRegistry(options: {
  advisories: Record<string, BulkAdvisory[]>;
  upstream: string;
  failBulk?: { status: number; body: string };
}): Promise<AdvisoryRegistry> {
  const bulkRequests: Record<string, string[]>[] = [];
  const upstream = options.upstream.replace(/\/?$/, '/');
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const path = request.url ?? '/';
        if (request.method === 'POST' && path.startsWith(BULK_PATH)) {
          const asked = JSON.parse((await readBody(request)).toString('utf8')) as Record<
            string,
            string[]
          >;
          bulkRequests.push(asked);
          if (options.failBulk) {
            response.writeHead(options.failBulk.status, { 'content-type': 'application/json' });
            response.end(options.failBulk.body);
            return;
          }
          const answer = Object.fromEntries(
            Object.entries(options.advisories).filter(([name]) => name in asked),
          );
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(answer));
          return;
        }
        const proxied = await fetch(new URL(path.replace(/^\//, ''), upstream), {
          method: request.method ?? 'GET',
          headers: { accept: request.headers.accept ?? '*/*' },
        });
        const body = Buffer.from(await proxied.arrayBuffer());
        response.writeHead(proxied.status, {
          'content-type': proxied.headers.get('content-type') ?? 'application/octet-stream',
        });
        response.end(body);
      } catch (error) {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`test registry: ${String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bulkRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
