import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../src/engine/worker.ts';

async function script(source: string): Promise<URL> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shipgate-worker-'));
  const file = path.join(dir, 'script.mjs');
  await writeFile(
    file,
    `import { parentPort, workerData } from 'node:worker_threads';\n${source}\n`,
  );
  return pathToFileURL(file);
}

describe('runInWorker', () => {
  it('resolves with what the script posts, from the data it was given', async () => {
    const doubled = await runInWorker<number[]>(
      await script('parentPort.postMessage(workerData.map((n) => n * 2));'),
      [1, 2, 3],
      new AbortController().signal,
    );
    expect(doubled).toEqual([2, 4, 6]);
  });

  it('stops a script that never yields when the signal aborts, with the signal’s reason', async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(new Error('timed out after 200ms')), 200);
    await expect(runInWorker(await script('for (;;) {}'), null, controller.signal)).rejects.toThrow(
      'timed out after 200ms',
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('rejects with what the script throws, and when it ends without a result', async () => {
    const signal = new AbortController().signal;
    await expect(
      runInWorker(await script('throw new Error("bad input");'), null, signal),
    ).rejects.toThrow('bad input');
    await expect(runInWorker(await script('process.exit(3);'), null, signal)).rejects.toThrow(
      'the analysis worker exited (code 3) without a result',
    );
  });

  it('ends a script that allocates without end at its heap limit, naming the limit', async () => {
    const hoard = 'const kept = []; for (;;) kept.push(new Array(1e6).fill(kept.length));';
    await expect(
      runInWorker(await script(hoard), null, new AbortController().signal),
    ).rejects.toThrow('the analysis ran out of memory (its limit is 512 MB)');
  });

  it('does not start when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('the run’s deadline passed'));
    await expect(
      runInWorker(await script('parentPort.postMessage(1);'), null, controller.signal),
    ).rejects.toThrow('the run’s deadline passed');
  });
});
