import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report-schema.ts';
import { runCli, scratchRepo } from '../support/cli.ts';

const config = ['pre:', '  gates:', '    flake8: true', '    bandit: true'].join('\n');
const legacy =
  'import os\nimport subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n';

async function run(root: string) {
  const result = await runCli(['run', '--phase', 'pre', '--format', 'json'], { cwd: root });
  return { code: result.code, report: reportSchema.parse(JSON.parse(result.stdout)) };
}

describe('adopting Shipgate on an existing codebase (real flake8 and bandit)', () => {
  it('baselines the backlog, fails only on what is new, and prunes what was fixed', async () => {
    const root = await scratchRepo({ '.github/shipgate.yml': config, 'legacy.py': legacy });
    const before = await run(root);
    expect(before.code).toBe(1);

    const written = await runCli(['baseline'], { cwd: root });
    expect(written.stderr).toContain(
      'Shipgate baseline: 3 entries in .github/shipgate-baseline.json (3 added, 0 removed)',
    );
    expect(written.code).toBe(0);
    const baseline = await readFile(path.join(root, '.github/shipgate-baseline.json'), 'utf8');
    expect(baseline.split('\n').filter((line) => line.includes('"check"'))).toEqual([
      expect.stringMatching(
        /^ {4}\{"check":"pre\/bandit","rule":"B404","file":"legacy.py","fingerprint":"[0-9a-f]{16}"\},$/,
      ),
      expect.stringMatching(
        /^ {4}\{"check":"pre\/bandit","rule":"B602","file":"legacy.py","fingerprint":"[0-9a-f]{16}"\},$/,
      ),
      expect.stringMatching(
        /^ {4}\{"check":"pre\/flake8","rule":"F401","file":"legacy.py","fingerprint":"[0-9a-f]{16}"\}$/,
      ),
    ]);

    // Lines move above the old findings, and one new finding comes in.
    await writeFile(path.join(root, 'legacy.py'), `"""Legacy."""\n${legacy}`);
    await writeFile(path.join(root, 'new.py'), 'import sys\n');
    const after = await run(root);
    expect(after.code).toBe(1);
    const flake8 = after.report.checks.find((c) => c.id === 'pre/flake8');
    expect(flake8).toMatchObject({ status: 'fail', counts: { new: 1, existing: 1, fixed: 0 } });
    expect(flake8?.summary).toMatch(/^1 medium \(fail-on: low\); 1 existing/);
    expect(flake8?.findings.map((f) => [f.file, f.line, f.new])).toEqual([
      ['legacy.py', 2, false],
      ['new.py', 1, true],
    ]);
    expect(after.report.checks.find((c) => c.id === 'pre/bandit')).toMatchObject({
      status: 'pass',
      counts: { new: 0, existing: 2, fixed: 0 },
    });

    // The new finding is fixed, and so is an old one: prune drops its entry.
    await writeFile(path.join(root, 'new.py'), 'print("ok")\n');
    await writeFile(path.join(root, 'legacy.py'), legacy.replace('import os\n', ''));
    const fixed = await run(root);
    expect(fixed.code).toBe(0);
    const clean = fixed.report.checks.find((c) => c.id === 'pre/flake8');
    expect(clean).toMatchObject({ status: 'pass', counts: { new: 0, existing: 0, fixed: 1 } });
    expect(clean?.summary).toMatch(/^no findings; .*1 fixed$/);
    const pruned = await runCli(['baseline', '--prune'], { cwd: root });
    expect(pruned.stderr).toContain(
      '2 entries in .github/shipgate-baseline.json (0 added, 1 removed)',
    );
  });

  it('names a gate it skipped as not covered, and still exits 0 for a skip', async () => {
    const root = await scratchRepo({
      // pip-audit is not installed here: with missing-tools: skip, the gate is skipped.
      '.github/shipgate.yml': 'pre:\n  missing-tools: skip\n  gates:\n    pip-audit: true\n',
      'requirements.txt': 'django\n',
    });
    const written = await runCli(['baseline'], { cwd: root });
    expect(written.stderr).toContain(
      '; not covered: pre/pip-audit (skipped: pip-audit not installed',
    );
    expect(written.code).toBe(0);
  });

  it('stops with exit 2 on a baseline that is not one, naming the file and line', async () => {
    const root = await scratchRepo({
      '.github/shipgate.yml': `baseline: ci/accepted.json\n${config}`,
      'ci/accepted.json':
        '{\n  "schema": "shipgate/baseline@1",\n  "entries": [\n    {"check":"pre/flake8","rule":"F401","fingerprint":"nope"}\n  ]\n}\n',
    });
    const result = await runCli(['run', '--phase', 'pre'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Invalid baseline ci/accepted.json:4: entries[0].fingerprint: expected 16 hex digits',
    );
  });
});
