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

/** A cookie's problem: the Observatory result it earns, and what to tell the reader. */
interface CookieProblem {
  result: CookieResult;
  finding: Pick<Finding, 'message' | 'hint'>;
}

/** The result of a cookie sent without Secure: worse for a session cookie, milder under HSTS. */
function withoutSecureResult(session: boolean, hsts: boolean): CookieResult {
  if (session) {
    return hsts
      ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
      : 'cookies-session-without-secure-flag';
  }
  return hsts ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag';
}

/** Each flag one cookie lacks or gets wrong, in the order they are reported. */
function cookieProblems(
  { name, attributes }: Cookie,
  session: boolean,
  hsts: boolean,
): CookieProblem[] {
  const sameSite = attributes.get('samesite')?.toLowerCase();
  const rows: [applies: boolean, CookieResult, message: string, hint: string][] = [
    [
      !attributes.has('secure'),
      withoutSecureResult(session, hsts),
      `Cookie ${name} is sent without Secure${session ? ' (a session cookie)' : ''}.`,
      `Add Secure${session ? ' (Django: SESSION_COOKIE_SECURE = True)' : CSRF_NAME.test(name) ? ' (Django: CSRF_COOKIE_SECURE = True)' : ''}.`,
    ],
    [
      session && !attributes.has('httponly'),
      'cookies-session-without-httponly-flag',
      `Session cookie ${name} is readable by scripts (no HttpOnly).`,
      'Add HttpOnly (Django: SESSION_COOKIE_HTTPONLY = True, the default).',
    ],
    [
      sameSite !== undefined && !['strict', 'lax', 'none'].includes(sameSite),
      'cookies-samesite-flag-invalid',
      `Cookie ${name} has SameSite=${sameSite}, which browsers ignore.`,
      'Use SameSite=Lax or Strict.',
    ],
    [
      sameSite === undefined && CSRF_NAME.test(name),
      'cookies-anticsrf-without-samesite-flag',
      `CSRF cookie ${name} has no SameSite.`,
      "Add SameSite=Lax or Strict (Django: CSRF_COOKIE_SAMESITE = 'Lax').",
    ],
  ];
  return rows
    .filter(([applies]) => applies)
    .map(([, result, message, hint]) => ({ result, finding: { message, hint } }));
}

/** The result for cookies with these problems: the worst one, or how well every cookie is set. */
function cookiesResult(
  problems: readonly CookieProblem[],
  cookies: readonly Cookie[],
): CookieResult {
  const worst = problems.map((p) => p.result).sort((a, b) => RESULTS[a] - RESULTS[b])[0];
  if (worst) return worst;
  return cookies.every((cookie) => cookie.attributes.has('samesite'))
    ? 'cookies-secure-with-httponly-sessions-and-samesite'
    : 'cookies-secure-with-httponly-sessions';
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
  const problems = cookies.flatMap((cookie) =>
    cookieProblems(cookie, isSession(cookie.name), hsts),
  );
  const findings: Finding[] = problems.map(({ result, finding }) => ({
    rule: result,
    severity: severityFor(RESULTS[result]),
    ...finding,
  }));
  const result = cookiesResult(problems, cookies);
  return { test: 'cookies', result, modifier: RESULTS[result], findings };
}
