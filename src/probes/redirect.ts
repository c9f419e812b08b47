import { header } from '../http/client.ts';
import { redactUrl } from '../util/redact.ts';
import type { Finding } from '../core/model.ts';
import { failedRequest, outcomeOf, type Probe } from './probe.ts';

/** Permanent redirects: browsers and caches remember them, and 308 keeps the method. */
const PERMANENT = new Set([301, 308]);

/** The http:// twin of a target URL: same host and path, default port. */
function plainHttpUrl(url: URL): URL {
  const plain = new URL(url);
  plain.protocol = 'http:';
  plain.port = '';
  return plain;
}

/** `http://` answers with one permanent redirect straight to `https://` on the same host. */
export const redirectProbe: Probe<'redirect'> = async ({ probe, url, client, context }) => {
  const from = probe.from ? new URL(probe.from) : plainHttpUrl(url);
  const sent = await client.send(from, {
    redirect: 'manual',
    readBody: false,
    signal: context.signal,
  });
  if (!sent.ok) {
    // Not listening on port 80 at all is safe: nothing is ever served over plain HTTP.
    if (sent.error.code === 'ECONNREFUSED') {
      return {
        status: 'pass',
        summary: `${redactUrl(from)} refuses connections (no plain HTTP served)`,
      };
    }
    return failedRequest(from, sent.error);
  }
  const { response } = sent;
  const location = header(response, 'location');
  const findings: Finding[] = [];
  const to = location === undefined ? undefined : URL.parse(location, from.href);
  if (response.status < 300 || response.status >= 400 || to === undefined || to === null) {
    findings.push({
      rule: 'redirection-missing',
      severity: 'high',
      message: `${redactUrl(from)} answered ${response.status} without redirecting to HTTPS`,
      hint: 'Redirect all HTTP to HTTPS with 301 (Django: SECURE_SSL_REDIRECT = True; behind a proxy also SECURE_PROXY_SSL_HEADER).',
    });
  } else {
    if (to.protocol !== 'https:') {
      findings.push({
        rule: 'redirection-not-to-https',
        severity: 'high',
        message: `first redirect goes to ${redactUrl(to)}, not to https://`,
        hint: 'Redirect straight to the https:// URL.',
      });
    } else if (to.hostname !== from.hostname) {
      findings.push({
        rule: 'redirection-off-host-from-http',
        severity: 'low',
        message: `redirects to another host (${to.hostname}), so HSTS for ${from.hostname} is never set`,
        hint: 'Redirect to https:// on the same host first.',
      });
    }
    if (!PERMANENT.has(response.status)) {
      findings.push({
        rule: 'redirection-not-permanent',
        severity: 'medium',
        message: `redirect is ${response.status}, not permanent (301/308)`,
        hint: 'Use 301 or 308.',
      });
    }
  }
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ?? `${response.status} → ${redactUrl(to ?? '')}`,
  );
};
