import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { KeyPair } from './tls.ts';

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** A server listening on 127.0.0.1 at an ephemeral port. */
export interface TestServer {
  url: string;
  port: number;
  /** Requests received so far. */
  hits: () => number;
  close: () => Promise<void>;
}

/** Every server started by `serve`, so that `closeAll` in afterEach stops them all. */
const open = new Set<TestServer>();

/** Starts an HTTP server, or an HTTPS one when `tls` is given; stop it with closeAll(). */
export async function serve(handler: Handler, tls?: KeyPair): Promise<TestServer> {
  let hits = 0;
  const counted: Handler = (request, response) => {
    hits++;
    handler(request, response);
  };
  const server = tls ? https.createServer(tls, counted) : http.createServer(counted);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const instance: TestServer = {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        open.delete(instance);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.add(instance);
  return instance;
}

export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

/** A port nothing listens on: a server is started and stopped to obtain it. */
export async function closedPort(): Promise<number> {
  const server = await serve(() => {});
  await server.close();
  return server.port;
}

/** Sends `bytes` of body as fast as the client reads it, stopping when the client goes away. */
export function hugeBody(response: http.ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(bytes) });
  const pump = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  response.on('close', () => (sent = bytes));
  pump();
}
