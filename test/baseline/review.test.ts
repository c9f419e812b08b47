import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexBaseline } from '../../src/baseline/file.ts';
import { reviewOutcome } from '../../src/baseline/review.ts';
import type { Finding } from '../../src/core/model.ts';
import { judgeFindings } from '../../src/gates/kit/policy.ts';

const finding = (line: number, severity: Finding['severity'] = 'high'): Finding => ({
  rule: 'B105',
  severity,
  message: 'hard-coded password',
  file: 'app.py',
  line,
});

const bandit = { id: 'pre/bandit', phase: 'pre', kind: 'bandit' } as const;

async function repo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-review-'));
  await writeFile(path.join(root, 'app.py'), 'PASSWORD = "a"\nTOKEN = "b"\nSECRET = "c"\n');
  return root;
}

describe('reviewOutcome with a baseline', () => {
  it('judges only the findings the baseline does not hold, and counts what it fixed', async () => {
    const root = await repo();
    const first = await reviewOutcome(
      bandit,
      judgeFindings([finding(1), finding(2), finding(3, 'low')], { failOn: 'medium' }),
      root,
    );
    expect(first).toMatchObject({
      status: 'fail',
      summary: '2 high, 1 low (fail-on: medium)',
      counts: { new: 3, existing: 0, fixed: 0 },
    });
    const [password, token, secret] = first.findings!;
    const baseline = indexBaseline(
      [password!, token!, { fingerprint: '00000000000000ff' }].map((f) => ({
        check: 'pre/bandit',
        rule: 'B105',
        fingerprint: f.fingerprint!,
      })),
    );

    const accepted = await reviewOutcome(
      bandit,
      judgeFindings([finding(1), finding(2), finding(3, 'low')], { failOn: 'medium' }),
      root,
      { baseline },
    );
    expect(accepted).toMatchObject({
      status: 'warn',
      summary: '1 low (below fail-on: medium); 2 existing; 1 fixed',
      counts: { new: 1, existing: 2, fixed: 1 },
    });
    expect(accepted.findings?.map((f) => [f.fingerprint, f.new])).toEqual([
      [password?.fingerprint, false],
      [token?.fingerprint, false],
      [secret?.fingerprint, true],
    ]);

    const ignored = await reviewOutcome(
      bandit,
      judgeFindings([finding(1)], { failOn: 'medium' }),
      root,
      { baseline, ignoresBaseline: new Set(['bandit']) },
    );
    expect(ignored).toMatchObject({ status: 'fail', counts: { new: 1, existing: 0, fixed: 0 } });
  });

  it('passes a check whose findings are all existing, and leaves an error an error', async () => {
    const root = await repo();
    const { findings } = await reviewOutcome(
      bandit,
      judgeFindings([finding(1)], { failOn: 'medium' }),
      root,
    );
    const baseline = indexBaseline([
      { check: 'pre/bandit', rule: 'B105', fingerprint: findings![0]!.fingerprint! },
    ]);
    expect(
      await reviewOutcome(bandit, judgeFindings([finding(1)], { failOn: 'medium' }), root, {
        baseline,
      }),
    ).toMatchObject({ status: 'pass', summary: 'no new findings; 1 existing' });
    expect(
      await reviewOutcome(bandit, { status: 'error', summary: 'bandit crashed' }, root, {
        baseline,
      }),
    ).toMatchObject({ status: 'error', summary: 'bandit crashed', counts: { fixed: 0 } });
  });
});
