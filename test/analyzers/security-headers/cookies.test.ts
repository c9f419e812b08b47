import { describe, expect, it } from 'vitest';
import { analyseCookies } from '../../../src/analyzers/security-headers/cookies.ts';
import { baseline } from './fixtures.ts';

describe('analyseCookies', () => {
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

  it('reports each flag of each cookie in order, the worst problem as the result', () => {
    const r = baseline();
    r.headers['set-cookie'] = ['prefs=a; SameSite=Lax', 'sessionid=b; SameSite=Lax', 'csrftoken=c'];
    const assessed = analyseCookies(r);
    expect(assessed.findings.map((f) => [f.rule, f.message, f.hint])).toEqual([
      [
        'cookies-without-secure-flag-but-protected-by-hsts',
        'Cookie prefs is sent without Secure.',
        'Add Secure.',
      ],
      [
        'cookies-session-without-secure-flag-but-protected-by-hsts',
        'Cookie sessionid is sent without Secure (a session cookie).',
        'Add Secure (Django: SESSION_COOKIE_SECURE = True).',
      ],
      [
        'cookies-session-without-httponly-flag',
        'Session cookie sessionid is readable by scripts (no HttpOnly).',
        'Add HttpOnly (Django: SESSION_COOKIE_HTTPONLY = True, the default).',
      ],
      [
        'cookies-without-secure-flag-but-protected-by-hsts',
        'Cookie csrftoken is sent without Secure.',
        'Add Secure (Django: CSRF_COOKIE_SECURE = True).',
      ],
      [
        'cookies-anticsrf-without-samesite-flag',
        'CSRF cookie csrftoken has no SameSite.',
        "Add SameSite=Lax or Strict (Django: CSRF_COOKIE_SAMESITE = 'Lax').",
      ],
    ]);
    expect(assessed).toMatchObject({
      result: 'cookies-session-without-httponly-flag',
      modifier: -30,
    });
  });

  it('calls well-set cookies without SameSite on every one secure with HttpOnly sessions', () => {
    const r = baseline();
    r.headers['set-cookie'] = ['sessionid=a; Secure; HttpOnly', 'prefs=b; Secure; SameSite=Lax'];
    expect(analyseCookies(r)).toMatchObject({
      result: 'cookies-secure-with-httponly-sessions',
      modifier: 0,
      findings: [],
    });
  });
});
