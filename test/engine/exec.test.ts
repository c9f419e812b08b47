import { describe, expect, it } from 'vitest';
import { exec } from '../../src/engine/exec.ts';
import { processAlive } from '../support/cli.ts';

const cwd = process.cwd();

describe('exec', () => {
  it('kills the whole process tree when aborted, children included', async () => {
    const marker = `${100 + Math.floor(Math.random() * 900)}.${Date.now() % 997}`;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await exec('bash', ['-c', `sleep ${marker} & sleep ${marker}; echo never`], {
      cwd,
      signal: controller.signal,
    });
    expect(result.aborted).toBe(true);
    expect(result.signal).toBe('SIGTERM');
    expect(result.stdout).toBe('');
    expect(await processAlive(`sleep ${marker}`)).toBe(false);
  });

  it('escalates to SIGKILL for a tool that ignores SIGTERM', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const result = await exec('bash', ['-c', 'trap "" TERM; sleep 5 & wait'], {
      cwd,
      signal: controller.signal,
      killGraceMs: 300,
    });
    expect(result.signal).toBe('SIGKILL');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('does not let a background child hold the run open after the tool exits', async () => {
    const started = performance.now();
    const result = await exec('bash', ['-c', 'sleep 30 & echo done'], { cwd, killGraceMs: 200 });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('done\n');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('ends with the command when a daemon it started keeps stdout open', async () => {
    const started = performance.now();
    // setsid takes the daemon out of the process group, so no group kill reaches it.
    const result = await exec('bash', ['-c', 'setsid sleep 6 & echo started'], { cwd });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('started\n');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports a missing executable as notFound instead of throwing', async () => {
    const result = await exec('shipgate-no-such-tool', ['--version'], { cwd });
    expect(result.notFound).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('normalises output: bad UTF-8, BOM, ANSI colour and CRLF', async () => {
    const script = String.raw`printf '\xef\xbb\xbf\033[31mred\033[0m\r\nbad \xff byte\r\n'`;
    const result = await exec('bash', ['-c', script], { cwd });
    expect(result.stdout).toBe('red\nbad \uFFFD byte\n');
  });

  it('caps what it keeps of a huge output and says it truncated', async () => {
    const result = await exec('bash', ['-c', 'head -c 3000000 /dev/zero | tr "\\0" x'], {
      cwd,
      maxOutputBytes: 1_000_000,
    });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBe(1_000_000);
    expect(result.droppedBytes).toBe(2_000_000);
    expect(result.exitCode).toBe(0);
  });
});
