import { describe, expect, it } from 'vitest';
import { cspTest } from '../../../src/analyzers/security-headers/csp.ts';
import { baseline } from './fixtures.ts';

describe('cspTest', () => {
  it('CSP missing, unsafe-inline, unsafe-eval, nonce, default-src none', () => {
    const r = baseline();
    r.headers['content-security-policy'] = undefined;
    expect(cspTest(r)).toMatchObject({ result: 'csp-not-implemented', modifier: -25 });
    r.headers['content-security-policy'] =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'";
    const inline = cspTest(r);
    expect(inline).toMatchObject({ result: 'csp-implemented-with-unsafe-inline', modifier: -20 });
    expect(inline.findings[0]?.message).toContain("'unsafe-inline'");
    expect(inline.findings[0]?.hint).toMatch(/nonces/);
    r.headers['content-security-policy'] =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'nonce-abc'; object-src 'none'";
    expect(cspTest(r).result).toBe('csp-implemented-with-no-unsafe');
    r.headers['content-security-policy'] =
      "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'";
    expect(cspTest(r).result).toBe('csp-implemented-with-unsafe-eval');
    r.headers['content-security-policy'] = "script-src https:; object-src 'none'";
    expect(cspTest(r).result).toBe('csp-implemented-with-unsafe-inline');
    r.headers['content-security-policy'] = "default-src 'self'; img-src http://cdn.example";
    expect(cspTest(r).result).toBe('csp-implemented-with-insecure-scheme-in-passive-content-only');
    r.headers['content-security-policy'] = "default-src 'none'; frame-ancestors 'none'";
    expect(cspTest(r)).toMatchObject({
      result: 'csp-implemented-with-no-unsafe-default-src-none',
      modifier: 10,
    });
    r.headers['content-security-policy'] = "script-src 'self'; object-src 'none'";
    expect(cspTest(r).findings.map((f) => f.rule)).toEqual([
      'csp/without-default-src',
      'csp/without-frame-ancestors',
    ]);
    r.headers['content-security-policy'] = "script-src 'self'";
    expect(cspTest(r)).toMatchObject({
      result: 'csp-implemented-with-unsafe-inline',
      findings: [{ rule: 'csp/objects-unrestricted' }, {}, {}],
    });
  });

  it('advises against http: sources on an HTTPS page only', () => {
    const r = baseline();
    r.headers['content-security-policy'] =
      "default-src 'self'; connect-src http://api.example; object-src 'none'; frame-ancestors 'none'";
    expect(cspTest(r).findings).toEqual([
      {
        rule: 'csp/insecure-scheme',
        severity: 'medium',
        message: 'The CSP lets an HTTPS page load resources over plain http:.',
        hint: 'Replace http: sources with https: ones and add upgrade-insecure-requests.',
      },
    ]);
    expect(cspTest({ ...r, url: 'http://app.example.com/' }).findings).toEqual([]);
  });
});
