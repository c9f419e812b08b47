import { describe, expect, it } from 'vitest';
import { corsTest, PROBE_ORIGIN } from '../../../src/analyzers/security-headers/cors.ts';
import { baseline } from './fixtures.ts';

describe('corsTest', () => {
  it('CORS: reflecting a foreign origin with credentials costs 50', () => {
    const r = baseline();
    r.headers['access-control-allow-origin'] = PROBE_ORIGIN;
    r.headers['access-control-allow-credentials'] = 'true';
    expect(corsTest(r)).toMatchObject({ modifier: -50, findings: [{ severity: 'high' }] });
    r.headers['access-control-allow-origin'] = '*';
    expect(corsTest(r).modifier).toBe(0);
  });
});
