import { ATTEMPTS, failedRequest, outcomeOf, type Probe } from './probe.ts';
import { analyseCookies } from '../analyzers/security-headers/cookies.ts';
import { plural } from '../util/text.ts';
import { headerValues } from '../http/client.ts';

/**
 * Cookie flags on the path's own response (redirects are not followed: a login page sets its
 * cookies on the 302). Session cookie problems fail; others warn.
 */
export const cookiesProbe: Probe<'cookies'> = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: 'manual',
    attempts: ATTEMPTS,
    signal: context.signal,
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const count = headerValues(sent.response, 'set-cookie').length;
  const { findings } = analyseCookies(
    sent.response,
    probe.names ? { sessionNames: probe.names } : {},
  );
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ?? `${plural(count, 'cookie')} set, flags in order`,
  );
};
