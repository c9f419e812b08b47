import { describe, expect, it } from 'vitest';
import { parseNpmAudit } from '../../../src/gates/npm-audit/parse.ts';
import { printed } from '../../support/canned-run.ts';

describe('parseNpmAudit', () => {
  it('rejects garbage, truncated JSON and the npm 6 report shape', () => {
    const errorOf = (text: string) => {
      const parsed = parseNpmAudit(printed(text), { dir: '.' });
      return parsed.ok ? undefined : parsed.error;
    };
    expect(errorOf('npm ERR! something broke')).toContain('invalid JSON');
    expect(errorOf('')).toBe('no output (expected JSON)');
    expect(errorOf('{"auditReportVersion":2,"vulnerabilities":{"a":{')).toContain('invalid JSON');
    expect(errorOf('{"actions":[],"advisories":{},"metadata":{}}')).toContain(
      'unexpected npm audit report shape',
    );
    expect(errorOf('{"auditReportVersion":1}')).toContain('unsupported npm audit report version 1');
    expect(parseNpmAudit(printed('[]'), { dir: '.' })).toMatchObject({ ok: false });
  });

  it('reads the registry-error envelope', () => {
    const text = JSON.stringify({
      message: '404 Not Found - POST …/bulk',
      method: 'POST',
      uri: 'x',
      statusCode: 404,
      body: 'nope',
    });
    expect(parseNpmAudit(printed(text), { dir: '.' })).toEqual({
      ok: false,
      error: "the registry's advisory endpoint answered 404: 404 Not Found - POST …/bulk",
    });
  });

  it('falls back to the npm advisory number without a GHSA url, and reads fixAvailable: false', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        'left-pad': {
          name: 'left-pad',
          severity: 'low',
          isDirect: true,
          effects: [],
          range: '*',
          nodes: ['node_modules/left-pad'],
          fixAvailable: false,
          via: [
            {
              source: 42,
              name: 'left-pad',
              dependency: 'left-pad',
              title: 'Bad',
              url: 'https://example.com/advisory/42',
              severity: 'low',
              range: '*',
            },
          ],
        },
      },
      metadata: { dependencies: { total: 1 } },
    });
    const parsed = parseNpmAudit(printed(text), { dir: '.' });
    expect(parsed).toMatchObject({
      ok: true,
      value: { scope: '1 dependency audited', metrics: { dependencies: 1 } },
    });
    expect(parsed.ok && parsed.value.findings).toEqual([
      {
        rule: 'npm-advisory-42',
        severity: 'low',
        message: 'Bad: left-pad * (path: left-pad)',
        url: 'https://example.com/advisory/42',
        hint: 'No fix available: remove or replace the dependency, or waive the advisory with a reason.',
        subject: 'left-pad',
      },
    ]);
  });

  it('parses a 20 MB report, pointing each finding at its lockfile entry', () => {
    const ghsa = (i: number) => `GHSA-2222-3333-${String(4444 + (i % 5000)).replace(/[01]/g, '4')}`;
    const vulnerabilities: Record<string, unknown> = {};
    const lock: string[] = ['{', '  "packages": {', '    "": {},'];
    for (let i = 0; i < 40_000; i++) {
      lock.push(`    "node_modules/pkg-${i}": {`, '      "version": "1.0.0"', '    },');
      vulnerabilities[`pkg-${i}`] = {
        name: `pkg-${i}`,
        severity: 'high',
        isDirect: false,
        effects: [],
        range: '<2.0.0',
        nodes: [`node_modules/pkg-${i}`],
        fixAvailable: true,
        via: [
          {
            source: i,
            name: `pkg-${i}`,
            dependency: `pkg-${i}`,
            title: 'Prototype pollution '.repeat(10).trim(),
            url: `https://github.com/advisories/${ghsa(i)}`,
            severity: 'high',
            range: '<2.0.0',
          },
        ],
      };
    }
    lock.push('  }', '}');
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities,
      metadata: { dependencies: { total: 40_000 } },
    });
    expect(text.length).toBeGreaterThan(20_000_000);
    const parsed = parseNpmAudit(printed(text), {
      dir: 'web',
      lockfile: { path: 'web/package-lock.json', text: lock.join('\n') },
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const { findings } = parsed.value;
    expect(findings).toHaveLength(40_000);
    const find = (i: number) => findings.find((f) => f.message.includes(`pkg-${i} <2.0.0`));
    // Entry i opens line 4 + 3i of the lockfile.
    expect([find(0), find(39_999)].map((f) => [f?.rule, f?.severity, f?.file, f?.line])).toEqual([
      [ghsa(0), 'high', 'web/package-lock.json', 4],
      [ghsa(39_999), 'high', 'web/package-lock.json', 4 + 3 * 39_999],
    ]);
  });

  it('keeps U+FFFD from bad bytes in names and titles instead of failing', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        'caf\uFFFD': {
          name: 'caf\uFFFD',
          severity: 'moderate',
          via: [
            {
              source: 7,
              name: 'caf\uFFFD',
              title: 'ReDoS in caf\uFFFD',
              url: 'https://github.com/advisories/GHSA-9999-8888-7777',
              severity: 'moderate',
              range: '<1.0.0',
            },
          ],
          nodes: ['node_modules/caf\uFFFD'],
          fixAvailable: { name: 'caf\uFFFD', version: '1.0.0', isSemVerMajor: false },
        },
      },
    });
    const parsed = parseNpmAudit(printed(text), { dir: '.' });
    expect(parsed.ok && parsed.value.findings).toEqual([
      {
        rule: 'GHSA-9999-8888-7777',
        severity: 'medium',
        message: 'ReDoS in caf\uFFFD: caf\uFFFD <1.0.0 (path: caf\uFFFD)',
        url: 'https://github.com/advisories/GHSA-9999-8888-7777',
        hint: 'Fix available: npm audit fix installs caf\uFFFD@1.0.0.',
        subject: 'caf\uFFFD',
      },
    ]);
  });
});
