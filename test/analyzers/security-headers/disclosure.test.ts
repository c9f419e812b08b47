import { describe, expect, it } from 'vitest';
import { disclosureTest } from '../../../src/analyzers/security-headers/disclosure.ts';
import { baseline } from './fixtures.ts';

describe('disclosureTest', () => {
  it('disclosure: versions in Server and X-Powered-By', () => {
    const r = baseline();
    r.headers.server = 'nginx/1.25.3';
    r.headers['x-powered-by'] = 'Express';
    expect(disclosureTest(r).findings.map((f) => f.message)).toEqual([
      'server: "nginx/1.25.3" discloses the software and its version.',
      'x-powered-by: "Express" discloses the software.',
    ]);
    r.headers.server = 'Vercel';
    r.headers['x-powered-by'] = undefined;
    expect(disclosureTest(r).findings).toEqual([]);
  });
});
