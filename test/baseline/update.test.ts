import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../../src/baseline/file.ts';
import { updateBaseline } from '../../src/baseline/update.ts';
import type { CheckResult, Finding } from '../../src/core/model.ts';
import { check, report } from '../github/fixtures.ts';

const finding = (n: number, extra: Partial<Finding> = {}): Finding => ({
  rule: 'E501',
  severity: 'low',
  message: 'line too long',
  file: 'a.py',
  line: n,
  fingerprint: n.toString(16).padStart(16, '0'),
  ...extra,
});
const entry = (checkId: string, n: number): BaselineEntry => ({
  check: checkId,
  rule: 'E501',
  file: 'a.py',
  fingerprint: n.toString(16).padStart(16, '0'),
});
const flake8 = (overrides: Partial<CheckResult>) =>
  check({ id: 'pre/flake8', kind: 'flake8', status: 'fail', ...overrides });

describe('updateBaseline', () => {
  const previous = [entry('pre/flake8', 1), entry('pre/flake8', 2), entry('pre/gone', 3)];

  it('writes every unwaived finding, and says what was added and removed', () => {
    const update = updateBaseline(
      previous,
      report([flake8({ findings: [finding(1), finding(4), finding(5, { waived: 'ok' })] })]),
      { prune: false },
    );
    expect(update.entries).toEqual([entry('pre/flake8', 1), entry('pre/flake8', 4)]);
    expect(update.added).toEqual([entry('pre/flake8', 4)]);
    expect(update.removed).toEqual([entry('pre/flake8', 2), entry('pre/gone', 3)]);
  });

  it('with prune, only removes the entries no longer found and never adds one', () => {
    const update = updateBaseline(
      previous,
      report([flake8({ findings: [finding(1), finding(4)] })]),
      {
        prune: true,
      },
    );
    expect(update.entries).toEqual([entry('pre/flake8', 1)]);
    expect(update.added).toEqual([]);
  });

  it('keeps the entries of a check that errored or was skipped, and names each with why', () => {
    for (const prune of [false, true]) {
      const update = updateBaseline(
        [...previous, entry('pre/eslint', 6)],
        report([
          flake8({ status: 'error', summary: 'flake8 not installed', findings: [] }),
          check({ id: 'pre/eslint', status: 'skip', summary: 'run npm ci in frontend' }),
        ]),
        { prune },
      );
      expect(update.entries).toEqual([
        entry('pre/flake8', 1),
        entry('pre/flake8', 2),
        entry('pre/eslint', 6),
      ]);
      expect(update.uncovered).toEqual([
        { check: 'pre/flake8', status: 'error', summary: 'flake8 not installed' },
        { check: 'pre/eslint', status: 'skip', summary: 'run npm ci in frontend' },
      ]);
    }
  });
});
