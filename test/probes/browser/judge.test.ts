import { describe, expect, it } from 'vitest';
import { judgeBrowser, type BrowserEvidence } from '../../../src/probes/browser/judge.ts';

const site = 'https://shop.example.com';
const api = 'https://api.example.com';
const clean: BrowserEvidence = {
  pageUrl: `${site}/cart`,
  console: [],
  exceptions: [],
  failedRequests: [],
  cspViolations: [],
  badResponses: [],
  timings: { ttfb: 80, domContentLoaded: 400, load: 900 },
};
const judged = (change: Partial<BrowserEvidence>, thresholds = {}) =>
  judgeBrowser({ ...clean, ...change }, thresholds).map((f) => [f.rule, f.message]);

describe('judgeBrowser', () => {
  it('passes a page the browser reported nothing about', () => {
    expect(judged({})).toEqual([]);
  });

  it("reports a request CORS blocked once, not again as Chrome's failed request or resource line", () => {
    const cart = `${api}/api/cart/`;
    expect(
      judged({
        console: [
          {
            text: `Access to fetch at '${cart}' from origin '${site}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present.`,
          },
          { text: 'Failed to load resource: net::ERR_FAILED', url: cart },
        ],
        failedRequests: [{ url: cart, error: 'net::ERR_FAILED' }],
      }),
    ).toEqual([
      [
        'cors-blocked',
        `${site}/cart: the request to ${cart} was blocked by CORS: No 'Access-Control-Allow-Origin' header is present.`,
      ],
    ]);
  });

  it('reports a CSP violation where it happened, and not the request it blocked', () => {
    const pixel = `${api}/pixel.png`;
    expect(
      judged({
        cspViolations: [
          { directive: 'img-src', blocked: pixel, source: `${site}/cart`, line: 3 },
          { directive: 'script-src', blocked: '' },
        ],
        console: [
          {
            text: `Refused to load the image '${pixel}' because it violates the following Content Security Policy directive: "img-src 'self'".`,
          },
        ],
        failedRequests: [{ url: pixel, error: 'net::ERR_BLOCKED_BY_CSP' }],
      }),
    ).toEqual([
      [
        'csp-violation',
        `${site}/cart: Content-Security-Policy img-src blocked ${pixel} (${site}/cart:3)`,
      ],
      ['csp-violation', `${site}/cart: Content-Security-Policy script-src blocked inline`],
    ]);
  });

  it("calls the page's own 4xx assets errors, leaves other origins' to the console, and ignores a missing favicon", () => {
    expect(
      judged({
        badResponses: [
          { url: `${site}/static/site.css`, status: 404, type: 'stylesheet' },
          { url: `${api}/api/cart/`, status: 500, type: 'fetch' },
        ],
        console: [
          { text: 'Failed to load resource: 404', url: `${site}/static/site.css` },
          { text: 'Failed to load resource: 404', url: `${site}/favicon.ico` },
          { text: 'cart failed to render', url: `${site}/static/app.js` },
        ],
      }),
    ).toEqual([
      ['asset-error', `${site}/static/site.css: stylesheet answered 404`],
      [
        'console-error',
        `${site}/cart: console error: cart failed to render (${site}/static/app.js)`,
      ],
    ]);
  });

  it('reports a failed request nothing else explains, an uncaught exception and a failed step', () => {
    expect(
      judged({
        failedRequests: [{ url: `${api}/api/stock/`, error: 'net::ERR_CONNECTION_REFUSED' }],
        exceptions: ['TypeError: cart is undefined'],
        failedStep: { step: 'click #checkout', error: 'Timeout 2000ms exceeded.' },
      }),
    ).toEqual([
      ['request-failed', `${api}/api/stock/: the request failed (net::ERR_CONNECTION_REFUSED)`],
      ['uncaught-exception', `${site}/cart: uncaught exception: TypeError: cart is undefined`],
      ['step-failed', `${site}/cart: click #checkout failed: Timeout 2000ms exceeded.`],
    ]);
  });

  it('finds each timing above its threshold, and judges no timing the browser did not report', () => {
    expect(judged({}, { ttfb: 100, load: 500, lcp: 1 })).toEqual([
      ['slow-page', `${site}/cart: load after 900ms, above 500ms`],
    ]);
  });

  it('reports an event Chrome repeats for one cause once', () => {
    const twice = { directive: 'img-src', blocked: `${api}/pixel.png` };
    expect(judged({ cspViolations: [twice, twice] })).toHaveLength(1);
  });
});
