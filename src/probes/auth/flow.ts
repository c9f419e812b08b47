import type { ProbeOf } from '../../config/post-schema.ts';
import type { CheckContext } from '../../engine/check.ts';
import type { HttpRequest, HttpResponse } from '../../http/client.ts';

/** What a login flow gets: the probe's options, where to log in, the credentials, a sender. */
export interface LoginFlowInput {
  probe: ProbeOf<'auth'>;
  /** The protected endpoint or page. */
  url: URL;
  loginUrl: URL;
  /** A path of the target as a URL (refresh, logout). */
  resolve: (path: string) => URL;
  username: string;
  password: string;
  /** One request, sent once and never redirected; a request that goes unanswered ends the probe. */
  send: (at: URL, init: Omit<HttpRequest, 'redirect' | 'signal'>) => Promise<HttpResponse>;
  context: CheckContext;
}

/** The login's fields: the username, and `secret` as its password. */
export function credentialsWith(
  { probe, username }: Pick<LoginFlowInput, 'probe' | 'username'>,
  secret: string,
): Record<string, string> {
  return { [probe['username-field']]: username, [probe['password-field']]: secret };
}

/** A password the login must refuse: the right one with a suffix. */
export const wrongPassword = (password: string) => `${password}-not-the-password`;
