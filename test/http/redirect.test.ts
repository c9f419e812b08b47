import { describe, expect, it } from 'vitest';
import { RedirectChain } from '../../src/http/redirect.ts';

describe('RedirectChain', () => {
  it('resolves a relative Location against the URL that sent it and records the hop', () => {
    const chain = new RedirectChain(new URL('https://a.example/start'));
    const next = chain.follow(new URL('https://a.example/start'), 302, '/login?next=1');
    expect(next).toEqual(new URL('https://a.example/login?next=1'));
    expect(chain.hops).toEqual([
      { url: 'https://a.example/start', status: 302, location: 'https://a.example/login?next=1' },
    ]);
  });

  it('refuses a Location that is not a URL without recording a hop', () => {
    const chain = new RedirectChain(new URL('https://a.example/'));
    const refused = chain.follow(new URL('https://a.example/'), 301, 'http://[bad');
    expect(refused).toMatchObject({ code: 'SHIPGATE_BAD_REDIRECT' });
    expect(chain.hops).toEqual([]);
  });

  it('refuses a redirect from HTTPS to HTTP, naming the chain', () => {
    const chain = new RedirectChain(new URL('https://a.example/'));
    const refused = chain.follow(new URL('https://a.example/'), 302, 'http://a.example/');
    expect(refused).toMatchObject({
      code: 'SHIPGATE_INSECURE_REDIRECT',
      message: 'redirect leaves HTTPS for plain HTTP: https://a.example/ → 302 http://a.example/',
    });
  });

  it('refuses a redirect back to a URL already visited', () => {
    const start = new URL('https://a.example/');
    const chain = new RedirectChain(start);
    const login = chain.follow(start, 302, '/login');
    expect(login).toBeInstanceOf(URL);
    expect(chain.follow(login as URL, 302, '/')).toMatchObject({ code: 'SHIPGATE_REDIRECT_LOOP' });
  });

  it('refuses the tenth hop', () => {
    let url = new URL('https://a.example/0');
    const chain = new RedirectChain(url);
    for (let hop = 1; hop < 10; hop++) {
      const next = chain.follow(url, 302, `/${hop}`);
      expect(next).toBeInstanceOf(URL);
      url = next as URL;
    }
    expect(chain.follow(url, 302, '/10')).toMatchObject({ code: 'SHIPGATE_TOO_MANY_REDIRECTS' });
  });

  it('keeps credentials out of the hops it records', () => {
    const start = new URL('https://user:secret@a.example/');
    const chain = new RedirectChain(start);
    chain.follow(start, 302, 'https://user:secret@a.example/next');
    expect(JSON.stringify(chain.hops)).not.toContain('secret');
  });
});
