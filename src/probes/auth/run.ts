import { DEFAULT_LOGIN } from '../../config/post-schema.ts';
import type { CheckContext } from '../../engine/check.ts';
import type { HttpClient, HttpOutcome } from '../../http/client.ts';
import { plural } from '../../util/text.ts';
import { failedRequest, outcomeOf, type Probe } from '../probe.ts';
import type { LoginFlowInput } from './flow.ts';
import { credentialsMissing } from './judge.ts';
import { sessionFlow } from './session.ts';
import { tokenFlow } from './token.ts';

/** A request that could not be sent ends the probe: nothing after it can be judged. */
class Unanswered extends Error {
  readonly outcome: ReturnType<typeof failedRequest>;
  constructor(outcome: ReturnType<typeof failedRequest>) {
    super(outcome.summary);
    this.outcome = outcome;
  }
}

/** The flows' sender: each request sent once and never redirected, and counted; one unanswered throws `Unanswered`. */
function onceSender(client: HttpClient, context: CheckContext) {
  let requests = 0;
  const send: LoginFlowInput['send'] = async (at, init) => {
    const sent: HttpOutcome = await client.send(at, {
      ...init,
      redirect: 'manual',
      signal: context.signal,
    });
    requests++;
    if (!sent.ok) throw new Unanswered(failedRequest(at, sent.error));
    return sent.response;
  };
  return { send, requests: () => requests };
}

/**
 * The login flow against the API, with the credentials the named variables hold (masked
 * before the first request): `tokenFlow` or `sessionFlow` asks, their judge decides. POSTs
 * are sent once, never redirected.
 */
export const authProbe: Probe<'auth'> = async ({ probe, target, url, client, context }) => {
  const username = context.env[probe['username-env']];
  const password = context.env[probe['password-env']];
  if (!username || !password) return credentialsMissing(probe, context.env);
  context.maskSecret(password);
  const sender = onceSender(client, context);
  const flow = probe.flow === 'session' ? sessionFlow : tokenFlow;
  try {
    const findings = await flow({
      probe,
      url,
      loginUrl: target.url(probe.login ?? DEFAULT_LOGIN[probe.flow]),
      resolve: (path) => target.url(path),
      username,
      password,
      send: sender.send,
      context,
    });
    const requests = sender.requests();
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
