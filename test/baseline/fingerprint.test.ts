import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { fingerprints, type LinesOf } from '../../src/baseline/fingerprint.ts';
import { reviewOutcome } from '../../src/baseline/review.ts';

const filesOf =
  (files: Record<string, string>): LinesOf =>
  (file) =>
    files[file]?.split('\n');

const flake8 = (line: number, rule = 'E501', file = 'app.py'): Finding => ({
  rule,
  severity: 'low',
  message: 'line too long',
  file,
  line,
});

describe('fingerprints', () => {
  it('stay the same when the line moves or is re-indented, and change with its text', () => {
    const before = filesOf({ 'app.py': 'import os\nx = compute(a,  b)\n' });
    const after = filesOf({ 'app.py': '"""Doc."""\n\nimport os\n    x = compute(a, b)\n' });
    const edited = filesOf({ 'app.py': 'import os\nx = compute(a, c)\n' });
    const [moved] = fingerprints('pre/flake8', [flake8(4)], after);
    expect(fingerprints('pre/flake8', [flake8(2)], before)).toEqual([moved]);
    expect(fingerprints('pre/flake8', [flake8(2)], edited)).not.toEqual([moved]);
    expect(moved).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tell apart the check, the rule, the file and equal lines by their occurrence', () => {
    const lines = filesOf({ 'a.py': 'x=1\nx=1\n', 'b.py': 'x=1\n' });
    const ids = [
      ...fingerprints('pre/flake8', [flake8(1, 'E225', 'a.py'), flake8(2, 'E225', 'a.py')], lines),
      ...fingerprints('pre/flake8', [flake8(1, 'E225', 'b.py'), flake8(1, 'E501', 'b.py')], lines),
      ...fingerprints('pre/other', [flake8(1, 'E225', 'b.py')], lines),
    ];
    expect(new Set(ids).size).toBe(5);
  });

  it('keep the old ones when an equal line is added above them: only one is new', () => {
    const old = fingerprints(
      'pre/flake8',
      [flake8(1), flake8(3)],
      filesOf({ 'app.py': 'x=1\ny\nx=1\n' }),
    );
    const now = fingerprints(
      'pre/flake8',
      // The tool's order does not matter: occurrences count in line order.
      [flake8(4), flake8(1), flake8(2)],
      filesOf({ 'app.py': 'x=1\nx=1\ny\nx=1\n' }),
    );
    expect(now.filter((id) => old.includes(id))).toHaveLength(2);
  });

  it('identify a finding without a line by its subject, and one with spans by all its lines', () => {
    const advisory = (subject: string): Finding => ({
      rule: 'GHSA-xvch-5gv4-984h',
      severity: 'high',
      message: `Prototype Pollution in ${subject}`,
      subject,
    });
    const none = filesOf({});
    const [minimist, lodash] = fingerprints(
      'pre/npm-audit',
      [advisory('minimist'), advisory('lodash')],
      none,
    );
    expect(minimist).not.toBe(lodash);
    expect(fingerprints('pre/npm-audit', [advisory('minimist')], none)).toEqual([minimist]);

    const black = (text: string) =>
      fingerprints(
        'pre/black',
        [
          {
            rule: 'would-reformat',
            severity: 'low',
            message: 'black would reformat this file',
            file: 'm.py',
            line: 1,
            spans: [
              { line: 1, endLine: 1 },
              { line: 3, endLine: 3 },
            ],
          },
        ],
        filesOf({ 'm.py': text }),
      )[0];
    expect(black('x=1\nok = 1\ny=2\n')).toBe(black('x=1\nfine = 2\ny=2\n'));
    expect(black('x=1\nok = 1\ny=3\n')).not.toBe(black('x=1\nok = 1\ny=2\n'));
  });
});

describe('reviewOutcome', () => {
  it("fingerprints a check's findings from the files as they are on disk", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'shipgate-fingerprint-'));
    await writeFile(path.join(root, 'app.py'), 'import os\r\nx = 1\r\n');
    const outcome = await reviewOutcome(
      { id: 'pre/flake8', phase: 'pre', kind: 'flake8' },
      {
        status: 'fail',
        summary: '1 low',
        findings: [flake8(1, 'F401'), flake8(9, 'W391', 'gone.py')],
      },
      root,
    );
    expect(outcome.findings?.map((f) => f.fingerprint)).toEqual(
      fingerprints(
        'pre/flake8',
        [flake8(1, 'F401'), flake8(9, 'W391', 'gone.py')],
        filesOf({ 'app.py': 'import os\nx = 1\n' }),
      ),
    );
  });
});
