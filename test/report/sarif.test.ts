import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/report/sarif.ts';
import { check, findings, report } from '../github/fixtures.ts';

// The published SARIF 2.1.0 (rtm.5, final) JSON Schema, as shipped by Microsoft's SARIF
// tooling; it is a draft-04 schema, so it is checked with Ajv's draft-04 class.
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// unicodeRegExp off: the schema's language pattern is valid only without the u flag.
// A CommonJS module: under NodeNext its class is the `default` of the default import.
const AjvDraft04 = ajvDraft04.default;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('uri', (text: string) => URL.canParse(text));
// RFC 3986: a URI reference holds only unreserved characters, delimiters and `%XX` triplets (a
// WHATWG URL parser is lenient and would take `views copy.py` or `[id]` raw).
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/;
ajv.addFormat(
  'uri-reference',
  (text: string) => URI_REFERENCE.test(text) && URL.canParse(text, 'file:///'),
);
ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
const validate = ajv.compile(schema);

const expectValid = (log: unknown) => {
  expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
};

/** Every string value in a JSON document. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

describe('toSarif', () => {
  it('writes every located finding as a result, one run per tool, valid against SARIF 2.1.0', () => {
    const log = toSarif(
      report([
        check({ status: 'fail', findings: findings(12) }),
        check({
          id: 'pre/npm-audit',
          kind: 'npm-audit',
          title: 'Dependency security (npm audit)',
          status: 'fail',
          findings: [
            // No file: nothing to place on a line, so no result.
            {
              rule: 'GHSA-abcd-efgh-ijkl',
              severity: 'critical',
              message: 'Prototype pollution in lodash',
            },
          ],
        }),
        check({ id: 'pre/flake8', kind: 'flake8', title: 'flake8', status: 'pass' }),
        check({
          id: 'pre/eslint',
          kind: 'eslint',
          title: 'eslint',
          status: 'error',
          summary: 'not installed',
        }),
      ]),
      '1.2.3',
    );
    expectValid(log);
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual([
      'Shipgate bandit',
      'Shipgate npm-audit',
      'Shipgate flake8',
    ]);
    const [bandit, npmAudit, flake8] = log.runs;
    expect(bandit?.results).toHaveLength(12);
    expect(npmAudit?.results).toEqual([]);
    expect(flake8?.results).toEqual([]);
    expect(bandit?.automationDetails.id).toBe('shipgate/bandit/');
    expect(bandit?.results[3]).toMatchObject({
      ruleId: 'B103',
      level: 'error',
      message: { text: 'Finding number 4' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'backend/crm/views.py', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 5 },
          },
        },
      ],
    });
    const rule = bandit?.tool.driver.rules.find((r) => r.id === 'B103');
    expect(rule?.properties['security-severity']).toBe('9.5');
    expect(rule?.defaultConfiguration.level).toBe('error');
    expect(strings(log)).not.toContain('');
  });

  it('never writes empty text or paths outside the repository', () => {
    const log = toSarif(
      report([
        check({
          status: 'fail',
          findings: [
            { rule: '', severity: 'medium', message: '  ', file: 'src/a.py', line: 3 },
            { rule: 'X1', severity: 'info', message: 'outside', file: '/etc/passwd', line: 1 },
            { rule: 'X2', severity: 'low', message: 'escapes', file: '../other/b.py', line: 1 },
            { rule: 'X3', severity: 'low', message: 'windows', file: 'C:\\work\\c.py', line: 1 },
            {
              rule: 'X4',
              severity: 'high',
              message: 'waived',
              file: '.\\src\\d.py',
              line: 2,
              endLine: 4,
              waived: 'accepted until the rewrite',
            },
          ],
        }),
      ]),
      '1.2.3',
    );
    expectValid(log);
    const results = log.runs[0]?.results as {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[];
      suppressions?: object[];
    }[];
    expect(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      'src/a.py',
      'src/d.py',
    ]);
    expect(results[0]).toMatchObject({ ruleId: 'bandit', message: { text: 'bandit' } });
    expect(results[1]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 2, endLine: 4 });
    expect(results[1]?.suppressions).toEqual([
      { kind: 'external', justification: 'accepted until the rewrite' },
    ]);
    expect(strings(log)).not.toContain('');
  });

  it('writes each path as a relative URI reference, its segments percent-encoded', () => {
    const at = (file: string) => ({
      rule: 'E1',
      severity: 'high' as const,
      message: 'm',
      file,
      line: 1,
    });
    const log = toSarif(
      report([
        check({
          status: 'fail',
          findings: [
            at('backend/apps/diet/old/views copy.py'),
            at('frontend/pages/[username]/index.tsx'),
            at('docs/100% #1?.md'),
            at('src/café/ünï.py'),
          ],
        }),
      ]),
      '1.2.3',
    );
    expectValid(log);
    const results = log.runs[0]?.results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      'backend/apps/diet/old/views%20copy.py',
      'frontend/pages/%5Busername%5D/index.tsx',
      'docs/100%25%20%231%3F.md',
      'src/caf%C3%A9/%C3%BCn%C3%AF.py',
    ]);
  });

  it("carries each finding's fingerprint as a partial fingerprint", () => {
    const log = toSarif(
      report([
        check({
          status: 'fail',
          findings: [
            ...findings(1, { fingerprint: '0123456789abcdef' }),
            ...findings(1, { line: 9 }),
          ],
        }),
      ]),
      '1.2.3',
    );
    expectValid(log);
    const results = log.runs[0]?.results as { partialFingerprints?: object }[];
    expect(results.map((r) => r.partialFingerprints)).toEqual([
      { 'shipgateFingerprint/v1': '0123456789abcdef' },
      undefined,
    ]);
  });

  it('keeps a run within 25,000 results, the most severe, and counts the rest', () => {
    // 100,000 findings with a rule each: a run over GitHub's limit, and many rules to describe.
    const many = findings(100_000).map((f, i) => ({ ...f, rule: `R${i}` }));
    const log = toSarif(report([check({ status: 'fail', findings: many })]), '1.2.3');
    const [run] = log.runs;
    expect(run?.results).toHaveLength(25_000);
    expect(run?.properties).toEqual({ omittedResults: 75_000 });
    // The five severities cycle evenly: all 20,000 critical and 5,000 high are kept.
    const kept = run?.results.map((r) => r.properties.severity);
    expect(new Set(kept)).toEqual(new Set(['critical', 'high']));
    expect(run?.tool.driver.rules).toHaveLength(25_000);
    // Validated on a sample: the schema validator is slow on 25,000 rules, not the log.
    const tool = { driver: { ...run?.tool.driver, rules: run?.tool.driver.rules.slice(0, 10) } };
    expectValid({ ...log, runs: [{ ...run, tool, results: run?.results.slice(0, 10) }] });
  });

  it('is a valid empty log for a report without checks', () => {
    const log = toSarif(report([]), '1.2.3');
    expectValid(log);
    expect(log.runs).toEqual([]);
    // …and the validator does reject what is not SARIF.
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});
