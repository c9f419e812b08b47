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
});
