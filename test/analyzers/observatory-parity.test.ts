import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CookieJar } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import { PROBE_ORIGIN } from '../../src/analyzers/security-headers/cors.ts';
import { scoreOf } from '../../src/analyzers/security-headers/grade.ts';
import { analyseHeaders } from '../../src/analyzers/security-headers/index.ts';

/**
 * Shipgate's header grade against the MDN HTTP Observatory's own analyzer and grader, run on
 * the same header sets. The Observatory's code is its source at the commit named in
 * test/fixtures/mdn-http-observatory/README.md (the npm registry's release predates the
 * COOP and COEP scoring, and its install scripts download lists at install time).
 */
type Headers = Record<string, string | string[]>;
interface Output {
  result: string | null;
}
type ObservatoryTest = (requests: unknown) => Output;

const VENDORED = path.resolve(import.meta.dirname, '../fixtures/mdn-http-observatory/src');
const load = async (file: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(path.join(VENDORED, file)).href)) as Record<string, unknown>;

/** The Origin the Observatory sends on its CORS request (its retriever's constant). */
const OBSERVATORY_ORIGIN = 'https://http-observatory.security.mozilla.org';
const URL_SCANNED = 'https://app.example.com/';

/** The Observatory's tests that read one response's headers (redirection and SRI excepted, as in Shipgate). */
const TESTS: [string, string][] = [
  ['analyzer/tests/csp.js', 'contentSecurityPolicyTest'],
  ['analyzer/tests/cookies.js', 'cookiesTest'],
  ['analyzer/tests/cors.js', 'crossOriginResourceSharingTest'],
  ['analyzer/tests/strict-transport-security.js', 'strictTransportSecurityTest'],
  ['analyzer/tests/referrer-policy.js', 'referrerPolicyTest'],
  ['analyzer/tests/x-content-type-options.js', 'xContentTypeOptionsTest'],
  ['analyzer/tests/x-frame-options.js', 'xFrameOptionsTest'],
  ['analyzer/tests/cross-origin-resource-policy.js', 'crossOriginResourcePolicyTest'],
  ['analyzer/tests/cross-origin-opener-policy.js', 'crossOriginOpenerPolicyTest'],
  ['analyzer/tests/cross-origin-embedder-policy.js', 'crossOriginEmbedderPolicyTest'],
];

async function observatory() {
  const tests = await Promise.all(
    TESTS.map(async ([file, name]) => (await load(file))[name] as ObservatoryTest),
  );
  const grader = await load('grader/grader.js');
  const charts = await load('grader/charts.js');
  const getScoreModifier = grader.getScoreModifier as (result: string) => number;
  const getGradeForScore = grader.getGradeForScore as (score: number) => {
    score: number;
    grade: string;
  };
  const extraCreditFrom = charts.MINIMUM_SCORE_FOR_EXTRA_CREDIT as number;

  /** The Observatory's scan (src/scanner/index.js) from the tests on: the same sums and grade. */
  return (headers: Headers) => {
    const cookieJar = new CookieJar();
    for (const cookie of [headers['set-cookie'] ?? []].flat())
      cookieJar.setCookieSync(cookie, URL_SCANNED, { ignoreError: true });
    const response = { status: 200, verified: true, data: '', headers: axiosHeaders(headers) };
    const cors = {
      ...response,
      headers: axiosHeaders(
        Object.fromEntries(
          Object.entries(headers).map(([name, value]) => [
            name,
            value === PROBE_ORIGIN ? OBSERVATORY_ORIGIN : value,
          ]),
        ),
      ),
      request: { headers: { origin: OBSERVATORY_ORIGIN } },
    };
    const requests = {
      site: { hostname: 'app.example.com' },
      responses: { auto: response, https: response, http: null, cors },
      session: { url: new URL(URL_SCANNED), jar: cookieJar },
    };
    let withExtraCredit = 100;
    let uncurved = 100;
    const results: Record<string, string> = {};
    for (const test of tests) {
      const { result } = test(requests);
      if (!result) continue;
      const modifier = getScoreModifier(result);
      results[result] = String(modifier);
      withExtraCredit += modifier;
      if (modifier < 0) uncurved += modifier;
    }
    return {
      ...getGradeForScore(uncurved >= extraCreditFrom ? withExtraCredit : uncurved),
      results,
    };
  };
}

/**
 * Headers shaped as its retriever's axios response has them: enumerable entries (Set-Cookie
 * an array, the rest strings) and AxiosHeaders' case-insensitive `get`.
 */
function axiosHeaders(headers: Headers): Headers {
  const copy = { ...headers };
  Object.defineProperty(copy, 'get', {
    enumerable: false,
    value: (name: string) => copy[name.toLowerCase()],
  });
  return copy;
}

const shipgate = (headers: Headers) =>
  scoreOf(analyseHeaders({ url: URL_SCANNED, status: 200, body: '', headers }));

/** OWASP's recommended set (RELIABILITY.md §2.2), which each case below changes. */
const OWASP: Headers = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy':
    "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'deny',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
};
const without = (...names: string[]): Headers =>
  Object.fromEntries(Object.entries(OWASP).filter(([name]) => !names.includes(name)));
const noCsp = without('content-security-policy');
/** What a bare framework answers with: no security headers at all. */
const BARE: Headers = { 'content-type': 'text/html' };

const CASES: [string, Headers][] = [
  ['OWASP recommended set', OWASP],
  ['no security headers', BARE],
  // X-Frame-Options, without CSP frame-ancestors so that the header itself is judged
  ['XFO DENY', { ...noCsp, 'x-frame-options': 'DENY' }],
  ['XFO SAMEORIGIN', { ...noCsp, 'x-frame-options': 'SAMEORIGIN' }],
  ['XFO ALLOW-FROM', { ...noCsp, 'x-frame-options': 'ALLOW-FROM https://a.example' }],
  ['XFO invalid', { ...noCsp, 'x-frame-options': 'ALLOWALL' }],
  ['XFO missing', without('content-security-policy', 'x-frame-options')],
  ['XFO DENY on a bare site', { ...BARE, 'x-frame-options': 'DENY' }],
  ['XFO SAMEORIGIN on a bare site', { ...BARE, 'x-frame-options': 'SAMEORIGIN' }],
  ['XFO invalid, frame-ancestors set', { ...OWASP, 'x-frame-options': 'ALLOWALL' }],
  // Cross-Origin-Opener-Policy: every value
  ['COOP same-origin', { ...BARE, 'cross-origin-opener-policy': 'same-origin' }],
  [
    'COOP same-origin-allow-popups',
    { ...OWASP, 'cross-origin-opener-policy': 'same-origin-allow-popups' },
  ],
  ['COOP unsafe-none', { ...OWASP, 'cross-origin-opener-policy': 'unsafe-none' }],
  [
    'COOP noopener-allow-popups',
    { ...OWASP, 'cross-origin-opener-policy': 'noopener-allow-popups' },
  ],
  ['COOP invalid', { ...OWASP, 'cross-origin-opener-policy': 'same-site' }],
  ['COOP with report-to', { ...OWASP, 'cross-origin-opener-policy': 'same-origin; report-to="r"' }],
  ['COOP quoted string', { ...OWASP, 'cross-origin-opener-policy': '"same-origin"' }],
  ['COOP missing', without('cross-origin-opener-policy')],
  // COEP and CORP
  ['COEP credentialless', { ...OWASP, 'cross-origin-embedder-policy': 'credentialless' }],
  ['COEP unsafe-none', { ...OWASP, 'cross-origin-embedder-policy': 'unsafe-none' }],
  ['COEP invalid', { ...OWASP, 'cross-origin-embedder-policy': 'require' }],
  ['CORP same-site', { ...OWASP, 'cross-origin-resource-policy': 'same-site' }],
  ['CORP cross-origin', { ...OWASP, 'cross-origin-resource-policy': 'cross-origin' }],
  ['CORP invalid', { ...OWASP, 'cross-origin-resource-policy': 'none' }],
  // Content-Security-Policy
  ['CSP missing', noCsp],
  ["CSP default-src 'none'", { ...OWASP, 'content-security-policy': "default-src 'none'" }],
  [
    'CSP unsafe-inline in script-src',
    {
      ...OWASP,
      'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'",
    },
  ],
  [
    'CSP unsafe-eval',
    { ...OWASP, 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-eval'" },
  ],
  [
    'CSP unsafe-inline in style-src only',
    { ...OWASP, 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'" },
  ],
  ['CSP insecure scheme', { ...OWASP, 'content-security-policy': "default-src 'self' http:" }],
  [
    'CSP insecure passive content',
    { ...OWASP, 'content-security-policy': "default-src 'self'; img-src http://cdn.example" },
  ],
  ['CSP without default-src', { ...OWASP, 'content-security-policy': "script-src 'self'" }],
  ['CSP wildcard default-src', { ...OWASP, 'content-security-policy': 'default-src *' }],
  // Strict-Transport-Security
  ['HSTS missing', without('strict-transport-security')],
  ['HSTS one day', { ...OWASP, 'strict-transport-security': 'max-age=86400' }],
  ['HSTS six months', { ...OWASP, 'strict-transport-security': 'max-age=15552000' }],
  ['HSTS without max-age', { ...OWASP, 'strict-transport-security': 'includeSubDomains' }],
  [
    'HSTS sent twice',
    { ...OWASP, 'strict-transport-security': 'max-age=63072000, max-age=63072000' },
  ],
  // Referrer-Policy
  ['Referrer-Policy missing', without('referrer-policy')],
  [
    'Referrer-Policy strict-origin-when-cross-origin',
    { ...OWASP, 'referrer-policy': 'strict-origin-when-cross-origin' },
  ],
  ['Referrer-Policy unsafe-url', { ...OWASP, 'referrer-policy': 'unsafe-url' }],
  [
    'Referrer-Policy no-referrer-when-downgrade',
    { ...OWASP, 'referrer-policy': 'no-referrer-when-downgrade' },
  ],
  ['Referrer-Policy invalid', { ...OWASP, 'referrer-policy': 'nope' }],
  ['Referrer-Policy fallback list', { ...OWASP, 'referrer-policy': 'no-referrer, unsafe-url' }],
  // X-Content-Type-Options
  ['XCTO missing', without('x-content-type-options')],
  ['XCTO invalid', { ...OWASP, 'x-content-type-options': 'sniff' }],
  // CORS
  ['CORS public', { ...OWASP, 'access-control-allow-origin': '*' }],
  [
    'CORS reflected with credentials',
    {
      ...OWASP,
      'access-control-allow-origin': PROBE_ORIGIN,
      'access-control-allow-credentials': 'true',
    },
  ],
  // Cookies
  [
    'cookie Secure HttpOnly SameSite',
    { ...OWASP, 'set-cookie': ['sessionid=a; Secure; HttpOnly; SameSite=Lax'] },
  ],
  [
    'session cookie without Secure',
    { ...BARE, 'set-cookie': ['sessionid=a; HttpOnly; SameSite=Lax'] },
  ],
  [
    'session cookie without HttpOnly',
    { ...OWASP, 'set-cookie': ['sessionid=a; Secure; SameSite=Lax'] },
  ],
  ['cookie without SameSite', { ...OWASP, 'set-cookie': ['theme=dark; Secure'] }],
  [
    'cookie SameSite invalid',
    { ...OWASP, 'set-cookie': ['theme=dark; Secure; SameSite=Sometimes'] },
  ],
  ['cookie SameSite=None without Secure', { ...BARE, 'set-cookie': ['theme=dark; SameSite=None'] }],
  ['csrf cookie without SameSite', { ...OWASP, 'set-cookie': ['csrftoken=b; Secure'] }],
  // What real deployments send
  [
    'Vercel default',
    { 'strict-transport-security': 'max-age=63072000', 'x-frame-options': 'DENY' },
  ],
  [
    'Django with SecurityMiddleware',
    {
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
    },
  ],
];

describe('header grade parity with the MDN HTTP Observatory', async () => {
  const graded = await observatory();

  it('covers at least 30 header sets', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s: same grade and score', (_name, headers) => {
    const theirs = graded(headers);
    const ours = shipgate(headers);
    expect({ grade: ours.grade, score: ours.score }, JSON.stringify(theirs.results)).toEqual({
      grade: theirs.grade,
      score: theirs.score,
    });
  });
});
