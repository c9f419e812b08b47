import { describe, expect, it } from 'vitest';
import { judgeAuth, type AuthEvidence } from '../../../src/probes/auth/judge.ts';

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
