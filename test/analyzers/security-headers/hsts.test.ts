import { describe, expect, it } from 'vitest';
import { hstsTest } from '../../../src/analyzers/security-headers/hsts.ts';
import { baseline } from './fixtures.ts';

describe('hstsTest', () => {
  it('HSTS missing, short, invalid, plain HTTP', () => {
    const r = baseline();
    r.headers['strict-transport-security'] = 'max-age=86400';
    const short = hstsTest(r);
    expect(short).toMatchObject({
      result: 'hsts-implemented-max-age-less-than-six-months',
      modifier: -10,
    });
    expect(short.findings.map((f) => f.rule)).toContain('hsts-without-includesubdomains');
    r.headers['strict-transport-security'] = 'includeSubDomains';
    expect(hstsTest(r).result).toBe('hsts-header-invalid');
    r.headers['strict-transport-security'] = undefined;
    expect(hstsTest(r).findings[0]?.hint).toContain('max-age=63072000; includeSubDomains');
    expect(hstsTest({ ...baseline(), url: 'http://app.example.com/' }).result).toBe(
      'hsts-not-implemented-no-https',
    );
  });
});
