import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { exec } from '../../../src/engine/exec.ts';
import { judgeToolReport } from '../../../src/gates/kit/tool-report.ts';
import { parsePipAudit } from '../../../src/gates/pip-audit/parse.ts';
import { run } from '../../../src/gates/pip-audit/run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';
import { ended, printed } from '../../support/canned-run.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) =>
  readFile(path.join(repo, 'test/fixtures/pip-audit', name), 'utf8');
/** pip-audit exits 1 when it found vulnerabilities, with the JSON report on stdout. */
const exited = (stdout: string, stderr = '') => ended({ exitCode: 1, stdout, stderr });
const today = new Date('2026-11-24T12:00:00Z');

describe('pip-audit findings judged with waivers', () => {
  const judge = async (
    waivers: { id: string; reason: string; until?: string }[],
    failOn = 'high' as const,
  ) =>
    judgeToolReport(
      'pip-audit',
      exited(await fixture('current.json')),
      parsePipAudit(printed(await fixture('current.json')), { severity: 'critical' }),
      {
        failOn,
        waivers,
        today,
      },
    );

  it('fails on unwaived vulnerabilities although pip-audit exits 1 for them', async () => {
    const outcome = await judge([]);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '3 critical (fail-on: high); 3 packages audited; not audited: crm-utils (Dependency not found on PyPI and could not be audited: crm-utils (0.1.0))',
    );
  });

  it('waives by id or by alias; an expired waiver stops applying and says so', async () => {
    const outcome = await judge([
      { id: 'CVE-2021-31542', reason: 'uploads disabled', until: '2026-12-31' },
      { id: 'GHSA-2gwj-7jmv-h26r', reason: 'no FileResponse', until: '2026-12-01' },
      { id: 'CVE-2023-32681', reason: 'no proxy', until: '2026-11-01' },
    ]);
    const waived = outcome.findings?.map((f) => [f.rule, f.waived]);
    expect(waived).toEqual([
      ['PYSEC-2021-9', 'uploads disabled (until 2026-12-31)'],
      ['GHSA-2gwj-7jmv-h26r', 'no FileResponse (until 2026-12-01)'],
      ['GHSA-j8r2-6x86-q33q', undefined],
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('waiver for CVE-2023-32681 expired on 2026-11-01');
    expect(outcome.summary).toContain('waiver for GHSA-2gwj-7jmv-h26r expires in 7 days');
  });

  it('warns instead of failing when unknown-severity is set below fail-on', async () => {
    const outcome = judgeToolReport(
      'pip-audit',
      exited(await fixture('legacy.json')),
      parsePipAudit(printed(await fixture('legacy.json')), { severity: 'medium' }),
      { failOn: 'high', today },
    );
    expect(outcome.status).toBe('warn');
  });

  it('is an error, never a pass, when pip-audit exits 1 with nothing on stdout', () => {
    const result = exited('', 'ERROR:pip_audit._cli:Failed to install packages');
    const outcome = judgeToolReport(
      'pip-audit',
      result,
      parsePipAudit(printed(result.stdout), { severity: 'critical' }),
      { failOn: 'high', today },
    );
    expect(outcome.status).toBe('error');
    expect(outcome.evidence).toContain('Failed to install packages');
  });
});

describe('pip-audit gate', () => {
  /** A context whose processes see only `PATH`: pip-audit is present or absent by design, not by machine. */
  const contextWithPath = (searchPath: string) =>
    testContext({
      root: repo,
      exec: (command, args, options) =>
        exec(command, args, {
          ...options,
          env: { ...process.env, ...options.env, PATH: searchPath },
        }),
    });

  it('reports the tool as missing when pip-audit is not on PATH', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-pip-audit-'));
    const options = gateOptions('pip-audit', {
      requirements: 'examples/crm/backend/requirements.txt',
    });
    await expect(
      run({ options, dir: 'examples/crm/backend', stacks: {} }, contextWithPath(empty)),
    ).rejects.toBeInstanceOf(ToolMissingError);
  });

  it('runs pip-audit on the requirements file and judges the JSON it prints, not its exit code', async () => {
    // A stand-in executable that answers as pip-audit does: recorded JSON on stdout, exit 1.
    const bin = await mkdtemp(path.join(tmpdir(), 'pip-audit-bin-'));
    const recorded = path.join(repo, 'test/fixtures/pip-audit/current.json');
    await writeFile(
      path.join(bin, 'pip-audit'),
      `#!/bin/sh\necho "$@" > "${bin}/args"\ncat "${recorded}"\necho "Found vulnerabilities" >&2\nexit 1\n`,
      { mode: 0o755 },
    );
    const options = gateOptions('pip-audit', {
      requirements: 'test/fixtures/pip-audit/requirements.txt',
      'fail-on': 'high',
    });
    const outcome = await run(
      { options, dir: '.', stacks: {} },
      contextWithPath(`${bin}:/usr/bin:/bin`),
    );

    expect(await readFile(path.join(bin, 'args'), 'utf8')).toContain('-f json');
    expect(await readFile(path.join(bin, 'args'), 'utf8')).toContain(
      'test/fixtures/pip-audit/requirements.txt',
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.find((f) => f.rule === 'PYSEC-2021-9')).toMatchObject({
      severity: 'critical',
      aliases: ['CVE-2021-31542', 'GHSA-rxjp-mfm9-w4wr'],
      file: 'test/fixtures/pip-audit/requirements.txt',
      line: 2,
    });
  });
});
