import { header, type HttpClient } from '../http/client.ts';
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

/**
 * CORS for the front end: a preflight from `origin` is allowed with the methods and headers
 * it needs (and credentials when asked); a foreign origin is not reflected; never `*` with
 * credentials.
 */
export const corsProbe: Probe<'cors'> = async ({ probe, url, client, context }) => {
  const origin = new URL(probe.origin).origin;
  const findings: Finding[] = [];
  const problem = (message: string, hint: string) =>
    findings.push({ rule: 'cors-misconfigured', severity: 'high', message, hint });
  const corsHint = `Allow ${origin} (django-cors-headers: CORS_ALLOWED_ORIGINS, CORS_ALLOW_METHODS, CORS_ALLOW_HEADERS).`;

  for (const method of probe.methods) {
    const sent = await preflight(client, url, origin, method, probe.headers, context.signal);
    if (!sent.ok) return failedRequest(url, sent.error);
    const r = sent.response;
    const allowOrigin = header(r, 'access-control-allow-origin')?.trim();
    const credentials =
      header(r, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
    const methods = list(header(r, 'access-control-allow-methods'));
    const allowed = list(header(r, 'access-control-allow-headers'));
    const wildcard = (values: string[]) => !probe.credentials && values.includes('*');
    if (r.status < 200 || r.status >= 300) {
      problem(`preflight ${method} from ${origin} answered ${r.status}`, corsHint);
      continue;
    }
    if (allowOrigin !== origin && !(allowOrigin === '*' && !probe.credentials)) {
      problem(
        `preflight ${method} from ${origin}: Access-Control-Allow-Origin is ${allowOrigin ?? 'missing'}`,
        corsHint,
      );
    }
    if (!SAFELISTED.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods)) {
      problem(
        `preflight: ${method} is not in Access-Control-Allow-Methods (${methods.join(', ') || 'missing'})`,
        corsHint,
      );
    }
    const missing = probe.headers.filter(
      (h) => !allowed.includes(h.toLowerCase()) && !wildcard(allowed),
    );
    if (missing.length) {
      problem(
        `preflight: ${missing.join(', ')} not in Access-Control-Allow-Headers (${allowed.join(', ') || 'missing'})`,
        corsHint,
      );
    }
    if (probe.credentials && !credentials) {
      problem(
        'preflight: Access-Control-Allow-Credentials is not true, so the browser will not send cookies',
        'Set CORS_ALLOW_CREDENTIALS = True.',
      );
    }
    if (allowOrigin === '*' && credentials) {
      problem(
        'Access-Control-Allow-Origin * with Allow-Credentials: true',
        'Name the allowed origins instead of *.',
      );
    }
  }

  const method = probe.methods[0] ?? 'GET';
  const foreign = await preflight(client, url, PROBE_ORIGIN, method, probe.headers, context.signal);
  if (!foreign.ok) return failedRequest(url, foreign.error);
  if (header(foreign.response, 'access-control-allow-origin')?.trim() === PROBE_ORIGIN) {
    problem(
      `a foreign origin (${PROBE_ORIGIN}) is reflected in Access-Control-Allow-Origin`,
      'Allow a fixed list of origins, never echo the request Origin.',
    );
  }
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ??
      `${origin} allowed for ${probe.methods.join(', ')}; foreign origins refused`,
  );
};
