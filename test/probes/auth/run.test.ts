import { afterEach, describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/config/post-schema.ts';
import { planProbes } from '../../../src/probes/plan.ts';
import { testContext } from '../../support/context.ts';
import { startShop } from '../../support/django-shop.ts';
import { closeAll, serve } from '../../support/servers.ts';

afterEach(closeAll);

const USER = { username: 'clerk', password: 'correct horse battery staple' };
const CREDENTIALS = { SHOP_USER: USER.username, SHOP_PASSWORD: USER.password };
const SIMPLE_JWT = {
  type: 'auth',
  path: '/api/me/',
  'username-env': 'SHOP_USER',
  'password-env': 'SHOP_PASSWORD',
  refresh: '/api/token/refresh/',
  logout: '/api/token/blacklist/',
};

/** The auth probe against `url`, planned from config and run as the engine runs it. */
async function auth(url: string, env: Record<string, string>, options: object = SIMPLE_JWT) {
  const post = postSchema.parse({
    wait: { timeout: '5s' },
    targets: [{ name: 'shop', url, probes: [options] }],
  });
  const [check] = planProbes(post);
  const masked: string[] = [];
  const outcome = await check!.run(
    testContext({
      root: '/',
      env,
      maskSecret: (value) => masked.push(value),
      now: () => new Date(),
      signal: AbortSignal.timeout(check!.timeoutMs),
    }),
  );
  return { outcome, masked };
}

describe.concurrent('auth probe (real DRF SimpleJWT on gunicorn)', { timeout: 120_000 }, () => {
  it('passes login, token, protected endpoint, refresh and blacklisting logout', async ({
    onTestFinished,
  }) => {
    const shop = await startShop({ user: USER });
    onTestFinished(shop.close);
    const { outcome, masked } = await auth(shop.url, CREDENTIALS);
    expect(outcome.findings).toEqual([]);
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'login, token and protected endpoint as expected (7 requests)',
    });
    // The password and every token the flow received: access, refresh, the refreshed access.
    expect(masked[0]).toBe(USER.password);
    expect(masked).toHaveLength(4);
    expect(masked.slice(1).every((token) => token.split('.').length === 3)).toBe(true);
  });

  it('finds an endpoint that answers without a token, and a wrong password', async ({
    onTestFinished,
  }) => {
    const shop = await startShop({ user: USER, env: { SHOP_OPEN_API: 'True' } });
    onTestFinished(shop.close);
    const wrong = { ...CREDENTIALS, SHOP_PASSWORD: 'not it' };
    const { outcome } = await auth(shop.url, wrong);
    expect(outcome.findings).toEqual([
      {
        rule: 'unprotected-endpoint',
        severity: 'critical',
        message: `${shop.url}/api/me/: answers 200 without a token: the endpoint is not protected`,
        hint: 'Require authentication (permission_classes = [IsAuthenticated]).',
      },
      {
        rule: 'login-failed',
        severity: 'high',
        message: `${shop.url}/api/token/: the login answers 401 ("{"detail":"No active account found with the given credentials"}")`,
        hint: 'Check the credentials the variables hold, and that the user exists and is active.',
      },
    ]);
    expect(outcome.status).toBe('fail');
    expect(JSON.stringify(outcome)).not.toContain('not it');
  });
});

const SESSION = {
  type: 'auth',
  flow: 'session',
  path: '/admin/',
  login: '/admin/login/',
  logout: '/admin/logout/',
  'username-env': 'SHOP_USER',
  'password-env': 'SHOP_PASSWORD',
};

describe.concurrent(
  'auth probe, session login (real Django admin on gunicorn)',
  { timeout: 120_000 },
  () => {
    it('passes the CSRF-protected form login, the session, and logout', async ({
      onTestFinished,
    }) => {
      const shop = await startShop({ user: USER });
      onTestFinished(shop.close);
      const { outcome, masked } = await auth(shop.url, CREDENTIALS, SESSION);
      expect(outcome.findings).toEqual([]);
      expect(outcome).toMatchObject({
        status: 'pass',
        summary: 'login, session and protected endpoint as expected (8 requests)',
      });
      expect(masked[0]).toBe(USER.password);
      // The CSRF cookie and form tokens, and the session cookie: none may reach a surface.
      expect(masked.length).toBeGreaterThan(2);
      expect(JSON.stringify(outcome)).not.toMatch(/sessionid=|csrftoken=/);
    });

    it('finds an admin open without a login, whose login page hands out no CSRF token', async ({
      onTestFinished,
    }) => {
      const shop = await startShop({ user: USER, env: { SHOP_OPEN_ADMIN: 'True' } });
      onTestFinished(shop.close);
      const { outcome } = await auth(shop.url, CREDENTIALS, SESSION);
      expect(outcome.findings).toEqual([
        {
          rule: 'unprotected-endpoint',
          severity: 'critical',
          message: `${shop.url}/admin/: answers 200 without a session: the endpoint is not protected`,
          hint: 'Require a login (@login_required, LoginRequiredMixin, or IsAuthenticated).',
        },
        {
          // An admin that lets everyone in redirects its login page away: no form, no token.
          rule: 'login-failed',
          severity: 'high',
          message: `${shop.url}/admin/login/: the login answers 403 without a sessionid cookie: the CSRF check refused it`,
          hint: 'Check CSRF_TRUSTED_ORIGINS for this origin; the login page carried no CSRF token.',
        },
      ]);
      expect(outcome.status).toBe('fail');
    });

    it('fails a login whose password the app refuses, and never shows the password', async ({
      onTestFinished,
    }) => {
      const shop = await startShop({ user: USER });
      onTestFinished(shop.close);
      const { outcome } = await auth(
        shop.url,
        { ...CREDENTIALS, SHOP_PASSWORD: 'not it' },
        SESSION,
      );
      expect(outcome.findings).toEqual([
        {
          rule: 'login-failed',
          severity: 'high',
          message: `${shop.url}/admin/login/: the login answers 200 without a sessionid cookie`,
          hint: 'Check the credentials the variables hold, that the user exists and is active, and session-cookie.',
        },
      ]);
      expect(JSON.stringify(outcome)).not.toContain('not it');
    });
  },
);

describe('auth probe: broken logins', () => {
  it('refuses refresh with a session login in the config', () => {
    const result = postSchema.safeParse({
      targets: [
        { name: 'shop', url: 'https://shop.example.com', probes: [{ ...SESSION, refresh: '/r/' }] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['targets', 0, 'probes', 0, 'refresh'],
      message: 'refresh is a jwt setting: a session login has no refresh token',
    });
  });

  it('is an error naming the variables when the credentials are not set', async () => {
    const api = await serve((_req, res) => res.writeHead(401).end());
    const { outcome } = await auth(api.url, { SHOP_USER: 'clerk' });
    expect(outcome).toMatchObject({
      status: 'error',
      summary: 'credentials not set: SHOP_PASSWORD',
      findings: [
        {
          rule: 'credentials-missing',
          message: "password-env names SHOP_PASSWORD, which is not set in this job's environment",
        },
      ],
    });
  });

  it('calls an unsigned token critical, and one that never expires', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: '1' })}.`;
    // A login that hands anyone an alg "none" token, and an endpoint that checks for a token.
    const api = await serve((req, res) => {
      if (req.method === 'POST') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ access: unsigned }));
      }
      res.writeHead(req.headers.authorization ? 200 : 401).end('{}');
    });
    const { outcome } = await auth(api.url, CREDENTIALS, {
      ...SIMPLE_JWT,
      refresh: undefined,
      logout: undefined,
    });
    expect(outcome.findings!.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'wrong-password-accepted',
        'critical',
        `${api.url}/api/token/: a wrong password is answered 200: the login does not check passwords`,
      ],
      [
        'jwt-alg-none',
        'critical',
        `${api.url}/api/token/: the access token is not signed (alg "none", empty signature): anyone can forge one`,
      ],
      [
        'jwt-no-expiry',
        'high',
        `${api.url}/api/token/: the access token has no exp claim: it never expires`,
      ],
    ]);
  });
});
