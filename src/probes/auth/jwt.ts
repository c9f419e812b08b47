/**
 * A JSON Web Token read without its key (RFC 7519): the header and the claims, decoded and
 * checked for shape. The signature cannot be verified here; what can be judged is whether the
 * token claims a real algorithm and an expiry. Pure and total.
 */

import { plural } from '../../util/text.ts';

export interface Jwt {
  alg: string | undefined;
  /** Seconds since the epoch, when the token has a numeric `exp`. */
  exp: number | undefined;
  /** The signature part is empty (as `alg: none` tokens have it). */
  unsigned: boolean;
}

/** Algorithms of RFC 7518 and RFC 8037 that sign: anything else is no protection. */
export const SIGNING_ALGORITHMS = new Set([
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'ES256',
  'ES384',
  'ES512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
]);

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodePart(part: string): Record<string, unknown> | undefined {
  if (!BASE64URL.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The token's header and claims, or why it is not a well-formed JWT. */
export function readJwt(token: string): { ok: true; jwt: Jwt } | { ok: false; reason: string } {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return {
      ok: false,
      reason: `it has ${plural(parts.length, 'part')}, a JWT has 3 separated by "."`,
    };
  }
  const [head = '', body = '', signature = ''] = parts;
  const header = decodePart(head);
  if (!header) return { ok: false, reason: 'its header is not base64url-encoded JSON' };
  const claims = decodePart(body);
  if (!claims) return { ok: false, reason: 'its claims are not base64url-encoded JSON' };
  if (!BASE64URL.test(signature)) return { ok: false, reason: 'its signature is not base64url' };
  return {
    ok: true,
    jwt: {
      alg: typeof header.alg === 'string' ? header.alg : undefined,
      exp: typeof claims.exp === 'number' ? claims.exp : undefined,
      unsigned: signature === '',
    },
  };
}
