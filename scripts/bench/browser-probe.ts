// The browser probe on a loopback page: the first page (which starts the browser) and each
// page after it (the browser is started once per run), and the peak memory of the browser's
// processes with Shipgate's own, sampled from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postSchema } from '../../src/config/post-schema.ts';
import { closeBrowser, findBrowser, launches } from '../../src/probes/browser/session.ts';
import { planProbes } from '../../src/probes/plan.ts';
import { testContext } from '../../test/support/context.ts';
import { median, ms } from './_measure.ts';

const PAGES = 6;
const PAGE =
  '<!doctype html><title>Bench</title><link rel="stylesheet" href="/site.css"><h1>Bench</h1><script src="/app.js"></script>';

/** Resident memory of this process and every process below it, in bytes (0 off Linux). */
function treeRss(): number {
  let stats: { pid: number; ppid: number; rss: number }[];
  try {
    stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
          return [{ pid: Number(pid), ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 }];
        } catch {
          return [];
        }
      });
  } catch {
    return 0;
  }
  const tree = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats)
      if (tree.has(s.ppid) && !tree.has(s.pid)) grew = Boolean(tree.add(s.pid));
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.rss, 0);
}

export default async function (): Promise<string[]> {
  if (!(await findBrowser(undefined, process.env))) return ['no Chrome or Chromium: skipped'];
  const server = http.createServer((req, res) => {
    const body =
      req.url === '/site.css' ? 'h1{color:teal}' : req.url === '/app.js' ? 'void 0' : PAGE;
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const baseline = treeRss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss())), 50);
  try {
    const post = postSchema.parse({
      targets: [
        {
          name: 'bench',
          url,
          probes: Array.from({ length: PAGES }, (_, i) => ({
            type: 'browser',
            path: `/page-${i}`,
            screenshot: `.tmp/bench-browser-${i}.png`,
          })),
        },
      ],
    });
    const context = testContext({ root: process.cwd(), env: process.env, now: () => new Date() });
    const walls: number[] = [];
    const before = launches;
    for (const check of planProbes(post)) {
      const started = performance.now();
      const outcome = await check.run(context);
      if (outcome.status !== 'pass') throw new Error(`${check.id}: ${outcome.summary}`);
      walls.push(performance.now() - started - (outcome.metrics?.waitMs ?? 0));
    }
    const [first = NaN, ...rest] = walls;
    return [
      `${PAGES} pages on one loopback target, browser launches: ${launches - before}`,
      `first page (starts the browser): ${ms(first)}`,
      `each page after it: median ${ms(median(rest))} (min ${ms(Math.min(...rest))}, max ${ms(Math.max(...rest))})`,
      `peak memory, Shipgate and the browser's processes: ${(peak / 2 ** 20).toFixed(0)} MiB (${((peak - baseline) / 2 ** 20).toFixed(0)} MiB above Shipgate alone)`,
    ];
  } finally {
    clearInterval(sampler);
    await closeBrowser();
    server.close();
  }
}
