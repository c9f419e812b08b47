import { describe, expect, it } from 'vitest';
import { parseEslintReport } from '../../../src/gates/eslint/parse.ts';
import { printed } from '../../support/canned-run.ts';

describe('parseEslintReport', () => {
  const paths = { root: '/repo', cwd: '/repo/web' };
  it('rejects garbage, truncated JSON and other shapes', () => {
    const errorOf = (text: string) => {
      const parsed = parseEslintReport(printed(text), paths);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(errorOf('Oops! Something went wrong!')).toContain('invalid JSON');
    expect(errorOf('[{"filePath":"/repo/web/a.js","messages":[{"ruleId"')).toContain(
      'invalid JSON',
    );
    expect(errorOf('{"results":[]}')).toContain('unexpected ESLint JSON shape');
    // eslint exits 2 with nothing on stdout when it crashes before reporting.
    expect(errorOf('')).toBe('no output (expected JSON)');
  });

  it('keeps files outside the repository out of annotations, and names directive problems', () => {
    const text = JSON.stringify([
      {
        filePath: '/elsewhere/x.js',
        messages: [
          { ruleId: 'semi', severity: 1, message: 'Missing semicolon.', line: 1, column: 2 },
        ],
      },
      {
        filePath: '/repo/web/a.js',
        messages: [
          {
            ruleId: null,
            severity: 1,
            message: 'Unused eslint-disable directive.',
            line: 3,
            column: 1,
          },
        ],
      },
    ]);
    expect(parseEslintReport(printed(text), paths)).toEqual({
      ok: true,
      value: {
        findings: [
          { rule: 'semi', severity: 'medium', message: 'Missing semicolon.', line: 1, column: 2 },
          {
            rule: 'eslint/directive',
            severity: 'medium',
            message: 'Unused eslint-disable directive.',
            file: 'web/a.js',
            line: 3,
            column: 1,
          },
        ],
        scope: 'in 1 file',
      },
    });
  });

  it('keeps U+FFFD left by bad bytes in paths and messages', () => {
    const text = JSON.stringify([
      {
        filePath: '/repo/web/caf\uFFFD.js',
        messages: [
          {
            ruleId: 'quotes',
            severity: 2,
            message: 'Strings must use \uFFFD.',
            line: 2,
            column: 3,
          },
        ],
      },
    ]);
    expect(parseEslintReport(printed(text), paths)).toEqual({
      ok: true,
      value: {
        findings: [
          {
            rule: 'quotes',
            severity: 'high',
            message: 'Strings must use \uFFFD.',
            file: 'web/caf\uFFFD.js',
            line: 2,
            column: 3,
          },
        ],
        scope: 'in 1 file',
      },
    });
  });

  it('parses a 20 MB report', () => {
    const message = {
      ruleId: 'no-unused-vars',
      severity: 2,
      message: "'x' is assigned a value but never used.",
      messageId: 'unusedVar',
      nodeType: 'Identifier',
    };
    const files = Array.from({ length: 2_200 }, (_, f) => ({
      filePath: `/repo/web/src/file-${f}.js`,
      messages: Array.from({ length: 50 }, (_, m) => ({
        ...message,
        line: m + 1,
        column: 7,
        endLine: m + 1,
        endColumn: 8,
      })),
      suppressedMessages: [],
      errorCount: 50,
      warningCount: 0,
    }));
    const text = JSON.stringify(files);
    expect(text.length).toBeGreaterThan(20_000_000);
    const parsed = parseEslintReport(printed(text), paths);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.findings).toHaveLength(110_000);
    expect(parsed.value.findings.at(-1)).toEqual({
      rule: 'no-unused-vars',
      severity: 'high',
      message: "'x' is assigned a value but never used.",
      file: 'web/src/file-2199.js',
      line: 50,
      column: 7,
      endLine: 50,
      endColumn: 8,
    });
    expect(parsed.value.scope).toBe('in 2200 files');
  });
});
