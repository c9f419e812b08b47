import { describe, expect, it } from 'vitest';
import type { RecordedResponse } from '../../src/analyzers/security-headers/assessment.ts';
import { analyseCookies } from '../../src/analyzers/security-headers/cookies.ts';
import { corsTest, PROBE_ORIGIN } from '../../src/analyzers/security-headers/cors.ts';
import { cspTest } from '../../src/analyzers/security-headers/csp.ts';
import { gradeOf, scoreOf } from '../../src/analyzers/security-headers/grade.ts';
import { hstsTest } from '../../src/analyzers/security-headers/hsts.ts';
import { analyseHeaders } from '../../src/analyzers/security-headers/index.ts';
import { referrerPolicyTest } from '../../src/analyzers/security-headers/referrer-policy.ts';
import { xContentTypeOptionsTest } from '../../src/analyzers/security-headers/x-content-type-options.ts';
import { xFrameOptionsTest } from '../../src/analyzers/security-headers/x-frame-options.ts';
import { disclosureTest } from '../../src/analyzers/security-headers/disclosure.ts';

/** A response that follows OWASP's recommendations; each test changes one header. */
function baseline(): RecordedResponse & { headers: Record<string, string | string[] | undefined> } {
  return {
    url: 'https://app.example.com/',
    status: 200,
    body: '',
    headers: {
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      'content-security-policy':
        "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'permissions-policy': 'camera=()',
      'set-cookie': [
        'sessionid=a; Secure; HttpOnly; SameSite=Lax',
        'csrftoken=b; Secure; SameSite=Lax',
      ],
    },
  };
}

describe('MDN Observatory grading', () => {
  it('grades the OWASP baseline A+ with no findings', () => {
    const assessments = analyseHeaders(baseline());
    expect(assessments.flatMap((a) => a.findings)).toEqual([]);
    expect(scoreOf(assessments)).toEqual({ score: 120, grade: 'A+' });
  });

  it('adds bonuses only when the penalty-only score reaches 90, and grades the score floored to 5', () => {
    const mk = (modifier: number) => ({ test: 't', result: 'r', modifier, findings: [] });
    expect(scoreOf([mk(-5), mk(10)])).toEqual({ score: 105, grade: 'A+' });
    expect(scoreOf([mk(-15), mk(10)])).toEqual({ score: 85, grade: 'A-' });
    expect(scoreOf([mk(-12)])).toEqual({ score: 88, grade: 'A-' });
    expect(scoreOf([mk(-200)])).toEqual({ score: 0, grade: 'F' });
  });

  it.each([
    [100, 'A+'],
    [95, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [20, 'F'],
  ] as const)('score %i is %s', (score, grade) => expect(gradeOf(score)).toBe(grade));

  it('a bare site (no security headers) fails hard', () => {
    const response = { url: 'https://x.example/', status: 200, body: '', headers: {} };
    const { grade, score } = scoreOf(analyseHeaders(response));
    // CSP −25, HSTS −20, XFO −20, XCTO −5.
    expect(score).toBe(30);
    expect(grade).toBe('D');
  });
});

describe('header tests (one change from the baseline each)', () => {
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

  it('X-Content-Type-Options, X-Frame-Options, Referrer-Policy', () => {
    const r = baseline();
    r.headers['x-content-type-options'] = 'sniff';
    expect(xContentTypeOptionsTest(r).result).toBe('x-content-type-options-header-invalid');
    const f = baseline();
    f.headers['content-security-policy'] = "default-src 'self'";
    f.headers['x-frame-options'] = undefined;
    expect(xFrameOptionsTest(f)).toMatchObject({
      result: 'x-frame-options-not-implemented',
      modifier: -20,
    });
    expect(xFrameOptionsTest(baseline())).toMatchObject({
      result: 'x-frame-options-implemented-via-csp',
      modifier: 5,
    });
    const p = baseline();
    p.headers['referrer-policy'] = 'no-referrer, unsafe-url';
    expect(referrerPolicyTest(p).result).toBe('referrer-policy-unsafe');
  });

  it('cookies: session without Secure/HttpOnly, CSRF without SameSite, CSRF HttpOnly not required', () => {
    const r = baseline();
    r.headers['set-cookie'] = ['sessionid=a; HttpOnly; SameSite=Lax'];
    expect(analyseCookies(r)).toMatchObject({
      result: 'cookies-session-without-secure-flag-but-protected-by-hsts',
      modifier: -10,
    });
    r.headers['strict-transport-security'] = undefined;
    expect(analyseCookies(r)).toMatchObject({
      result: 'cookies-session-without-secure-flag',
      modifier: -40,
    });
    r.headers['set-cookie'] = ['sessionid=a; Secure; SameSite=Lax'];
    expect(analyseCookies(r).result).toBe('cookies-session-without-httponly-flag');
    r.headers['set-cookie'] = ['csrftoken=a; Secure'];
    expect(analyseCookies(r).findings[0]).toMatchObject({
      rule: 'cookies-anticsrf-without-samesite-flag',
      severity: 'high',
    });
    r.headers['set-cookie'] = ['csrftoken=a; Secure; SameSite=Strict'];
    expect(analyseCookies(r)).toMatchObject({
      result: 'cookies-secure-with-httponly-sessions-and-samesite',
      findings: [],
    });
    r.headers['set-cookie'] = ['prefs=a; Secure; HttpOnly; SameSite=Sometimes'];
    expect(analyseCookies(r).result).toBe('cookies-samesite-flag-invalid');
    r.headers['set-cookie'] = ['app=a; Secure; SameSite=Lax'];
    expect(analyseCookies(r, { sessionNames: ['app'] }).result).toBe(
      'cookies-session-without-httponly-flag',
    );
  });

  it('CORS: reflecting a foreign origin with credentials costs 50', () => {
    const r = baseline();
    r.headers['access-control-allow-origin'] = PROBE_ORIGIN;
    r.headers['access-control-allow-credentials'] = 'true';
    expect(corsTest(r)).toMatchObject({ modifier: -50, findings: [{ severity: 'high' }] });
    r.headers['access-control-allow-origin'] = '*';
    expect(corsTest(r).modifier).toBe(0);
  });

  it('disclosure: versions in Server and X-Powered-By', () => {
    const r = baseline();
    r.headers.server = 'nginx/1.25.3';
    r.headers['x-powered-by'] = 'Express';
    expect(disclosureTest(r).findings.map((f) => f.message)).toEqual([
      'server: "nginx/1.25.3" discloses the software and its version.',
      'x-powered-by: "Express" discloses the software.',
    ]);
    r.headers.server = 'Vercel';
    r.headers['x-powered-by'] = undefined;
    expect(disclosureTest(r).findings).toEqual([]);
  });
});
