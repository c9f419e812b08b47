import type { Finding } from '../../core/model.ts';
import { valueAt } from '../expectations.ts';
import { ATTEMPTS, seenOf, type Seen } from '../probe.ts';
import { credentialsWith, wrongPassword, type LoginFlowInput } from './flow.ts';
import { judgeAuth, type AuthEvidence } from './judge.ts';

/** The string at `field` of a JSON answer, or undefined. */
function tokenAt(body: string, field: string): string | undefined {
  try {
    const value = valueAt(JSON.parse(body), field);
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What the token flow asks: the protected endpoint with or without a token, JSON POSTs, and the tokens in their answers (masked as soon as they are read). */
function tokenRequests({ probe, url, send, context }: LoginFlowInput) {
  return {
    get: async (token?: string) =>
      seenOf(
        await send(url, {
          attempts: ATTEMPTS,
          headers: token ? { authorization: `${probe.scheme} ${token}` } : {},
        }),
      ),
    post: async (at: URL, body: Record<string, string>) =>
      seenOf(
        await send(at, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    token: (answer: Seen, field: string) => {
      const value = tokenAt(answer.body, field);
      if (value) context.maskSecret(value);
      return value;
    },
  };
}

type TokenRequests = ReturnType<typeof tokenRequests>;

/** The refresh token at work: a new access token from it, then logout and the same refresh token again, as configured. */
async function refreshEvidence(
  { probe, resolve }: LoginFlowInput,
  requests: TokenRequests,
  refresh: string,
): Promise<Pick<AuthEvidence, 'refreshed' | 'logout' | 'afterLogout'>> {
  // The refresh endpoint and logout take the refresh token under its own name.
  const body = { [probe['refresh-field'].split('.').at(-1)!]: refresh };
  const evidence: Pick<AuthEvidence, 'refreshed' | 'logout' | 'afterLogout'> = {};
  if (probe.refresh) {
    const answer = await requests.post(resolve(probe.refresh), body);
    const renewed = requests.token(answer, probe['token-field']);
    evidence.refreshed = { seen: answer, ...(renewed ? { access: renewed } : {}) };
  }
  if (probe.logout) {
    evidence.logout = await requests.post(resolve(probe.logout), body);
    evidence.afterLogout = await requests.post(resolve(probe.refresh ?? probe.logout), body);
  }
  return evidence;
}

/**
 * The token flow, as DRF SimpleJWT serves it: the protected endpoint without a token, a wrong
 * password, the login, the endpoint with the token, then refresh and logout when configured.
 * `judgeAuth` decides.
 */
export async function tokenFlow(input: LoginFlowInput): Promise<Finding[]> {
  const { probe, loginUrl, password, context } = input;
  const requests = tokenRequests(input);
  const anonymous = await requests.get();
  const refused = await requests.post(loginUrl, credentialsWith(input, wrongPassword(password)));
  const login = await requests.post(loginUrl, credentialsWith(input, password));
  const access = requests.token(login, probe['token-field']);
  const refresh = requests.token(login, probe['refresh-field']);
  const evidence: AuthEvidence = {
    anonymous,
    wrongPassword: refused,
    login,
    tokenField: probe['token-field'],
    refreshField: probe['refresh-field'],
    refreshWanted: probe.refresh !== undefined || probe.logout !== undefined,
    refreshToken: refresh !== undefined,
    now: context.now(),
  };
  if (login.status >= 200 && login.status < 300 && access) {
    evidence.access = access;
    evidence.withToken = await requests.get(access);
    if (refresh) Object.assign(evidence, await refreshEvidence(input, requests, refresh));
  }
  return judgeAuth(evidence);
}
