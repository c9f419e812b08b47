import { describe, expect, it } from 'vitest';
import { findingLocation, statusTally } from '../../src/report/presentation.ts';
import { check } from '../github/fixtures.ts';

describe('findingLocation', () => {
  const finding = { rule: 'E501', severity: 'low' as const, message: 'line too long' };

  it('joins file, line and column', () => {
    expect(findingLocation({ ...finding, file: 'app.py', line: 12, column: 5 })).toBe(
      'app.py:12:5',
    );
    expect(findingLocation({ ...finding, file: 'app.py', line: 12 })).toBe('app.py:12');
  });

  it('gives no column without a line, and nothing without a file', () => {
    expect(findingLocation({ ...finding, file: 'app.py', column: 5 })).toBe('app.py');
    expect(findingLocation({ ...finding, line: 12 })).toBe('');
  });
});

describe('statusTally', () => {
  it('counts the statuses that occur, worst first', () => {
    const checks = [
      check({ status: 'pass' }),
      check({ status: 'skip' }),
      check({ status: 'fail' }),
      check({ status: 'pass' }),
      check({ status: 'error' }),
      check({ status: 'warn' }),
    ];
    expect(statusTally(checks)).toBe('1 failed, 1 errored, 1 warned, 2 passed, 1 skipped');
  });

  it('says so when there are no checks', () => {
    expect(statusTally([])).toBe('no checks');
  });
});
