import { describe, expect, it } from 'vitest';
import { PROBE_ORIGIN } from '../../src/analyzers/security-headers/cors.ts';
import { foreignOriginFindings, preflightFindings } from '../../src/probes/cors.ts';

const origin = 'https://shop.example.com';
const needs = { origin, headers: ['X-CSRFToken'], credentials: true };
const answer = (headers: Record<string, string>, status = 200) => ({ status, headers });
const allowing = {
  'access-control-allow-origin': origin,
  'access-control-allow-methods': 'GET, POST, PUT, DELETE',
  'access-control-allow-headers': 'content-type, x-csrftoken',
  'access-control-allow-credentials': 'true',
};
const messages = (method: string, headers: Record<string, string>, change = {}) =>
  preflightFindings(method, answer(headers), { ...needs, ...change }).map((f) => f.message);

describe('preflightFindings', () => {
  it('passes a preflight that allows the origin, method, headers and credentials', () => {
    expect(messages('PUT', allowing)).toEqual([]);
  });

  it('judges nothing more of a preflight that is refused', () => {
    expect(preflightFindings('PUT', answer(allowing, 403), needs)).toEqual([
      {
        rule: 'cors-misconfigured',
        severity: 'high',
        message: `preflight PUT from ${origin} answered 403`,
        hint: `Allow ${origin} (django-cors-headers: CORS_ALLOWED_ORIGINS, CORS_ALLOW_METHODS, CORS_ALLOW_HEADERS).`,
      },
    ]);
  });

  it('names the origin, method, headers and credentials a preflight does not allow', () => {
    expect(
      messages('PATCH', { 'access-control-allow-origin': 'https://other.example.com' }),
    ).toEqual([
      'preflight PATCH from https://shop.example.com: Access-Control-Allow-Origin is https://other.example.com',
      'preflight: PATCH is not in Access-Control-Allow-Methods (missing)',
      'preflight: X-CSRFToken not in Access-Control-Allow-Headers (missing)',
      'preflight: Access-Control-Allow-Credentials is not true, so the browser will not send cookies',
    ]);
  });

  it('takes * for any origin, method and header without credentials, never with them', () => {
    const wildcard = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': '*',
      'access-control-allow-headers': '*',
    };
    expect(messages('PATCH', wildcard, { credentials: false })).toEqual([]);
    expect(messages('GET', { ...wildcard, 'access-control-allow-credentials': 'true' })).toEqual([
      'preflight GET from https://shop.example.com: Access-Control-Allow-Origin is *',
      'preflight: X-CSRFToken not in Access-Control-Allow-Headers (*)',
      'Access-Control-Allow-Origin * with Allow-Credentials: true',
    ]);
  });
});

describe('foreignOriginFindings', () => {
  it('finds a foreign origin echoed back, and nothing when it is refused', () => {
    expect(
      foreignOriginFindings(answer({ 'access-control-allow-origin': PROBE_ORIGIN })).map(
        (f) => f.rule,
      ),
    ).toEqual(['cors-misconfigured']);
    expect(foreignOriginFindings(answer({ 'access-control-allow-origin': origin }))).toEqual([]);
  });
});
