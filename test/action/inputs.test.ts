import { describe, expect, it } from 'vitest';
import { INPUTS, readInputs } from '../../src/action/inputs.ts';
import { UsageError } from '../../src/util/errors.ts';

/** `getInput` as @actions/core gives it: an input the workflow does not set is ''. */
const inputs = (set: Record<string, string> = {}) => readInputs((name) => set[name] ?? '');
const problem = (set: Record<string, string>) => {
  try {
    inputs(set);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected the inputs to be refused');
};

describe('readInputs', () => {
  it('gives the defaults, and nothing else, when the workflow sets no input', () => {
    expect(inputs()).toEqual({
      phase: 'all',
      workingDirectory: '.',
      report: 'shipgate-report.json',
    });
  });

  it('asks for every input by its action.yml name', () => {
    const asked: string[] = [];
    readInputs((name) => {
      asked.push(name);
      return '';
    });
    expect(asked).toEqual(Object.values(INPUTS));
  });

  it('trims each value, and takes a blank one as unset', () => {
    expect(
      inputs({ config: '  ci/shipgate.yml\n', 'working-directory': '   ', sarif: ' ' }),
    ).toEqual({
      config: 'ci/shipgate.yml',
      phase: 'all',
      workingDirectory: '.',
      report: 'shipgate-report.json',
    });
  });

  it('reads only as the list of check ids and globs it names', () => {
    expect(inputs({ only: 'pre/bandit, pre/flake8\npost/*' }).only).toEqual([
      'pre/bandit',
      'pre/flake8',
      'post/*',
    ]);
  });

  it('refuses an only entry that is not a check id or glob, naming it', () => {
    expect(problem({ only: 'pre/bandit,pre/$(x)' })).toBe(
      'Input \'only\': "pre/$(x)" is not a check id or glob (letters, digits, / _ . - and the wildcards * ?) (got "pre/bandit,pre/$(x)")',
    );
  });

  it('refuses a phase it does not know, listing the phases', () => {
    expect(problem({ phase: 'deploy' })).toMatch(
      /^Input 'phase': .*"pre".*"post".*"all".*"monitor".* \(got "deploy"\)$/,
    );
  });

  it('reads reports-expected as a number, and refuses 0', () => {
    expect(inputs({ reports: 'shards/*.json', 'reports-expected': '3' })).toMatchObject({
      reports: 'shards/*.json',
      reportsExpected: 3,
    });
    expect(problem({ 'reports-expected': '0' })).toBe(
      'Input \'reports-expected\': expected a whole number of reports, at least 1 (got "0")',
    );
  });

  it('refuses only with reports: a merge job runs no checks', () => {
    expect(problem({ only: 'pre/*', reports: 'shards/*.json' })).toBe(
      'Input \'reports\': cannot be combined with only: a merge job runs no checks, its shards do (got "shards/*.json")',
    );
  });

  it('reads comment as a boolean, and refuses anything else', () => {
    expect(inputs({ comment: 'false' }).comment).toBe(false);
    expect(inputs({ comment: 'true' }).comment).toBe(true);
    expect(problem({ comment: 'sometimes' })).toBe(
      'Input \'comment\': expected true or false (got "sometimes")',
    );
  });

  it('reads check-run false, no or off as no check run, and any other value as its name', () => {
    expect(inputs({ 'check-run': 'OFF' }).checkRun).toBe(false);
    expect(inputs({ 'check-run': 'no' }).checkRun).toBe(false);
    expect(inputs({ 'check-run': 'Shipgate (staging)' }).checkRun).toBe('Shipgate (staging)');
  });

  it('refuses a check-run name over 100 characters', () => {
    expect(problem({ 'check-run': 'x'.repeat(101) })).toBe(
      `Input 'check-run': expected a check name of at most 100 characters (got "${'x'.repeat(101)}")`,
    );
  });

  it('takes only an https:// report-url', () => {
    const url = 'https://github.com/o/r/actions/runs/1/artifacts/2';
    expect(inputs({ 'report-url': url }).reportUrl).toBe(url);
    expect(problem({ 'report-url': 'http://example.com/report' })).toBe(
      'Input \'report-url\': expected an https:// URL (an artifact-url output) (got "http://example.com/report")',
    );
  });

  it('checks comment-key and comment-author as the config does', () => {
    expect(
      inputs({ 'comment-key': 'staging.post', 'comment-author': 'shipgate-app[bot]' }),
    ).toMatchObject({ commentKey: 'staging.post', commentAuthor: 'shipgate-app[bot]' });
    expect(problem({ 'comment-author': '@octocat' })).toBe(
      'Input \'comment-author\': expected a GitHub login, e.g. github-actions[bot] or a user name (got "@octocat")',
    );
    expect(problem({ 'comment-key': 'a key' })).toBe(
      'Input \'comment-key\': expected letters, digits, ".", "_" or "-" (at most 64) (got "a key")',
    );
  });

  it('lists every refused input, one line each', () => {
    expect(problem({ phase: 'deploy', comment: 'yes please' }).split('\n')).toEqual([
      expect.stringMatching(/^Input 'phase': /),
      'Input \'comment\': expected true or false (got "yes please")',
    ]);
  });
});
