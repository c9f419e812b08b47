import type { Finding } from '../../core/model.ts';
import { excerpt } from '../excerpt.ts';
import type { Seen } from '../probe.ts';
import { readJwt, SIGNING_ALGORITHMS } from './jwt.ts';

/**
 * A login flow judged from its answers, as SimpleJWT serves it: the protected endpoint
 * refuses a visitor without a token, a wrong password is refused, the login returns a
 * well-formed, signed, expiring token that the endpoint accepts, and (when configured) the
 * refresh token gets a new one until logout blacklists it. Pure; tokens are read, never quoted.
 */

export interface AuthEvidence {
  /** The protected endpoint, asked without a token. */
  anonymous: Seen;
  /** The login, with the right username and a wrong password. */
  wrongPassword: Seen;
  login: Seen;
  /** The access token in the login answer, when there is one. */
  access?: string;
  /** The protected endpoint, asked with the access token. */
  withToken?: Seen;
  /** Refresh or logout is configured: the login answer must carry a refresh token. */
  refreshWanted: boolean;
  /** The login answer carries a refresh token. */
  refreshToken: boolean;
  /** The refresh endpoint, asked with the refresh token; `access` the new token in its answer. */
  refreshed?: { seen: Seen; access?: string };
  logout?: Seen;
  /** The refresh token used again after logout. */
  afterLogout?: Seen;
  /** Where the login answer keeps the access and refresh tokens, for messages. */
  tokenField: string;
  refreshField: string;
  now: Date;
}

const ok = (seen: Seen) => seen.status >= 200 && seen.status < 300;
const REFUSALS = [400, 401, 403];

/** What is wrong with a token that should be a signed, expiring JWT. */
function tokenFindings(token: string, what: string, url: string, now: Date): Finding[] {
  const read = readJwt(token);
  if (!read.ok) {
    return [
      {
        rule: 'jwt-malformed',
        severity: 'high',
        message: `${url}: the ${what} is not a well-formed JWT: ${read.reason}`,
      },
    ];
  }
  const { alg, exp, unsigned } = read.jwt;
  const findings: Finding[] = [];
  if (alg?.toLowerCase() === 'none' || unsigned) {
    findings.push({
      rule: 'jwt-alg-none',
      severity: 'critical',
      message: `${url}: the ${what} is not signed (alg ${JSON.stringify(alg ?? null)}${unsigned ? ', empty signature' : ''}): anyone can forge one`,
      hint: 'Sign tokens (SIMPLE_JWT ALGORITHM HS256 or RS256) and never accept alg "none".',
    });
  } else if (alg === undefined || !SIGNING_ALGORITHMS.has(alg)) {
    findings.push({
      rule: 'jwt-unknown-alg',
      severity: 'medium',
      message: `${url}: the ${what} names no known signing algorithm (alg ${JSON.stringify(alg ?? null)})`,
    });
  }
  const nowSeconds = now.getTime() / 1000;
  if (exp === undefined) {
    findings.push({
      rule: 'jwt-no-expiry',
      severity: 'high',
      message: `${url}: the ${what} has no exp claim: it never expires`,
      hint: 'Give access tokens a short lifetime (SIMPLE_JWT ACCESS_TOKEN_LIFETIME).',
    });
  } else if (exp <= nowSeconds) {
    findings.push({
      rule: 'jwt-expired',
      severity: 'high',
      message: `${url}: the ${what} expired at issue (exp ${new Date(exp * 1000).toISOString()}, now ${now.toISOString()})`,
      hint: 'Check the server clock and ACCESS_TOKEN_LIFETIME.',
    });
  }
  return findings;
}

/** Every way the flow falls short. */
export function judgeAuth(evidence: AuthEvidence): Finding[] {
  const { anonymous, wrongPassword, login, now } = evidence;
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);

  if (ok(anonymous)) {
    add({
      rule: 'unprotected-endpoint',
      severity: 'critical',
      message: `${anonymous.url}: answers ${anonymous.status} without a token: the endpoint is not protected`,
      hint: 'Require authentication (permission_classes = [IsAuthenticated]).',
    });
  } else if (anonymous.status !== 401 && anonymous.status !== 403) {
    add({
      rule: 'unexpected-status',
      severity: 'high',
      message: `${anonymous.url}: answers ${anonymous.status} without a token, expected 401 or 403`,
    });
  }

  if (ok(wrongPassword)) {
    add({
      rule: 'wrong-password-accepted',
      severity: 'critical',
      message: `${wrongPassword.url}: a wrong password is answered ${wrongPassword.status}: the login does not check passwords`,
    });
  } else if (!REFUSALS.includes(wrongPassword.status)) {
    add({
      rule: 'unexpected-status',
      severity: 'high',
      message: `${wrongPassword.url}: a wrong password is answered ${wrongPassword.status}, expected 400, 401 or 403`,
    });
  }

  if (!ok(login)) {
    add({
      rule: 'login-failed',
      severity: 'high',
      message: `${login.url}: the login answers ${login.status} ("${excerpt(login.body)}")`,
      hint: 'Check the credentials the variables hold, and that the user exists and is active.',
    });
    return findings;
  }
  if (evidence.access === undefined) {
    add({
      rule: 'login-no-token',
      severity: 'high',
      message: `${login.url}: the login answers ${login.status} without a token at "${evidence.tokenField}"`,
    });
    return findings;
  }
  findings.push(...tokenFindings(evidence.access, 'access token', login.url, now));

  const { withToken, refreshed, logout, afterLogout } = evidence;
  if (withToken && !ok(withToken)) {
    add({
      rule: 'token-refused',
      severity: 'high',
      message: `${withToken.url}: answers ${withToken.status} with the token the login returned ("${excerpt(withToken.body)}")`,
    });
  }
  if (evidence.refreshWanted && !evidence.refreshToken) {
    add({
      rule: 'login-no-refresh-token',
      severity: 'high',
      message: `${login.url}: the login answers without a refresh token at "${evidence.refreshField}"`,
    });
  }
  if (refreshed) {
    const { seen } = refreshed;
    if (!ok(seen)) {
      add({
        rule: 'refresh-failed',
        severity: 'high',
        message: `${seen.url}: the refresh token is answered ${seen.status} ("${excerpt(seen.body)}")`,
      });
    } else if (refreshed.access === undefined) {
      add({
        rule: 'refresh-no-token',
        severity: 'high',
        message: `${seen.url}: the refresh answers ${seen.status} without a new token at "${evidence.tokenField}"`,
      });
    } else {
      findings.push(...tokenFindings(refreshed.access, 'refreshed access token', seen.url, now));
    }
  }
  if (logout && !ok(logout)) {
    add({
      rule: 'logout-failed',
      severity: 'high',
      message: `${logout.url}: logout answers ${logout.status} ("${excerpt(logout.body)}")`,
    });
  } else if (afterLogout && ok(afterLogout)) {
    add({
      rule: 'logout-not-effective',
      severity: 'high',
      message: `${afterLogout.url}: the refresh token still works after logout (${afterLogout.status}): it was not blacklisted`,
      hint: 'Add rest_framework_simplejwt.token_blacklist to INSTALLED_APPS and migrate.',
    });
  }
  return findings;
}
