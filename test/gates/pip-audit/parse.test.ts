import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipAudit, requirementLines } from '../../../src/gates/pip-audit/parse.ts';
import { printed } from '../../support/canned-run.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) =>
  readFile(path.join(repo, 'test/fixtures/pip-audit', name), 'utf8');

describe('parsePipAudit', () => {
  it('reads the current JSON shape: ids, aliases, fix versions, skipped packages', async () => {
    const requirements = {
      file: 'backend/requirements.txt',
      text: await fixture('requirements.txt'),
    };
    const result = parsePipAudit(printed(await fixture('current.json')), {
      severity: 'critical',
      requirements,
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'PYSEC-2021-9 backend/requirements.txt:2',
      'GHSA-2gwj-7jmv-h26r backend/requirements.txt:2',
      'GHSA-j8r2-6x86-q33q backend/requirements.txt:3',
    ]);
    expect(result.value.findings[0]).toMatchObject({
      severity: 'critical',
      aliases: ['CVE-2021-31542', 'GHSA-rxjp-mfm9-w4wr'],
      hint: 'upgrade django to 2.2.21 or 3.0.15 or 3.1.9 or 3.2.1',
      url: 'https://osv.dev/vulnerability/PYSEC-2021-9',
    });
    expect(result.value.findings[0]?.message).toMatch(
      /^django 3\.2\.0: PYSEC-2021-9 \(CVE-2021-31542, GHSA-rxjp-mfm9-w4wr\): In Django 2\.2/,
    );
    expect(result.value.scope).toBe('3 packages audited');
    expect(result.value.notes).toEqual([
      {
        text: 'not audited: crm-utils (Dependency not found on PyPI and could not be audited: crm-utils (0.1.0))',
        warn: false,
      },
    ]);
  });

  it('reads the old top-level array, and says when no release fixes a vulnerability', async () => {
    const result = parsePipAudit(printed(await fixture('legacy.json')), { severity: 'high' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['PYSEC-2019-179', 'high', undefined],
      ['PYSEC-2018-66', 'high', undefined],
    ]);
    expect(result.value.findings[1]?.hint).toMatch(/^no fixed release of flask yet/);
  });

  it('is an error for empty output (a fatal pip-audit error), garbage, truncation and other shapes', () => {
    expect(parsePipAudit(printed(''), { severity: 'critical' })).toEqual({
      ok: false,
      error: 'no output (expected JSON)',
    });
    expect(
      parsePipAudit(printed('ERROR: pip-audit: No matching distribution'), { severity: 'critical' })
        .ok,
    ).toBe(false);
    expect(
      parsePipAudit(printed('{"dependencies": [{"name": "django", "vu'), { severity: 'critical' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid JSON/) as string,
    });
    expect(
      parsePipAudit(printed('{"vulnerabilities": {}}'), { severity: 'critical' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/pip-audit version/) as string,
    });
  });

  it('keeps U+FFFD left by bad bytes, never guessing a line for a name it mangled', () => {
    const text = JSON.stringify({
      dependencies: [
        { name: 'caf\uFFFD', version: '1.0', vulns: [{ id: 'PYSEC-2099-1', fix_versions: [] }] },
        { name: 'local-pkg', skip_reason: 'not on PyPI' },
      ],
      fixes: [],
    });
    const result = parsePipAudit(printed(text), {
      severity: 'high',
      requirements: { file: 'r.txt', text: 'caf==1\ncaf\uFFFD==1.0\n' },
    });
    if (!result.ok) throw new Error(result.error);
    // U+FFFD is no part of a package name, so neither line names this package.
    expect(result.value.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['PYSEC-2099-1', 'r.txt', undefined, 'caf\uFFFD 1.0: PYSEC-2099-1'],
    ]);
    expect(result.value.nothingToCheck).toBeUndefined();
    expect(result.value.metrics).toEqual({ packages: 1, skipped: 1 });
  });

  it('parses a 20 MB report', () => {
    const description = 'A crafted request can exhaust memory in the parser. '.repeat(5);
    const dependencies = Array.from({ length: 55_000 }, (_, i) => ({
      name: `pkg-${i}`,
      version: '1.0.0',
      vulns: [
        {
          id: `PYSEC-2026-${i}`,
          fix_versions: ['1.0.1'],
          aliases: [`CVE-2026-${10_000 + i}`],
          description,
        },
      ],
    }));
    const text = JSON.stringify({ dependencies, fixes: [] });
    expect(text.length).toBeGreaterThan(20_000_000);
    const result = parsePipAudit(printed(text), { severity: 'critical' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.findings).toHaveLength(55_000);
    expect(result.value.findings.at(-1)).toMatchObject({
      rule: 'PYSEC-2026-54999',
      severity: 'critical',
      aliases: ['CVE-2026-64999'],
      hint: 'upgrade pkg-54999 to 1.0.1',
    });
  });

  it('finds the line that pins a package, whatever its spelling', () => {
    const lines = requirementLines(
      '# c\n\nDjango_REST.Framework>=3\n-r base.txt\nrequests[socks]==2.0 # x\n',
    );
    expect([...lines]).toEqual([
      ['django-rest-framework', 3],
      ['requests', 5],
    ]);
  });
});
