import { header } from '../http/client.ts';
import type { Finding } from '../core/model.ts';
import { formatDuration } from '../util/duration.ts';
import { cacheControl, statusFinding } from './expectations.ts';
import { ATTEMPTS, failedRequest, outcomeOf, type Probe } from './probe.ts';

/**
 * A page or static asset: status (a 3xx in the expected list means "do not follow", e.g. an
 * admin login redirect), text in the body, media type and cache headers.
 */
export const pageProbe: Probe<'page'> = async ({ probe, url, client, context }) => {
  const { expect } = probe;
  const redirect = expect.status.some((s) => s >= 300 && s < 400) ? 'manual' : 'follow';
  const sent = await client.send(url, { redirect, attempts: ATTEMPTS, signal: context.signal });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  const findings: Finding[] = [];
  const wrongStatus = statusFinding(response, expect.status);
  if (wrongStatus) findings.push(wrongStatus);
  if (expect.text !== undefined && !response.body.includes(expect.text)) {
    findings.push({
      rule: 'unexpected-body',
      severity: 'high',
      message: `the body does not contain ${JSON.stringify(expect.text)}`,
    });
  }
  const type = header(response, 'content-type');
  if (expect['content-type'] !== undefined) {
    const media = type?.split(';')[0]?.trim().toLowerCase();
    if (media !== expect['content-type'].toLowerCase()) {
      findings.push({
        rule: 'unexpected-content-type',
        severity: 'high',
        message: `Content-Type is ${type ?? 'missing'}, expected ${expect['content-type']}`,
      });
    }
  }
  const cache = cacheControl(header(response, 'cache-control'));
  if (expect['max-age'] !== undefined) {
    const maxAge = Number(cache.get('max-age') ?? NaN) * 1000;
    if (!(maxAge >= expect['max-age'])) {
      findings.push({
        rule: 'cache-too-short',
        severity: 'medium',
        message: `Cache-Control max-age is ${Number.isNaN(maxAge) ? 'not set' : formatDuration(maxAge)}, expected at least ${formatDuration(expect['max-age'])}`,
        hint: 'Serve hashed static files with Cache-Control: public, max-age=31536000, immutable.',
      });
    }
  }
  if (expect.immutable && !cache.has('immutable')) {
    findings.push({
      rule: 'cache-not-immutable',
      severity: 'medium',
      message: 'Cache-Control does not say immutable',
      hint: 'Add immutable for content-hashed files.',
    });
  }
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ?? `${response.status} in ${formatDuration(response.timeMs)}`,
    {
      status: response.status,
      latencyMs: Math.round(response.timeMs),
    },
  );
};
