import type { HttpResponse } from '../../http/client.ts';
import type { Finding } from '../../core/model.ts';
import { ATTEMPTS, seenOf } from '../probe.ts';
import { cookieHeader, cookiesSet } from './cookies.ts';
import { credentialsWith, wrongPassword, type LoginFlowInput } from './flow.ts';
import { judgeSession, type SessionEvidence } from './judge.ts';

/** Django's login form carries the CSRF token in this hidden field. */
const CSRF_FIELD = 'csrfmiddlewaretoken';
const CSRF_INPUT = new RegExp(
  String.raw`<input[^>]*name=["']${CSRF_FIELD}["'][^>]*value=["']([^"']+)["']|<input[^>]*value=["']([^"']+)["'][^>]*name=["']${CSRF_FIELD}["']`,
  'i',
);

/**
 * A browser's side of a form login: a cookie jar that keeps what the answers set (each value
 * masked as soon as it is seen), GETs with given cookies, form POSTs with the jar and a CSRF
 * token, and the CSRF token a form (or the jar) carries.
 */
function formBrowser({ probe, loginUrl, send, context }: LoginFlowInput) {
  const jar = new Map<string, string | undefined>();
  return {
    jar,
    keep: (response: HttpResponse) => {
      for (const [name, value] of cookiesSet(response, context.now())) {
        if (value) context.maskSecret(value);
        jar.set(name, value);
      }
      return response;
    },
    get: async (at: URL, cookies: ReadonlyMap<string, string | undefined>) =>
      send(at, {
        attempts: ATTEMPTS,
        headers: { accept: 'text/html', ...cookieOf(cookies) },
      }),
    /** A form POST as the browser sends it: the CSRF token in the form and its header, Origin and Referer set. */
    submit: async (at: URL, fields: Record<string, string>, token: string | undefined) =>
      send(at, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
          origin: loginUrl.origin,
          referer: loginUrl.href,
          ...(token ? { 'x-csrftoken': token } : {}),
          ...cookieOf(jar),
        },
        body: new URLSearchParams({
          ...fields,
          ...(token ? { [CSRF_FIELD]: token } : {}),
        }).toString(),
      }),
    csrfToken: (form: HttpResponse) => {
      const match = CSRF_INPUT.exec(form.body);
      const token = match?.[1] ?? match?.[2] ?? jar.get(probe['csrf-cookie']);
      if (token) context.maskSecret(token);
      return token;
    },
  };
}

/**
 * A session login as Django serves it: the protected page without a session, the login form
 * (its CSRF cookie and token), a wrong password, the right one (a session cookie back), the
 * page with that cookie, and, when configured, logout and the same cookie again. Every cookie
 * value and CSRF token is masked as soon as it is seen; `judgeSession` decides.
 */
export async function sessionFlow(input: LoginFlowInput): Promise<Finding[]> {
  const { probe, url, loginUrl, resolve, password, context } = input;
  const sessionCookie = probe['session-cookie'];
  const browser = formBrowser(input);
  const { keep, get, submit, csrfToken } = browser;
  const sessionOf = (response: HttpResponse) =>
    cookiesSet(response, context.now()).get(sessionCookie);

  const anonymous = await get(url, new Map());
  const form = keep(await get(loginUrl, new Map()));
  const refused = keep(
    await submit(loginUrl, credentialsWith(input, wrongPassword(password)), csrfToken(form)),
  );
  const refusedSession = sessionOf(refused);
  // A refused login re-renders the form with a fresh token; the right password uses that one.
  const login = keep(await submit(loginUrl, credentialsWith(input, password), csrfToken(refused)));
  const session = sessionOf(login);
  const evidence: SessionEvidence = {
    anonymous: seenOf(anonymous),
    wrongPassword: { ...seenOf(refused), session: refusedSession !== undefined },
    login: { ...seenOf(login), session: session !== undefined },
    csrf: csrfToken(form) !== undefined,
    sessionCookie,
  };
  if (session !== undefined) {
    const withSession = new Map([[sessionCookie, session]]);
    evidence.withSession = seenOf(await get(url, withSession));
    if (probe.logout) {
      const page = keep(await get(url, browser.jar));
      evidence.logout = seenOf(keep(await submit(resolve(probe.logout), {}, csrfToken(page))));
      evidence.afterLogout = seenOf(await get(url, withSession));
    }
  }
  return judgeSession(evidence);
}

function cookieOf(cookies: ReadonlyMap<string, string | undefined>): Record<string, string> {
  const header = cookieHeader(cookies);
  return header ? { cookie: header } : {};
}
