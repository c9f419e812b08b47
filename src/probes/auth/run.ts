import { DEFAULT_LOGIN } from '../../config/post-schema.ts';
import type { HttpOutcome, HttpRequest } from '../../http/client.ts';
import { plural } from '../../util/text.ts';
import { valueAt } from '../expectations.ts';
import { ATTEMPTS, failedRequest, outcomeOf, seenOf, type Probe, type Seen } from '../probe.ts';
import { judgeAuth, type AuthEvidence } from './judge.ts';
import { sessionFlow } from './session.ts';

/** The string at `field` of a JSON answer, or undefined. */
function tokenAt(body: string, field: string): string | undefined {
  try {
    const value = valueAt(JSON.parse(body), field);
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A request that could not be sent ends the probe: nothing after it can be judged. */
class Unanswered extends Error {
  readonly outcome: ReturnType<typeof failedRequest>;
  constructor(outcome: ReturnType<typeof failedRequest>) {
    super(outcome.summary);
    this.outcome = outcome;
  }
}

/**
 * The login flow against the API, with the credentials the named variables hold (masked
 * before the first request): the protected endpoint without a token, a wrong password, the
 * login, the endpoint with the token, then refresh and logout when configured; `judgeAuth`
 * decides. POSTs are sent once, never redirected.
 */
export const authProbe: Probe<'auth'> = async ({ probe, target, url, client, context }) => {
  const username = context.env[probe['username-env']];
  const password = context.env[probe['password-env']];
  const unset = [
    ...(username ? [] : [['username-env', probe['username-env']]]),
    ...(password ? [] : [['password-env', probe['password-env']]]),
  ];
  if (!username || !password) {
    return {
      status: 'error',
      summary: `credentials not set: ${unset.map(([, name]) => name).join(', ')}`,
      findings: unset.map(([key, name]) => ({
        rule: 'credentials-missing',
        severity: 'high',
        message: `${key} names ${name}, which is not set in this job's environment`,
        hint: `Set ${name} from a secret in the step's env.`,
      })),
    };
  }
  context.maskSecret(password);
  let requests = 0;

  /** One request, sent once and never redirected; its answer, or the end of the probe. */
  const send = async (at: URL, init: Omit<HttpRequest, 'redirect' | 'signal'>) => {
    const sent: HttpOutcome = await client.send(at, {
      ...init,
      redirect: 'manual',
      signal: context.signal,
    });
    requests++;
    if (!sent.ok) throw new Unanswered(failedRequest(at, sent.error));
    return sent.response;
  };
  const loginUrl = target.url(probe.login ?? DEFAULT_LOGIN[probe.flow]);

  /** The token flow, as DRF SimpleJWT serves it. */
  const jwtFlow = async () => {
    const get = async (token?: string) =>
      seenOf(
        await send(url, {
          attempts: ATTEMPTS,
          headers: token ? { authorization: `${probe.scheme} ${token}` } : {},
        }),
      );
    const post = async (at: URL, body: Record<string, string>) =>
      seenOf(
        await send(at, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    const credentials = (secret: string) => ({
      [probe['username-field']]: username,
      [probe['password-field']]: secret,
    });
    /** The refresh endpoint and logout take the refresh token under its own name. */
    const refreshKey = probe['refresh-field'].split('.').at(-1)!;
    const token = (answer: Seen, field: string) => {
      const value = tokenAt(answer.body, field);
      if (value) context.maskSecret(value);
      return value;
    };

    const anonymous = await get();
    const wrongPassword = await post(loginUrl, credentials(`${password}-not-the-password`));
    const login = await post(loginUrl, credentials(password));
    const access = token(login, probe['token-field']);
    const refresh = token(login, probe['refresh-field']);
    const evidence: AuthEvidence = {
      anonymous,
      wrongPassword,
      login,
      tokenField: probe['token-field'],
      refreshField: probe['refresh-field'],
      refreshWanted: probe.refresh !== undefined || probe.logout !== undefined,
      refreshToken: refresh !== undefined,
      now: context.now(),
    };
    if (login.status >= 200 && login.status < 300 && access) {
      evidence.access = access;
      evidence.withToken = await get(access);
      if (refresh && probe.refresh) {
        const answer = await post(target.url(probe.refresh), { [refreshKey]: refresh });
        const renewed = token(answer, probe['token-field']);
        evidence.refreshed = { seen: answer, ...(renewed ? { access: renewed } : {}) };
      }
      if (refresh && probe.logout) {
        evidence.logout = await post(target.url(probe.logout), { [refreshKey]: refresh });
        evidence.afterLogout = await post(target.url(probe.refresh ?? probe.logout), {
          [refreshKey]: refresh,
        });
      }
    }
    return judgeAuth(evidence);
  };

  try {
    const findings =
      probe.flow === 'session'
        ? await sessionFlow({
            probe,
            url,
            loginUrl,
            resolve: (path) => target.url(path),
            username,
            password,
            send,
            context,
          })
        : await jwtFlow();
    return outcomeOf(
      findings,
      probe['fail-on'],
      findings[0]?.message ??
        `login, ${probe.flow === 'session' ? 'session' : 'token'} and protected endpoint as expected (${plural(requests, 'request')})`,
      { requests },
    );
  } catch (error) {
    if (error instanceof Unanswered) return error.outcome;
    throw error;
  }
};
