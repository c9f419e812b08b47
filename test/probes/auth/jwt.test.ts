import { describe, expect, it } from 'vitest';
import { readJwt } from '../../../src/probes/auth/jwt.ts';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('readJwt', () => {
  it('reads the algorithm and expiry of a signed token', () => {
    expect(readJwt(`${part({ alg: 'HS256' })}.${part({ exp: 1_800_000_000 })}.c2ln`)).toEqual({
      ok: true,
      jwt: { alg: 'HS256', exp: 1_800_000_000, unsigned: false },
    });
  });

  it('says why a token is not a JWT', () => {
    expect(readJwt('opaque-session-token')).toEqual({
      ok: false,
      reason: 'it has 1 part, a JWT has 3 separated by "."',
    });
    expect(readJwt(`${part({ alg: 'HS256' })}.bm90IGpzb24.sig`)).toEqual({
      ok: false,
      reason: 'its claims are not base64url-encoded JSON',
    });
    expect(readJwt(`${part([1])}.${part({})}.sig`)).toMatchObject({
      reason: 'its header is not base64url-encoded JSON',
    });
    expect(readJwt(`${part({ alg: 'HS256' })}.${part({})}.a+b/`)).toMatchObject({
      reason: 'its signature is not base64url',
    });
  });
});
