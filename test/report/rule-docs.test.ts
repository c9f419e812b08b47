import { describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../../src/report/rule-docs.ts';

const docs = (kind: string, rule: string, extra: { aliases?: string[]; url?: string } = {}) =>
  ruleDocsUrl(kind, { rule, ...extra });

describe('ruleDocsUrl', () => {
  it("links each tool's rule to the tool's own page for it", () => {
    expect(docs('bandit', 'B602')).toBe(
      'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
    );
    expect(docs('bandit', 'B311')).toBe(
      'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html',
    );
    expect(docs('bandit', 'B404')).toBe(
      'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html',
    );
    expect(docs('flake8', 'E501')).toBe(
      'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes',
    );
    expect(docs('flake8', 'W291')).toBe(
      'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes',
    );
    expect(docs('flake8', 'F401')).toBe('https://flake8.pycqa.org/en/latest/user/error-codes.html');
    expect(docs('eslint', 'no-unused-vars')).toBe(
      'https://eslint.org/docs/latest/rules/no-unused-vars',
    );
    expect(docs('eslint', '@typescript-eslint/no-explicit-any')).toBe(
      'https://typescript-eslint.io/rules/no-explicit-any',
    );
    expect(docs('django', 'security.W004')).toBe(
      'https://docs.djangoproject.com/en/stable/ref/checks/#security',
    );
    expect(docs('django', 'fields.E304')).toBe(
      'https://docs.djangoproject.com/en/stable/ref/checks/',
    );
  });

  it('links advisories to GitHub and header rules to MDN', () => {
    expect(docs('npm-audit', 'GHSA-29mw-wpgm-hmr9')).toBe(
      'https://github.com/advisories/GHSA-29mw-wpgm-hmr9',
    );
    expect(
      docs('pip-audit', 'PYSEC-2023-62', {
        aliases: ['CVE-2023-30861', 'GHSA-m2qf-hxjv-5gpq'],
        url: 'https://osv.dev/vulnerability/PYSEC-2023-62',
      }),
    ).toBe('https://github.com/advisories/GHSA-m2qf-hxjv-5gpq');
    expect(docs('headers', 'csp-not-implemented')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy',
    );
    expect(docs('cookies', 'cookies-session-without-secure-flag')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie',
    );
    expect(docs('headers-config', 'csp/unsafe-inline')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy',
    );
    expect(docs('headers', 'x-frame-options-not-implemented')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-Frame-Options',
    );
  });

  it("falls back to the finding's own link, and to none", () => {
    expect(docs('pip-audit', 'PYSEC-1', { url: 'https://osv.dev/vulnerability/PYSEC-1' })).toBe(
      'https://osv.dev/vulnerability/PYSEC-1',
    );
    expect(docs('eslint', 'react/jsx-key')).toBeUndefined();
    expect(docs('command', 'exit-code')).toBeUndefined();
  });
});
