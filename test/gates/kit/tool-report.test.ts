import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model.ts';
import {
  filesScope,
  judgeToolReport,
  unfinishedRun,
  type ToolParse,
} from '../../../src/gates/kit/tool-report.ts';
import { ended } from '../../support/canned-run.ts';

const today = new Date('2026-12-03T12:00:00Z');
const finding = (severity: Finding['severity'], file?: string): Finding => ({
  rule: 'E1',
  severity,
  message: 'm',
  ...(file ? { file, line: 1 } : {}),
});
const report = (value: Partial<Extract<ToolParse, { ok: true }>['value']> = {}): ToolParse => ({
  ok: true,
  value: { findings: [], ...value },
});

describe('unfinishedRun', () => {
  it('is an error for a run stopped by its timeout, killed by a signal, or cut off', () => {
    expect(unfinishedRun('flake8', ended({ aborted: true }))?.summary).toMatch(
      /^flake8: stopped before it finished/,
    );
    expect(unfinishedRun('flake8', ended({ signal: 'SIGKILL', exitCode: null }))?.summary).toMatch(
      /^flake8: did not exit on its own, so its report cannot be trusted/,
    );
    expect(unfinishedRun('flake8', ended({ truncated: true }))?.summary).toMatch(
      /^flake8: output exceeded the capture limit, so the report is incomplete/,
    );
  });

  it('is undefined for a run that exited on its own', () => {
    expect(unfinishedRun('flake8', ended({ exitCode: 1 }))).toBeUndefined();
  });
});

describe('judgeToolReport', () => {
  const judgement = { failOn: 'high' as const, today };

  it('judges the findings of a finished report, with its scope and metrics', () => {
    const outcome = judgeToolReport(
      'bandit',
      ended({ exitCode: 1 }),
      report({ findings: [finding('high', 'a.py')], scope: '14 files', metrics: { files: 14 } }),
      judgement,
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      summary: '1 high (fail-on: high); 14 files',
      metrics: { files: 14 },
    });
  });

  it('never judges a report the run did not finish, however well-formed', () => {
    const outcome = judgeToolReport('bandit', ended({ truncated: true }), report(), judgement);
    expect(outcome.status).toBe('error');
  });

  it('is an error naming the parse failure, with the end of the output as evidence', () => {
    const outcome = judgeToolReport(
      'bandit',
      ended({ exitCode: 2, stderr: 'Traceback…\nImportError: no module named bandit' }),
      { ok: false, error: 'no JSON report in its output' },
      judgement,
    );
    expect(outcome).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(/^bandit: no JSON report in its output \(/) as string,
      evidence: 'Traceback…\nImportError: no module named bandit',
    });
  });

  it("shows the tool's own explanation of its failure as it stands", () => {
    const outcome = judgeToolReport(
      'npm audit',
      ended({ exitCode: 1, stdout: '{"error": {}}' }),
      { ok: false, error: 'the registry refused the audit', own: { evidence: 'ENOAUDIT' } },
      judgement,
    );
    expect(outcome).toEqual({
      status: 'error',
      summary: 'npm audit: the registry refused the audit',
      evidence: 'ENOAUDIT',
    });
  });

  it('skips when the tool found nothing to look at', () => {
    expect(
      judgeToolReport('black', ended(), report({ nothingToCheck: 'no Python files' }), judgement),
    ).toEqual({ status: 'skip', summary: 'not applicable: no Python files' });
  });

  it('applies waivers before judging', () => {
    const outcome = judgeToolReport('bandit', ended(), report({ findings: [finding('high')] }), {
      ...judgement,
      waivers: [{ id: 'E1', reason: 'test fixtures only' }],
    });
    expect(outcome).toMatchObject({ status: 'pass', summary: 'no findings; 1 waived' });
  });
});

describe('filesScope', () => {
  it('counts the distinct files the findings name', () => {
    expect(
      filesScope([finding('low', 'a.py'), finding('low', 'a.py'), finding('low', 'b.py')]),
    ).toBe('in 2 files');
    expect(filesScope([finding('low', 'a.py')])).toBe('in 1 file');
  });

  it('is undefined when no finding names a file', () => {
    expect(filesScope([finding('low')])).toBeUndefined();
  });
});
