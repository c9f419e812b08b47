import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printed } from '../../support/canned-run.ts';
import { describe, expect, it } from 'vitest';
import { parseDjangoCheck, settingAssignments } from '../../../src/gates/django/parse.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const where = (findings: { rule: string; severity: string; file?: string; line?: number }[] = []) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`);

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
