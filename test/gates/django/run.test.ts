import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printed } from '../../support/canned-run.ts';
import { describe, expect, it } from 'vitest';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { parseDjangoCheck, settingAssignments } from '../../../src/gates/django/parse.ts';
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
    expect(outcome.summary).toBe(
      "django: manage.py check did not run: ModuleNotFoundError: No module named 'crm.settings.staging' (exit code 1)",
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

describe('parseDjangoCheck', () => {
  const fixture = (name: string) => readFile(path.join(repo, 'test/fixtures/django', name), 'utf8');
  const findingsOf = (output: string, settings?: { file: string; text: string }) => {
    const parsed = parseDjangoCheck(printed(output), { source: settings });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value.findings;
  };

  it('reads a recorded check --deploy run', async () => {
    const findings = findingsOf(await fixture('deploy-warnings.txt'), {
      file: 's.py',
      text: 'X = 1\nDEBUG = True\n',
    });
    expect(where(findings)).toEqual([
      'security.W004 medium s.py:undefined',
      'security.W009 medium s.py:undefined',
      'security.W018 critical s.py:2',
    ]);
  });

  it('reads every level, objects, hints and messages that span lines', async () => {
    const findings = findingsOf(await fixture('mixed-levels.txt'));
    expect(findings.map((f) => [f.rule, f.severity, f.hint !== undefined])).toEqual([
      ['fields.E300', 'high', false],
      ['security.E024', 'high', true],
      ['security.W008', 'medium', false],
      ['templates.W003', 'medium', false],
      ['models.W042', 'medium', true],
    ]);
    expect(findings[0]?.message).toMatch(/^jewellery\.Piece\.owner: Field defines a relation/);
    expect(findings[1]?.hint).toBe(
      'Valid values are: same-origin, same-origin-allow-popups, unsafe-none.',
    );
    expect(findings[3]?.message).toBe(
      "'custom_tags' is used for multiple template tag modules: 'jewellery.templatetags.custom_tags', 'crm.templatetags.custom_tags'",
    );
  });

  it('takes the level from the id when there is no section, and ignores garbage after a blank line', () => {
    const tally = 'System check identified 1 issue (0 silenced).';
    expect(findingsOf(`?: (security.E999) future error\n\n\u0000\uFFFD noise\n${tally}\n`)).toEqual(
      [
        {
          rule: 'security.E999',
          severity: 'high',
          message: 'future error',
          url: 'https://docs.djangoproject.com/en/stable/ref/checks/',
        },
      ],
    );
    expect(findingsOf('System check identified no issues (0 silenced).\n')).toEqual([]);
  });

  it('is an error when the check did not complete: garbage, empty or cut-off output', () => {
    const error = {
      ok: false,
      error: 'no "System check identified …" line: manage.py check did not complete',
    };
    expect(parseDjangoCheck(printed(''), {})).toEqual(error);
    expect(parseDjangoCheck(printed('x'.repeat(20_000_000)), {})).toEqual(error);
    // Cut off after the first issue: what was read is not the whole check.
    expect(
      parseDjangoCheck(
        printed(
          'SystemCheckError: System check identified some issues:\n\nWARNINGS:\n?: (security.W004) no HSTS',
        ),
        {},
      ),
    ).toEqual(error);
  });

  it('knows which line assigns each setting', () => {
    expect([
      ...settingAssignments(
        'from .base import *\n\nDEBUG = False\nSECURE_SSL_REDIRECT: bool = True\n  X = 1\n',
      ),
    ]).toEqual([
      ['DEBUG', 3],
      ['SECURE_SSL_REDIRECT', 4],
    ]);
  });
});
