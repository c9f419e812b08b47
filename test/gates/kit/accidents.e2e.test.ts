import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchRepo } from '../../support/cli.ts';

/** Trust, class 6: nothing passes by accident. The bundled CLI, as a developer or CI runs it. */

// bandit's clean report, as the real tool prints it for a tree without issues.
const CLEAN_REPORT = JSON.stringify({ errors: [], metrics: { _totals: {} }, results: [] });

describe('nothing passes by accident', () => {
  it('a tool killed by a signal after printing a clean report is an error, not a pass', async () => {
    const repo = await scratchRepo({
      '.github/shipgate.yml': 'pre:\n  gates:\n    bandit: { path: . }\n',
      'app.py': 'print("hello")\n',
      'bin/bandit': `#!/bin/sh\necho '${CLEAN_REPORT}'\nkill -KILL $$\n`,
    });
    await chmod(path.join(repo, 'bin/bandit'), 0o755);
    const run = await runCli(['run', '--format', 'json'], {
      cwd: repo,
      env: { PATH: `${path.join(repo, 'bin')}:${process.env.PATH ?? ''}` },
    });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { checks: { status: string; summary: string }[] };
    expect(report.checks).toEqual([
      expect.objectContaining({
        status: 'error',
        summary:
          'bandit: did not exit on its own, so its report cannot be trusted (killed by SIGKILL)',
      }),
    ]);
  });
});
