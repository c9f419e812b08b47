import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { run } from '../../../src/gates/django/run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const production = 'examples/crm/backend/crm/settings/production.py';
const options = (overrides: object = {}) =>
  gateOptions('django', {
    manage: 'examples/crm/backend/manage.py',
    settings: 'crm.settings.production',
    ...overrides,
  });
const input = (overrides: object = {}) => ({ options: options(overrides), dir: '.', stacks: {} });
const where = (findings: { rule: string; severity: string; file?: string; line?: number }[] = []) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`);

describe('django gate (real manage.py check --deploy)', () => {
  it('reports the missing production settings of the CRM backend, finding a python with Django', async () => {
    const context = testContext({ root: repo });
    const outcome = await run(input(), context);
    expect(outcome.status).toBe('fail');
    expect(where(outcome.findings)).toEqual([
      `security.W004 medium ${production}:undefined`,
      `security.W009 medium ${production}:undefined`,
    ]);
    expect(outcome.summary).toBe('2 medium (fail-on: medium); settings crm.settings.production');
    expect(context.logged.some((line) => /^using \S*python3 \(Django \d/.test(line))).toBe(true);
  });

  it('makes DEBUG = True critical and points at the line that sets it', async () => {
    const outcome = await run(input({ env: { DEBUG: 'True' } }), testContext({ root: repo }));
    expect(outcome.findings?.find((f) => f.rule === 'security.W018')).toMatchObject({
      severity: 'critical',
      file: production,
      line: 4,
      message: 'You should not have DEBUG set to True in deployment.',
    });
  });

  it('accepts a check id listed under ignore, with its reason, and judges the rest', async () => {
    const outcome = await run(
      input({
        ignore: [{ id: 'security.W004', reason: 'HSTS is set by the CDN in front of the API' }],
      }),
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    const waived = outcome.findings?.find((f) => f.rule === 'security.W004');
    expect(waived?.waived).toMatch(/HSTS is set by the CDN in front of the API/);
    expect(outcome.summary).toMatch(/^1 medium \(fail-on: medium\)/);
  });

  it('is an error with the traceback tail when the settings cannot be imported', async () => {
    const outcome = await run(
      input({ settings: 'crm.settings.staging' }),
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('error');
    // The interpreter that failed is named: the missing module has to go there.
    expect(outcome.summary).toMatch(
      /^django: manage.py check did not run with \S*python3: ModuleNotFoundError: No module named 'crm.settings.staging'; pre.gates.django.settings names a settings module that does not exist \(exit code 1\)$/,
    );
    expect(outcome.evidence).toMatch(/File ".*manage.py", line \d+/);
  });

  it('passes settings that satisfy every deploy check', async () => {
    const env = {
      SECRET_KEY: 'k'.repeat(10) + 'q8#Zr!2vX@m4$Lp7^Tb1&Wd6*Yc3(Hf5)Jg0_Sn9+Ue',
      DEBUG: 'False',
      ALLOWED_HOSTS: 'crm.example.com',
    };
    const outcome = await run(
      input({
        settings: 'crm.settings.hardened',
        manage: 'test/fixtures/django/hardened/manage.py',
        env,
      }),
      testContext({ root: repo }),
    );
    expect(outcome).toMatchObject({ status: 'pass', findings: [] });
  });

  it('gives the configured settings as DJANGO_SETTINGS_MODULE, which a manage.py may read before Django does', async () => {
    const fixture = 'test/fixtures/django/settings-from-env';
    const outcome = await run(
      input({
        settings: 'fitness.settings.production',
        manage: `${fixture}/manage.py`,
        env: { SECRET_KEY: 'k'.repeat(10) + 'q8#Zr!2vX@m4$Lp7^Tb1&Wd6*Yc3(Hf5)Jg0_Sn9+Ue' },
      }),
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(where(outcome.findings)).toEqual([
      `security.W004 medium ${fixture}/fitness/settings/production.py:undefined`,
    ]);
    expect(outcome.summary).toBe(
      '1 medium (fail-on: medium); settings fitness.settings.production',
    );
  });

  it('reports a configured interpreter that does not exist as a missing tool', async () => {
    await expect(
      run(input({ python: 'python-that-does-not-exist' }), testContext({ root: repo })),
    ).rejects.toBeInstanceOf(ToolMissingError);
  });

  it('is an error when manage.py is not where it was said to be', async () => {
    const outcome = await run(input({ manage: 'backend/manage.py' }), testContext({ root: repo }));
    expect(outcome).toMatchObject({
      status: 'error',
      summary: 'django: no manage.py at backend/manage.py',
    });
  });
});
