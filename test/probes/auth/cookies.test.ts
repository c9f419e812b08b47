import { describe, expect, it } from 'vitest';
import { cookieHeader, cookiesSet } from '../../../src/probes/auth/cookies.ts';

const NOW = new Date('2026-12-02T12:00:00Z');
const setting = (...lines: string[]) => ({ headers: { 'set-cookie': lines } });

describe('cookiesSet', () => {
  it('reads each cookie by name, quotes removed, attributes ignored', () => {
    const cookies = cookiesSet(
      setting(
        'csrftoken=abc123; expires=Wed, 01 Dec 2027 12:00:00 GMT; Path=/',
        'sessionid="s1"; HttpOnly',
      ),
      NOW,
    );
    expect([...cookies]).toEqual([
      ['csrftoken', 'abc123'],
      ['sessionid', 's1'],
    ]);
  });

  it('reads a deleted cookie as undefined: empty, expired or Max-Age=0, as Django logs out', () => {
    const cookies = cookiesSet(
      setting(
        'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
        'a=1; Max-Age=0',
        'b=2; Expires=Tue, 01 Dec 2026 00:00:00 GMT',
      ),
      NOW,
    );
    expect([...cookies]).toEqual([
      ['sessionid', undefined],
      ['a', undefined],
      ['b', undefined],
    ]);
  });

  it('reads a single Set-Cookie header and skips lines without a name', () => {
    expect([...cookiesSet({ headers: { 'set-cookie': 'x=1' } }, NOW)]).toEqual([['x', '1']]);
    expect(cookiesSet(setting('=nameless', 'garbage'), NOW).size).toBe(0);
  });
});

describe('cookieHeader', () => {
  it('sends the live cookies and leaves the deleted ones out', () => {
    expect(
      cookieHeader(
        new Map([
          ['a', '1'],
          ['gone', undefined],
          ['b', '2'],
        ]),
      ),
    ).toBe('a=1; b=2');
  });
});
