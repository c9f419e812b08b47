import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';

describe('parseCliArgs', () => {
  it('names the flag probably meant when one is mistyped', () => {
    expect(() => parseCliArgs(['run', '--formt', 'json'])).toThrow(
      /^Unknown option --formt \(did you mean "--format"\?\)\.\n\nUsage: shipgate run/,
    );
    expect(() => parseCliArgs(['run', '--sarf', 'x.sarif'])).toThrow(
      'Unknown option --sarf (did you mean "--sarif"?).',
    );
    expect(() => parseCliArgs(['run', '--zzzzzz'])).toThrow(/^Unknown option --zzzzzz\.\n/);
  });

  it('runs every check a repeated --only names, as a comma-separated one does', () => {
    const repeated = parseCliArgs([
      'run',
      '--only',
      'pre/flake8',
      '--only',
      'pre/black,pre/bandit',
    ]);
    expect(repeated).toMatchObject({ only: ['pre/flake8', 'pre/black', 'pre/bandit'] });
  });
});
