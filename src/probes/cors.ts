import type { ProbeOf } from '../config/post-schema.ts';
import { header, type HttpClient, type HttpResponse } from '../http/client.ts';
import type { Finding } from '../core/model.ts';
import { failedRequest, outcomeOf, type Probe } from './probe.ts';
import { PROBE_ORIGIN } from '../analyzers/security-headers/cors.ts';

/** Methods a preflight never has to list (Fetch standard: CORS-safelisted methods). */
const SAFELISTED = new Set(['GET', 'HEAD', 'POST']);

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

const preflight = (
  client: HttpClient,
  url: URL,
  origin: string,
  method: string,
  headers: readonly string[],
  signal: AbortSignal,
) =>
  client.send(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      ...(headers.length ? { 'access-control-request-headers': headers.join(', ') } : {}),
    },
    signal,
  });

/** What the front end needs of CORS: its origin, and the methods, headers and credentials it uses. */
type CorsNeeds = Pick<ProbeOf<'cors'>, 'headers' | 'credentials'> & { origin: string };

const misconfigured = (message: string, hint: string): Finding => ({
  rule: 'cors-misconfigured',
  severity: 'high',
  message,
  hint,
});

/** What the answer to a preflight of `method` from the front end's origin falls short of. */
export function preflightFindings(
  method: string,
  answer: Pick<HttpResponse, 'status' | 'headers'>,
  { origin, headers, credentials }: CorsNeeds,
): Finding[] {
  const corsHint = `Allow ${origin} (django-cors-headers: CORS_ALLOWED_ORIGINS, CORS_ALLOW_METHODS, CORS_ALLOW_HEADERS).`;
  if (answer.status < 200 || answer.status >= 300)
    return [
      misconfigured(`preflight ${method} from ${origin} answered ${answer.status}`, corsHint),
    ];
  const allowOrigin = header(answer, 'access-control-allow-origin')?.trim();
  const allowsCredentials =
    header(answer, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
  const methods = list(header(answer, 'access-control-allow-methods'));
  const allowed = list(header(answer, 'access-control-allow-headers'));
  const wildcard = (values: string[]) => !credentials && values.includes('*');
  const missing = headers.filter((h) => !allowed.includes(h.toLowerCase()) && !wildcard(allowed));
  const problems: [boolean, string, string][] = [
    [
      allowOrigin !== origin && !(allowOrigin === '*' && !credentials),
      `preflight ${method} from ${origin}: Access-Control-Allow-Origin is ${allowOrigin ?? 'missing'}`,
      corsHint,
    ],
    [
      !SAFELISTED.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods),
      `preflight: ${method} is not in Access-Control-Allow-Methods (${methods.join(', ') || 'missing'})`,
      corsHint,
    ],
    [
      missing.length > 0,
      `preflight: ${missing.join(', ')} not in Access-Control-Allow-Headers (${allowed.join(', ') || 'missing'})`,
      corsHint,
    ],
    [
      credentials && !allowsCredentials,
      'preflight: Access-Control-Allow-Credentials is not true, so the browser will not send cookies',
      'Set CORS_ALLOW_CREDENTIALS = True.',
    ],
    [
      allowOrigin === '*' && allowsCredentials,
      'Access-Control-Allow-Origin * with Allow-Credentials: true',
      'Name the allowed origins instead of *.',
    ],
  ];
  return problems
    .filter(([applies]) => applies)
    .map(([, message, hint]) => misconfigured(message, hint));
}

/** A preflight from a foreign origin that the answer allows by echoing it. */
export function foreignOriginFindings(answer: Pick<HttpResponse, 'headers'>): Finding[] {
  if (header(answer, 'access-control-allow-origin')?.trim() !== PROBE_ORIGIN) return [];
  return [
    misconfigured(
      `a foreign origin (${PROBE_ORIGIN}) is reflected in Access-Control-Allow-Origin`,
      'Allow a fixed list of origins, never echo the request Origin.',
    ),
  ];
}

/**
 * CORS for the front end: a preflight from `origin` is allowed with the methods and headers
 * it needs (and credentials when asked); a foreign origin is not reflected; never `*` with
 * credentials.
 */
export const corsProbe: Probe<'cors'> = async ({ probe, url, client, context }) => {
  const origin = new URL(probe.origin).origin;
  const needs = { origin, headers: probe.headers, credentials: probe.credentials };
  const findings: Finding[] = [];
  for (const method of probe.methods) {
    const sent = await preflight(client, url, origin, method, probe.headers, context.signal);
    if (!sent.ok) return failedRequest(url, sent.error);
    findings.push(...preflightFindings(method, sent.response, needs));
  }
  const method = probe.methods[0] ?? 'GET';
  const foreign = await preflight(client, url, PROBE_ORIGIN, method, probe.headers, context.signal);
  if (!foreign.ok) return failedRequest(url, foreign.error);
  findings.push(...foreignOriginFindings(foreign.response));
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ??
      `${origin} allowed for ${probe.methods.join(', ')}; foreign origins refused`,
  );
};
