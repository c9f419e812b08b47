// The latency probe against a loopback server that delays every response by a known amount:
// how close its percentiles are to the truth, and what the probe client costs per request
// over plain undici request() on the same server and pool size.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { postSchema } from '../../src/config/post-schema.ts';
import { planProbes } from '../../src/probes/plan.ts';
import { testContext } from '../../test/support/context.ts';

const DELAY_MS = 20;
const REQUESTS = 200;
const CONCURRENCY = 10;

async function plainUndici(url: string): Promise<number> {
  const agent = new Agent({ connections: CONCURRENCY });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) await (await request(url, { dispatcher: agent })).body.dump();
    }),
  );
  const ms = performance.now() - started;
  await agent.close();
  return ms;
}

export default async function (): Promise<string[]> {
  const server = http.createServer((_req, res) => setTimeout(() => res.end('ok'), DELAY_MS));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const post = postSchema.parse({
      targets: [
        {
          name: 'bench',
          url,
          probes: [{ type: 'latency', requests: REQUESTS, concurrency: CONCURRENCY }],
        },
      ],
    });
    const [check] = planProbes(post);
    const context = testContext({ root: process.cwd(), env: {}, now: () => new Date() });
    await plainUndici(url); // warm-up: JIT and sockets
    const probeStarted = performance.now();
    const outcome = await check!.run(context);
    const probeMs = performance.now() - probeStarted - (outcome.metrics?.waitMs ?? 0);
    const undiciMs = await plainUndici(url);
    const m = outcome.metrics ?? {};
    const perRequest = (ms: number) => ((ms * CONCURRENCY) / REQUESTS).toFixed(2);
    return [
      `server delay ${DELAY_MS} ms, ${REQUESTS} requests at concurrency ${CONCURRENCY}`,
      `reported p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms, p99 ${m.p99Ms} ms, error rate ${m.errorRate}, samples ${m.samples}`,
      `p50 overhead over the known delay: ${((m.p50Ms ?? NaN) - DELAY_MS).toFixed(1)} ms`,
      `wall time: probe ${probeMs.toFixed(0)} ms vs plain undici request() ${undiciMs.toFixed(0)} ms`,
      `per request (wall × concurrency / requests): probe ${perRequest(probeMs)} ms vs undici ${perRequest(undiciMs)} ms`,
    ];
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
