import type { Finding } from '../../core/model.ts';
import type { CheckOutcome } from '../../engine/check.ts';
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

/** The variables that name the credentials, as the probe's options spell them. */
type CredentialVariables = Record<'username-env' | 'password-env', string>;

/** The error outcome of a probe whose credential variables are not set (or empty) in `env`. */
export function credentialsMissing(
  variables: CredentialVariables,
  env: Readonly<Record<string, string | undefined>>,
): CheckOutcome {
  const unset = (['username-env', 'password-env'] as const).filter((key) => !env[variables[key]]);
  return {
    status: 'error',
    summary: `credentials not set: ${unset.map((key) => variables[key]).join(', ')}`,
    findings: unset.map((key) => ({
      rule: 'credentials-missing',
      severity: 'high',
      message: `${key} names ${variables[key]}, which is not set in this job's environment`,
      hint: `Set ${variables[key]} from a secret in the step's env.`,
    })),
  };
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

/**
 * What the protected endpoint answering a visitor without credentials, and the login
 * answering a wrong password, say: shared by both flows. `accepted` tells whether the wrong
 * password got in (a 2xx for a token login; a session cookie for a form login, which answers
 * a refusal with 200 and the form again).
 */
function refusalFindings(
  anonymous: Seen,
  without: string,
  hint: string,
  wrongPassword: Seen,
  accepted: boolean,
  refusal: { test: (status: number) => boolean; expected: string },
): Finding[] {
  const findings: Finding[] = [];
  if (ok(anonymous)) {
    findings.push({
      rule: 'unprotected-endpoint',
      severity: 'critical',
      message: `${anonymous.url}: answers ${anonymous.status} without ${without}: the endpoint is not protected`,
      hint,
    });
  } else if (!refusal.test(anonymous.status)) {
    findings.push({
      rule: 'unexpected-status',
      severity: 'high',
      message: `${anonymous.url}: answers ${anonymous.status} without ${without}, expected ${refusal.expected}`,
    });
  }
  if (accepted) {
    findings.push({
      rule: 'wrong-password-accepted',
      severity: 'critical',
      message: `${wrongPassword.url}: a wrong password is answered ${wrongPassword.status}: the login does not check passwords`,
    });
  } else if (!ok(wrongPassword) && !REFUSALS.includes(wrongPassword.status)) {
    findings.push({
      rule: 'unexpected-status',
      severity: 'high',
      message: `${wrongPassword.url}: a wrong password is answered ${wrongPassword.status}, expected 400, 401 or 403`,
    });
  }
  return findings;
}

/** Every way the token flow falls short. */
export function judgeAuth(evidence: AuthEvidence): Finding[] {
  const { anonymous, wrongPassword } = evidence;
  return [
    ...refusalFindings(
      anonymous,
      'a token',
      'Require authentication (permission_classes = [IsAuthenticated]).',
      wrongPassword,
      ok(wrongPassword),
      { test: (status) => status === 401 || status === 403, expected: '401 or 403' },
    ),
    ...loginFindings(evidence),
  ];
}

/** What the login and the tokens it returns say; a login without a token ends the judging. */
function loginFindings(evidence: AuthEvidence): Finding[] {
  const { login, access, withToken, now } = evidence;
  if (!ok(login)) {
    return [
      {
        rule: 'login-failed',
        severity: 'high',
        message: `${login.url}: the login answers ${login.status} ("${excerpt(login.body)}")`,
        hint: 'Check the credentials the variables hold, and that the user exists and is active.',
      },
    ];
  }
  if (access === undefined) {
    return [
      {
        rule: 'login-no-token',
        severity: 'high',
        message: `${login.url}: the login answers ${login.status} without a token at "${evidence.tokenField}"`,
      },
    ];
  }
  const findings = tokenFindings(access, 'access token', login.url, now);
  if (withToken && !ok(withToken)) {
    findings.push({
      rule: 'token-refused',
      severity: 'high',
      message: `${withToken.url}: answers ${withToken.status} with the token the login returned ("${excerpt(withToken.body)}")`,
    });
  }
  if (evidence.refreshWanted && !evidence.refreshToken) {
    findings.push({
      rule: 'login-no-refresh-token',
      severity: 'high',
      message: `${login.url}: the login answers without a refresh token at "${evidence.refreshField}"`,
    });
  }
  return [...findings, ...refreshFindings(evidence), ...tokenLogoutFindings(evidence)];
}

/** What the refresh endpoint's answer to the refresh token says, when it was asked. */
function refreshFindings({ refreshed, tokenField, now }: AuthEvidence): Finding[] {
  if (!refreshed) return [];
  const { seen } = refreshed;
  if (!ok(seen)) {
    return [
      {
        rule: 'refresh-failed',
        severity: 'high',
        message: `${seen.url}: the refresh token is answered ${seen.status} ("${excerpt(seen.body)}")`,
      },
    ];
  }
  if (refreshed.access === undefined) {
    return [
      {
        rule: 'refresh-no-token',
        severity: 'high',
        message: `${seen.url}: the refresh answers ${seen.status} without a new token at "${tokenField}"`,
      },
    ];
  }
  return tokenFindings(refreshed.access, 'refreshed access token', seen.url, now);
}

/** Whether logout worked and blacklisted the refresh token, when it was asked. */
function tokenLogoutFindings({ logout, afterLogout }: AuthEvidence): Finding[] {
  if (logout && !ok(logout)) {
    return [
      {
        rule: 'logout-failed',
        severity: 'high',
        message: `${logout.url}: logout answers ${logout.status} ("${excerpt(logout.body)}")`,
      },
    ];
  }
  if (afterLogout && ok(afterLogout)) {
    return [
      {
        rule: 'logout-not-effective',
        severity: 'high',
        message: `${afterLogout.url}: the refresh token still works after logout (${afterLogout.status}): it was not blacklisted`,
        hint: 'Add rest_framework_simplejwt.token_blacklist to INSTALLED_APPS and migrate.',
      },
    ];
  }
  return [];
}

export interface SessionEvidence {
  /** The protected page, asked without a session. */
  anonymous: Seen;
  /** The login form posted with a wrong password; `session`: a session cookie came back. */
  wrongPassword: Seen & { session: boolean };
  login: Seen & { session: boolean };
  /** The login form carried a CSRF token (hidden field or cookie). */
  csrf: boolean;
  /** The protected page with the session cookie the login set. */
  withSession?: Seen;
  logout?: Seen;
  /** The protected page with the same session cookie after logout. */
  afterLogout?: Seen;
  sessionCookie: string;
}

/** A refusal as a form login gives one: 401, 403, or a redirect to the login page. */
const SESSION_REFUSAL = {
  test: (status: number) => status === 401 || status === 403 || (status >= 300 && status < 400),
  expected: '401, 403 or a redirect to the login',
};

/**
 * Every way a session login falls short, as Django's LoginView serves one: the page refuses
 * a visitor (401, 403 or a redirect to the login), a wrong password gets no session, the
 * right one does, the page answers with it, and logout ends it. Pure.
 */
export function judgeSession(evidence: SessionEvidence): Finding[] {
  const { anonymous, wrongPassword, login, withSession, logout, afterLogout } = evidence;
  const cookie = evidence.sessionCookie;
  const findings = refusalFindings(
    anonymous,
    'a session',
    'Require a login (@login_required, LoginRequiredMixin, or IsAuthenticated).',
    wrongPassword,
    wrongPassword.session,
    SESSION_REFUSAL,
  );
  if (!login.session) {
    const csrf = login.status === 403 && /csrf/i.test(login.body);
    findings.push({
      rule: 'login-failed',
      severity: 'high',
      message: `${login.url}: the login answers ${login.status} without a ${cookie} cookie${csrf ? ': the CSRF check refused it' : ''}`,
      hint: csrf
        ? `Check CSRF_TRUSTED_ORIGINS for this origin${evidence.csrf ? '' : '; the login page carried no CSRF token'}.`
        : 'Check the credentials the variables hold, that the user exists and is active, and session-cookie.',
    });
    return findings;
  }
  if (withSession && !ok(withSession)) {
    findings.push({
      rule: 'session-refused',
      severity: 'high',
      message: `${withSession.url}: answers ${withSession.status} with the session the login set`,
    });
  }
  if (logout && logout.status >= 400) {
    findings.push({
      rule: 'logout-failed',
      severity: 'high',
      message: `${logout.url}: logout answers ${logout.status} ("${excerpt(logout.body)}")`,
    });
  } else if (afterLogout && ok(afterLogout)) {
    findings.push({
      rule: 'logout-not-effective',
      severity: 'high',
      message: `${afterLogout.url}: the session still works after logout (${afterLogout.status}): logout did not end it`,
      hint: 'Log out with django.contrib.auth.logout (LogoutView), which flushes the session.',
    });
  }
  return findings;
}
