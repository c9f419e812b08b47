import { describe, expect, it } from 'vitest';
import { scoreOf } from '../../../src/analyzers/security-headers/grade.ts';
import { analyseHeaders } from '../../../src/analyzers/security-headers/index.ts';
import { baseline } from './fixtures.ts';

describe('analyseHeaders', () => {
  it('grades the OWASP baseline A+ with no findings', () => {
    const assessments = analyseHeaders(baseline());
    expect(assessments.flatMap((a) => a.findings)).toEqual([]);
    expect(scoreOf(assessments)).toEqual({ score: 120, grade: 'A+' });
  });

  it('a bare site (no security headers) fails hard', () => {
    const response = { url: 'https://x.example/', status: 200, body: '', headers: {} };
    const { grade, score } = scoreOf(analyseHeaders(response));
    // CSP −25, HSTS −20, XFO −20, XCTO −5.
    expect(score).toBe(30);
    expect(grade).toBe('D');
  });

  it('names the Django setting that sends each header it can, and none where there is none', () => {
    const response = { url: 'https://x.example/', status: 200, body: '', headers: {} };
    const hints = Object.fromEntries(
      analyseHeaders(response).flatMap((a) => a.findings.map((f) => [f.rule, f.hint])),
    );
    expect(hints['hsts-not-implemented']).toBe(
      'Set Strict-Transport-Security: max-age=63072000; includeSubDomains (Django: SECURE_HSTS_SECONDS, SECURE_HSTS_INCLUDE_SUBDOMAINS).',
    );
    expect(hints['x-content-type-options-not-implemented']).toContain(
      '(Django: SECURE_CONTENT_TYPE_NOSNIFF = True).',
    );
    expect(hints['csp-not-implemented']).not.toContain('Django');
  });
});
