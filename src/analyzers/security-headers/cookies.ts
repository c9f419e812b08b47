import { header, headerValues } from '../../http/client.ts';
import type { Finding } from '../../core/model.ts';
import { severityFor, type Assessment, type RecordedResponse } from './assessment.ts';

/** MDN Observatory (algorithm 6) cookie results; the worst problem found is the result. */
const RESULTS = {
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-not-found': 0,
  'cookies-secure-with-httponly-sessions': 0,
  'cookies-without-secure-flag-but-protected-by-hsts': -5,
  'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
  'cookies-without-secure-flag': -20,
  'cookies-samesite-flag-invalid': -20,
  'cookies-anticsrf-without-samesite-flag': -20,
  'cookies-session-without-httponly-flag': -30,
  'cookies-session-without-secure-flag': -40,
} as const;
type CookieResult = keyof typeof RESULTS;

/** Names a session cookie usually has (Django sessionid, Express connect.sid, next-auth, PHP, Java…). */
const SESSION_NAME = /sess|^sid$|\.sid$|auth|login|jwt|token/i;
const CSRF_NAME = /csrf|xsrf/i;

/** One Set-Cookie, its attributes lower-cased. */
interface Cookie {
  name: string;
  attributes: Map<string, string>;
}

/** Parses a Set-Cookie value (RFC 6265 §5.2); attributes without a value map to "". */
function parseSetCookie(text: string): Cookie | undefined {
  const [pair, ...attributes] = text.split(';');
  const name = pair?.split('=')[0]?.trim();
  if (!name) return undefined;
  return {
    name,
    attributes: new Map(
      attributes.map((attribute) => {
        const [key = '', ...rest] = attribute.split('=');
        return [key.trim().toLowerCase(), rest.join('=').trim()] as const;
      }),
    ),
  };
}

export interface CookieOptions {
  /** Session cookie names; by default a name heuristic. */
  sessionNames?: readonly string[];
}

/**
 * Cookie flags. Session cookies need Secure and HttpOnly; every cookie needs Secure; CSRF
 * cookies need SameSite but not HttpOnly: Django's CSRF_COOKIE_HTTPONLY docs note it brings
 * no protection and front ends read the token from the cookie (OWASP double-submit pattern).
 */
export function analyseCookies(
  response: RecordedResponse,
  options: CookieOptions = {},
): Assessment {
  const cookies = headerValues(response, 'set-cookie')
    .map(parseSetCookie)
    .filter((cookie): cookie is Cookie => cookie !== undefined);
  if (cookies.length === 0) {
    return { test: 'cookies', result: 'cookies-not-found', modifier: 0, findings: [] };
  }
  const hsts = header(response, 'strict-transport-security') !== undefined;
  const isSession = (name: string) =>
    options.sessionNames
      ? options.sessionNames.includes(name)
      : SESSION_NAME.test(name) && !CSRF_NAME.test(name);

  const problems: { result: CookieResult; finding: Omit<Finding, 'severity' | 'rule'> }[] = [];
  const flag = (result: CookieResult, message: string, hint: string) =>
    problems.push({ result, finding: { message, hint } });
  for (const { name, attributes } of cookies) {
    const session = isSession(name);
    const sameSite = attributes.get('samesite')?.toLowerCase();
    if (!attributes.has('secure')) {
      const result: CookieResult = session
        ? hsts
          ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
          : 'cookies-session-without-secure-flag'
        : hsts
          ? 'cookies-without-secure-flag-but-protected-by-hsts'
          : 'cookies-without-secure-flag';
      flag(
        result,
        `Cookie ${name} is sent without Secure${session ? ' (a session cookie)' : ''}.`,
        `Add Secure${session ? ' (Django: SESSION_COOKIE_SECURE = True)' : CSRF_NAME.test(name) ? ' (Django: CSRF_COOKIE_SECURE = True)' : ''}.`,
      );
    }
    if (session && !attributes.has('httponly')) {
      flag(
        'cookies-session-without-httponly-flag',
        `Session cookie ${name} is readable by scripts (no HttpOnly).`,
        'Add HttpOnly (Django: SESSION_COOKIE_HTTPONLY = True, the default).',
      );
    }
    if (sameSite !== undefined && !['strict', 'lax', 'none'].includes(sameSite)) {
      flag(
        'cookies-samesite-flag-invalid',
        `Cookie ${name} has SameSite=${sameSite}, which browsers ignore.`,
        'Use SameSite=Lax or Strict.',
      );
    }
    if (sameSite === undefined && CSRF_NAME.test(name)) {
      flag(
        'cookies-anticsrf-without-samesite-flag',
        `CSRF cookie ${name} has no SameSite.`,
        "Add SameSite=Lax or Strict (Django: CSRF_COOKIE_SAMESITE = 'Lax').",
      );
    }
  }
  const findings: Finding[] = problems.map(({ result, finding }) => ({
    rule: result,
    severity: severityFor(RESULTS[result]),
    ...finding,
  }));
  const worst = problems.map((p) => p.result).sort((a, b) => RESULTS[a] - RESULTS[b])[0];
  const allSameSite = cookies.every((cookie) => cookie.attributes.has('samesite'));
  const result: CookieResult =
    worst ??
    (allSameSite
      ? 'cookies-secure-with-httponly-sessions-and-samesite'
      : 'cookies-secure-with-httponly-sessions');
  return { test: 'cookies', result, modifier: RESULTS[result], findings };
}
