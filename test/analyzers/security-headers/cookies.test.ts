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
});
