import { describe, expect, it } from 'vitest';
import {
  judgeAuth,
  judgeSession,
  type AuthEvidence,
  type SessionEvidence,
} from '../../../src/probes/auth/judge.ts';

const api = 'https://api.example.com';
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = new Date('2026-12-01T12:00:00Z');
const token = (claims: object) => `${part({ alg: 'HS256' })}.${part(claims)}.c2ln`;
const fresh = token({ exp: now.getTime() / 1000 + 300 });

const flow: AuthEvidence = {
  anonymous: { url: `${api}/api/me/`, status: 401, body: '' },
  wrongPassword: { url: `${api}/api/token/`, status: 401, body: '' },
  login: { url: `${api}/api/token/`, status: 200, body: '' },
  access: fresh,
  withToken: { url: `${api}/api/me/`, status: 200, body: '' },
  refreshWanted: true,
  refreshToken: true,
  refreshed: { seen: { url: `${api}/api/token/refresh/`, status: 200, body: '' }, access: fresh },
  logout: { url: `${api}/api/token/blacklist/`, status: 200, body: '' },
  afterLogout: { url: `${api}/api/token/refresh/`, status: 401, body: '' },
  tokenField: 'access',
  refreshField: 'refresh',
  now,
};
const rules = (change: Partial<AuthEvidence>) =>
  judgeAuth({ ...flow, ...change }).map((f) => f.rule);

describe('judgeAuth', () => {
  it('passes a flow that behaves', () => {
    expect(rules({})).toEqual([]);
  });

  it('finds a refresh token that outlives logout, and an expired refreshed token', () => {
    expect(
      rules({
        afterLogout: { url: `${api}/api/token/refresh/`, status: 200, body: '' },
        refreshed: { ...flow.refreshed!, access: token({ exp: now.getTime() / 1000 - 1 }) },
      }),
    ).toEqual(['jwt-expired', 'logout-not-effective']);
  });

  it('finds a login without a refresh token when refresh is configured', () => {
    expect(rules({ refreshToken: false, refreshed: undefined, logout: undefined })).toEqual([
      'login-no-refresh-token',
    ]);
  });
});

describe('judgeSession', () => {
  const site = 'https://shop.example.com';
  const session: SessionEvidence = {
    anonymous: { url: `${site}/account/`, status: 302, body: '' },
    wrongPassword: { url: `${site}/accounts/login/`, status: 200, body: '', session: false },
    login: { url: `${site}/accounts/login/`, status: 302, body: '', session: true },
    csrf: true,
    withSession: { url: `${site}/account/`, status: 200, body: '' },
    logout: { url: `${site}/accounts/logout/`, status: 302, body: '' },
    afterLogout: { url: `${site}/account/`, status: 302, body: '' },
    sessionCookie: 'sessionid',
  };
  const rules = (evidence: SessionEvidence) => judgeSession(evidence).map((f) => f.rule);

  it('passes a redirect to the login, a refused wrong password and a logout that ends the session', () => {
    expect(judgeSession(session)).toEqual([]);
  });

  it('is critical when a wrong password gets a session', () => {
    expect(
      rules({ ...session, wrongPassword: { ...session.wrongPassword, session: true } }),
    ).toEqual(['wrong-password-accepted']);
  });

  it('finds a session that outlives logout, and one the page refuses', () => {
    expect(rules({ ...session, afterLogout: { ...session.afterLogout!, status: 200 } })).toEqual([
      'logout-not-effective',
    ]);
    expect(rules({ ...session, withSession: { ...session.withSession!, status: 403 } })).toEqual([
      'session-refused',
    ]);
  });
});
