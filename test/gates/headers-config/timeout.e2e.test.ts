import { describe, expect, it } from 'vitest';
import { runCli, scratchRepo } from '../../support/cli.ts';

/**
 * Trust, class 3: nothing hangs. The headers-config gate reads next.config.* in process, and
 * a config can be valid and still take long to read: it must stop at the check's timeout and
 * at the run's deadline, as a tool that runs too long does. The bundled CLI, as CI runs it.
 */

const HEADERS =
  "  async headers() { return [{ source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }]; },\n";

/**
 * A valid next.config.js of `bytes`, most of it objects nested 200 deep: just under the 16 MiB
 * Shipgate reads of a file, and many seconds of parsing (about 13 s here).
 */
function pathologicalConfig(bytes: number): string {
  const nested = `${'{ a: '.repeat(200)}1${' }'.repeat(200)}`;
  const parts = ['module.exports = {\n', HEADERS];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = `  k${i}: ${nested},\n`;
    parts.push(part);
    size += part.length;
  }
  parts.push('};\n');
  return parts.join('');
}

interface Check {
  id: string;
  status: string;
  summary: string;
  durationMs: number;
}

async function runGate(config: string, nextConfig: string) {
  const repo = await scratchRepo({ '.github/shipgate.yml': config, 'next.config.js': nextConfig });
  const run = await runCli(['run', '--format', 'json'], { cwd: repo });
  const { checks } = JSON.parse(run.stdout) as { checks: Check[] };
  return { run, check: checks.find((check) => check.id === 'pre/headers-config') };
}

describe('the headers-config gate’s reading stops when the check may run no longer', () => {
  const large = pathologicalConfig(15 * 1024 * 1024);

  it('an error naming the check’s timeout, within a few seconds of it', async () => {
    const { run, check } = await runGate(
      'pre:\n  gates:\n    headers-config: { path: ., timeout: 1s }\n',
      large,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(check).toMatchObject({ status: 'error', summary: 'timed out after 1.0s' });
    expect(check?.durationMs).toBeLessThan(3_000);
    expect(run.wallMs).toBeLessThan(8_000);
  });

  it('an error naming the run’s deadline', async () => {
    const { run, check } = await runGate(
      'deadline: 1s\npre:\n  gates:\n    headers-config: { path: . }\n',
      large,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(check).toMatchObject({ status: 'error', summary: "the run's deadline of 1.0s passed" });
    expect(check?.durationMs).toBeLessThan(3_000);
    expect(run.wallMs).toBeLessThan(8_000);
  });

  it('a config read within the timeout is judged as before', async () => {
    const { run, check } = await runGate(
      'pre:\n  gates:\n    headers-config: { path: ., timeout: 1s, fail-on: critical }\n',
      `module.exports = {\n${HEADERS}};\n`,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(check).toMatchObject({ status: 'warn' });
    expect(check?.summary).toContain('1 config file read');
  });
});
