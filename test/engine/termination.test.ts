import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const termination = pathToFileURL(path.resolve('src/engine/termination.ts')).href;

/**
 * A process shaped like the action: its flow returns as soon as it sees the stop, and its
 * entry then leaves a short exit timer behind (src/index.ts), while the cleanup (completing
 * the check run, here a 600 ms wait) is still under way.
 */
const actionLike = (awaitStopped: boolean) => `
import { onTermination } from ${JSON.stringify(termination)};
const stop = onTermination(async () => {
  await new Promise((resolve) => setTimeout(resolve, 600));
  process.stdout.write('cleanup done\\n');
});
process.stdout.write('ready\\n');
await new Promise((resolve) => { const wait = setInterval(() => stop.stopping && (clearInterval(wait), resolve()), 5); });
${awaitStopped ? 'await stop.stopped;' : ''}
setTimeout(() => process.exit(), 50).unref();
`;

async function cancel(script: string): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout === 'ready\n') child.kill('SIGINT');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout };
}

describe('onTermination', () => {
  it('exits with 130 once the cleanup is done, though the flow returned at once', async () => {
    expect(await cancel(actionLike(true))).toEqual({
      code: 130,
      stdout: 'ready\ncleanup done\n',
    });
  });

  it('makes any other exit after the signal a cancellation, not a success', async () => {
    // Without awaiting `stopped`, the entry's timer exits first: still not with 0.
    expect(await cancel(actionLike(false))).toEqual({ code: 130, stdout: 'ready\n' });
  });
});
