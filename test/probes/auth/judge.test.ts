import { describe, expect, it } from 'vitest';
import {
  credentialsMissing,
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

  it('judges nothing after a login that answers without a token', () => {
    expect(rules({ access: undefined, afterLogout: { ...flow.logout!, status: 200 } })).toEqual([
      'login-no-token',
    ]);
  });

  it('finds a refresh endpoint that refuses the refresh token, and a logout that fails', () => {
    expect(
      rules({
        refreshed: { seen: { ...flow.refreshed!.seen, status: 401 } },
        logout: { ...flow.logout!, status: 500 },
      }),
    ).toEqual(['refresh-failed', 'logout-failed']);
  });

  it('finds a refresh that answers without a new token', () => {
    expect(rules({ refreshed: { seen: flow.refreshed!.seen } })).toEqual(['refresh-no-token']);
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

describe('credentialsMissing', () => {
  const variables = { 'username-env': 'SHOP_USER', 'password-env': 'SHOP_PASSWORD' };

  it('is an error naming each variable that is unset or empty', () => {
    const outcome = credentialsMissing(variables, { SHOP_PASSWORD: '' });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toBe('credentials not set: SHOP_USER, SHOP_PASSWORD');
    expect(outcome.findings?.map((f) => f.message)).toEqual([
      "username-env names SHOP_USER, which is not set in this job's environment",
      "password-env names SHOP_PASSWORD, which is not set in this job's environment",
    ]);
  });

  it('names only the variable that is missing, with the hint to set it from a secret', () => {
    expect(credentialsMissing(variables, { SHOP_USER: 'clerk' }).findings).toEqual([
      {
        rule: 'credentials-missing',
        severity: 'high',
        message: "password-env names SHOP_PASSWORD, which is not set in this job's environment",
        hint: "Set SHOP_PASSWORD from a secret in the step's env.",
      },
    ]);
  });
});
