import { z } from 'zod';
import { databaseEnvField, djangoProjectFields } from './django-fields.ts';
import { duration, failOn, got, percentage, repoPath, severity, strictObject } from './fields.ts';

/**
 * The `post:` section: probes against the deployed URLs. Kept beside schema.ts so that the
 * probe options (many, and only the probes read them) stay in one place.
 */

/** http(s) only: anything else (ftp://, file://) is rejected before a probe runs. */
export const httpUrl = (description: string) =>
  z
    .string({ error: (issue) => `expected an http(s):// URL, got ${got(issue.input)}` })
    .refine(
      (text) => {
        try {
          return ['http:', 'https:'].includes(new URL(text).protocol);
        } catch {
          return false;
        }
      },
      { error: (issue) => `expected an http:// or https:// URL, got ${got(issue.input)}` },
    )
    .meta({ description });

const statusCode = z
  .number()
  .int()
  .min(100, { error: 'expected an HTTP status (100–599)' })
  .max(599, { error: 'expected an HTTP status (100–599)' });

/** `200` or `[200, 302]` in the file; always a list once parsed. */
const statuses = (fallback: number[]) =>
  z
    .union([statusCode, z.array(statusCode).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .default(fallback)
    .meta({
      description: `Accepted status codes: one or a list (default ${fallback.join(', ')}).`,
    });

const regex = (description: string) =>
  z
    .string()
    .refine(
      (source) => {
        try {
          new RegExp(source);
          return true;
        } catch {
          return false;
        }
      },
      { error: (issue) => `expected a regular expression, got ${got(issue.input)}` },
    )
    .meta({ description });

const common = {
  path: z
    .string()
    .startsWith('/', { error: 'expected a path starting with "/"' })
    .default('/')
    .meta({ description: 'Path on the target, with query if needed (default "/").' }),
  blocking: z
    .boolean()
    .default(true)
    .meta({ description: 'A failing blocking probe fails the run; an advisory one only reports.' }),
  timeout: duration()
    .prefault('30s')
    .meta({ description: "The probe's own time budget, after the target has become ready." }),
};

/** What a probe's own findings weigh: medium and up fail it (e.g. a missing Secure flag). */
const probeFailOn = () => failOn('medium', 'probe');

const healthProbe = () =>
  strictObject({
    type: z.literal('health'),
    ...common,
    'fail-on': probeFailOn(),
    expect: strictObject({
      status: statuses([200]),
      json: z.record(z.string(), z.unknown()).optional().meta({
        description: 'The JSON body must contain these keys with these values (a subset match).',
      }),
      body: regex('A regular expression the body must match.').optional(),
    })
      .prefault({})
      .meta({ description: 'What a healthy answer looks like.' }),
  });

const pageProbe = () =>
  strictObject({
    type: z.literal('page'),
    ...common,
    'fail-on': probeFailOn(),
    expect: strictObject({
      status: statuses([200]),
      text: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'Text that must appear in the body.' }),
      'content-type': z.string().min(1).optional().meta({
        description:
          'Expected media type, e.g. "text/css" (parameters such as charset are ignored).',
      }),
      'max-age': duration()
        .optional()
        .meta({ description: 'Static assets: Cache-Control max-age must be at least this.' }),
      immutable: z
        .boolean()
        .optional()
        .meta({ description: 'Static assets: Cache-Control must say immutable.' }),
    })
      .prefault({})
      .meta({
        description:
          'Expected answer. Redirects are followed unless a 3xx status is expected (e.g. an admin login answering 302).',
      }),
  });

const GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;

const headersProbe = () =>
  strictObject({
    type: z.literal('headers'),
    ...common,
    'warn-on': severity().default('medium').meta({
      description:
        'Findings at or above this severity warn; the grade alone decides whether the probe fails.',
    }),
    'min-grade': z
      .enum(GRADES, {
        error: (issue) => `expected a grade (${GRADES.join(', ')}), got ${got(issue.input)}`,
      })
      .default('B')
      .meta({ description: 'Fail below this MDN HTTP Observatory grade.' }),
  });

const cookiesProbe = () =>
  strictObject({
    type: z.literal('cookies'),
    ...common,
    'fail-on': probeFailOn(),
    names: z.array(z.string().min(1)).optional().meta({
      description:
        'Session/CSRF cookie names to hold to the strict rules (default: sessionid, csrftoken and other common names).',
    }),
  });

const corsProbe = () =>
  strictObject({
    type: z.literal('cors'),
    ...common,
    'fail-on': probeFailOn(),
    origin: httpUrl('The front end origin that must be allowed, e.g. https://app.example.com.'),
    methods: z
      .array(
        z.string().regex(/^[A-Z]+$/, { error: 'expected an HTTP method in capitals, e.g. POST' }),
      )
      .default(['GET'])
      .meta({ description: 'Methods the preflight asks for.' }),
    headers: z.array(z.string().min(1)).default([]).meta({
      description: 'Request headers the preflight asks for, e.g. authorization, content-type.',
    }),
    credentials: z.boolean().default(false).meta({
      description: 'The front end sends cookies: Access-Control-Allow-Credentials must be true.',
    }),
  });

const redirectProbe = () =>
  strictObject({
    type: z.literal('redirect'),
    ...common,
    'fail-on': probeFailOn(),
    from: httpUrl(
      'The http:// URL that must redirect (default: the target URL with http:// and the default port).',
    ).optional(),
  });

const tlsProbe = () =>
  strictObject({
    type: z.literal('tls'),
    ...common,
    'fail-on': probeFailOn(),
    'min-days': z
      .number()
      .int()
      .min(0)
      .default(14)
      .meta({ description: 'Warn when the certificate expires in fewer days than this.' }),
  });

const threshold = (what: string) =>
  duration()
    .optional()
    .meta({ description: `Fail when the ${what} latency exceeds this.` });

const latencyProbe = () =>
  strictObject({
    type: z.literal('latency'),
    ...common,
    'fail-on': probeFailOn(),
    timeout: duration()
      .prefault('2m')
      .meta({ description: "The probe's own time budget, after the target has become ready." }),
    requests: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(50)
      .meta({ description: 'Requests to send.' }),
    concurrency: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .meta({ description: 'Requests in flight at once.' }),
    p50: threshold('median'),
    p95: threshold('95th-percentile'),
    p99: threshold('99th-percentile'),
    'error-rate': percentage().prefault('1%').meta({
      description:
        'Fail when more than this share of requests fail (status outside 200–399 or a network error).',
    }),
    'min-samples': z
      .number()
      .int()
      .min(1)
      .default(10)
      .meta({ description: 'Fewer successful samples than this cannot support a verdict: fail.' }),
    'warn-at': percentage().optional().meta({
      description: 'Warn when a figure exceeds this share of its fail threshold, e.g. "80%".',
    }),
  });

const revisionProbe = () =>
  strictObject({
    type: z.literal('revision'),
    ...common,
    header: z.string().min(1).optional().meta({
      description: 'Response header that carries the deployed commit SHA, e.g. x-revision.',
    }),
    json: z.string().min(1).optional().meta({
      description:
        'Dot path of the JSON field that carries the deployed commit SHA, e.g. build.sha.',
    }),
  }).refine((probe) => (probe.header === undefined) !== (probe.json === undefined), {
    error: 'set exactly one of "header" or "json"',
  });

const exposureProbe = () =>
  strictObject({
    type: z.literal('exposure'),
    ...common,
    'fail-on': probeFailOn(),
    admin: z
      .union([
        z.string().startsWith('/', { error: 'expected a path starting with "/"' }),
        z.literal(false),
      ])
      .default('/admin/')
      .meta({
        description:
          'The admin path that must not answer 200 with admin content to a visitor who has not logged in (default "/admin/"; false = not checked).',
      }),
    listings: z
      .array(z.string().startsWith('/', { error: 'expected a path starting with "/"' }))
      .default(['/static/', '/media/', '/assets/'])
      .meta({ description: 'Directories that must not answer with a directory listing.' }),
    malformed: z
      .array(z.string().startsWith('/', { error: 'expected a path starting with "/"' }))
      .default([])
      .meta({
        description:
          'Extra malformed requests (path and query) whose answer must not carry a stack trace, e.g. "/api/products/?filter={"; an invalid percent-encoding is always sent.',
      }),
  });

const envName = (description: string) =>
  z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' })
    .meta({ description });

const AUTH_FLOWS = ['jwt', 'session'] as const;
/** Where each flow logs in unless `login` says otherwise. */
export const DEFAULT_LOGIN = { jwt: '/api/token/', session: '/accounts/login/' } as const;

/** A path on the target, as the app routes it: "/api/token/". */
const appPath = (description: string) =>
  z.string().startsWith('/', { error: 'expected a path starting with "/"' }).meta({ description });

/** A name the app may have changed from its framework's default (a cookie, a JSON field). */
const defaultedName = (fallback: string, description: string) =>
  z.string().min(1).default(fallback).meta({ description });

const authProbe = () =>
  strictObject({
    type: z.literal('auth'),
    ...common,
    path: appPath(
      'A protected endpoint: refuses a visitor without a token, answers with one, e.g. "/api/me/".',
    ),
    'fail-on': probeFailOn(),
    flow: z.enum(AUTH_FLOWS).default('jwt').meta({
      description:
        'How the app logs in: "jwt" (credentials POSTed as JSON, a token pair back: DRF SimpleJWT) or "session" (a CSRF-protected login form, a session cookie back: Django\'s LoginView and the admin).',
    }),
    login: appPath(
      `The login endpoint (default "${DEFAULT_LOGIN.jwt}" for jwt, SimpleJWT's TokenObtainPairView; "${DEFAULT_LOGIN.session}" for session, Django's LoginView).`,
    ).optional(),
    'session-cookie': defaultedName(
      'sessionid',
      'session: the cookie the login sets (Django: SESSION_COOKIE_NAME).',
    ),
    'csrf-cookie': defaultedName(
      'csrftoken',
      'session: the CSRF cookie (Django: CSRF_COOKIE_NAME).',
    ),
    'username-env': envName('The environment variable that holds the username (from a secret).'),
    'password-env': envName(
      'The environment variable that holds the password (from a secret); masked everywhere.',
    ),
    'username-field': defaultedName(
      'username',
      'The JSON field the login reads the username from.',
    ),
    'password-field': defaultedName(
      'password',
      'The JSON field the login reads the password from.',
    ),
    'token-field': defaultedName('access', 'Dot path of the access token in the login answer.'),
    'refresh-field': defaultedName('refresh', 'Dot path of the refresh token in the login answer.'),
    scheme: defaultedName(
      'Bearer',
      'The Authorization scheme the token is sent with (SimpleJWT: Bearer).',
    ),
    refresh: appPath(
      'Refresh endpoint (e.g. "/api/token/refresh/"): the refresh token must get a new, valid access token.',
    ).optional(),
    logout: appPath(
      'Logout endpoint (jwt: blacklists the refresh token, e.g. "/api/token/blacklist/", afterwards refresh must be refused; session: e.g. "/accounts/logout/", afterwards the session cookie must be refused).',
    ).optional(),
  }).refine((probe) => probe.flow === 'jwt' || probe.refresh === undefined, {
    error: 'refresh is a jwt setting: a session login has no refresh token',
    path: ['refresh'],
  });

const selector = z.string().min(1).meta({ description: 'A CSS selector (Playwright syntax).' });

const browserStep = () =>
  z
    .union([
      strictObject({
        fill: selector,
        value: z.string().optional().meta({ description: 'The text to type.' }),
        'value-env': envName('Or: the variable that holds it (a password; masked).').optional(),
      }).refine((step) => (step.value === undefined) !== (step['value-env'] === undefined), {
        error: 'set exactly one of "value" or "value-env"',
      }),
      strictObject({ click: selector }),
      strictObject({ 'wait-for': selector }),
    ])
    .meta({
      description:
        'One step after the page has loaded: `fill` a field, `click` an element, or `wait-for` a selector to appear.',
    });

const browserProbe = () =>
  strictObject({
    type: z.literal('browser'),
    ...common,
    'fail-on': probeFailOn(),
    timeout: duration()
      .prefault('60s')
      .meta({ description: "The probe's own time budget, after the target has become ready." }),
    executable: z.string().min(1).optional().meta({
      description:
        'Chrome or Chromium to drive (default: the first of CHROME_PATH, chromium, google-chrome found on the machine; none found = skip).',
    }),
    ttfb: threshold('time to first byte'),
    'dom-content-loaded': threshold('DOMContentLoaded'),
    load: threshold('load event'),
    lcp: threshold('Largest Contentful Paint'),
    steps: z
      .array(browserStep())
      .default([])
      .meta({ description: 'What to do on the page once loaded.' }),
    screenshot: repoPath('Where the screenshot is written, relative to the repository root.')
      .optional()
      .meta({
        description:
          'Where the screenshot is written, relative to the repository root (default shipgate-screenshots/<target>-<path>.png).',
      }),
  });

/**
 * Built on the first parse that meets a probe: most runs (every pre-deploy one) probe
 * nothing, and the twelve probe types are most of what the config schema would build.
 */
export const probeSchema = z
  .lazy(() =>
    z.discriminatedUnion('type', [
      healthProbe(),
      pageProbe(),
      headersProbe(),
      cookiesProbe(),
      corsProbe(),
      redirectProbe(),
      tlsProbe(),
      latencyProbe(),
      revisionProbe(),
      exposureProbe(),
      authProbe(),
      browserProbe(),
    ]),
  )
  .meta({ description: 'One probe; `type` selects which.' });

const requestTimeout = (what: string, fallback: string) =>
  duration()
    .prefault(fallback)
    .meta({ description: `${what} (default ${fallback}).` });

const targetSchema = z.lazy(() =>
  strictObject({
    name: z.string().min(1).meta({ description: 'Shown in check titles, e.g. "backend".' }),
    url: httpUrl(
      'Base URL. Without it, the deployment URL of a deployment_status event is used (see the README).',
    ).optional(),
    ca: z.string().min(1).optional().meta({
      description: 'A PEM file of extra trusted CA certificates, relative to the repository root.',
    }),
    'allow-link-local': z.boolean().default(false).meta({
      description:
        'Allow link-local/cloud-metadata addresses (169.254.0.0/16, 100.100.100.200, fe80::/10, fd00:ec2::254, also in IPv4-mapped and NAT64 spellings); refused by default against SSRF.',
    }),
    headers: z.record(z.string(), z.string()).default({}).meta({
      description:
        'Headers sent with every request to this target (masked in logs), e.g. a preview bypass token.',
    }),
    'connect-timeout': requestTimeout('Time allowed to connect', '10s'),
    'headers-timeout': requestTimeout('Time allowed until the response headers arrive', '10s'),
    'body-timeout': requestTimeout('Idle time allowed while reading a body', '10s'),
    'request-timeout': requestTimeout('Time allowed for one whole request', '30s'),
    'max-body': z
      .number()
      .int()
      .min(1)
      .default(1024 * 1024)
      .meta({
        description: 'Bytes of a body read at most; a longer body is "too large" (default 1 MiB).',
      }),
    probes: z.array(probeSchema).default([]).meta({ description: 'What to check on this target.' }),
  }),
);

const postMigrations = strictObject({
  ...djangoProjectFields,
  'database-env': databaseEnvField(
    'The variable that holds the production database URL, as the settings read it. It must be set (from a secret) in the job that runs the post phase.',
  ),
  blocking: common.blocking,
  timeout: duration()
    .prefault('5m')
    .meta({ description: 'How long `migrate --check` may run before it is killed.' }),
});

export const postSchema = strictObject({
  wait: strictObject({
    timeout: duration().prefault('5m').meta({
      description:
        'How long to wait for the deployment to answer (status below 500) before probing.',
    }),
  })
    .prefault({})
    .meta({ description: 'Readiness: every target is polled with backoff until it answers.' }),
  targets: z.array(targetSchema).default([]).meta({ description: 'Deployed services to probe.' }),
  migrations: z
    .union([z.boolean(), postMigrations])
    .transform((setting) => (setting === true ? postMigrations.parse({}) : setting || undefined))
    .optional()
    .meta({
      description:
        'After the deploy, every migration is applied to the production database (`manage.py migrate --check --plan`): `true` = defaults, or options as for the migrations gate.',
    }),
});

export type Grade = (typeof GRADES)[number];
export type PostConfig = z.output<typeof postSchema>;
export type PostMigrationsConfig = NonNullable<PostConfig['migrations']>;
export type TargetConfig = z.output<typeof targetSchema>;
export type ProbeConfig = z.output<typeof probeSchema>;
export type ProbeType = ProbeConfig['type'];
/** The options of one probe type. */
export type ProbeOf<T extends ProbeType> = Extract<ProbeConfig, { type: T }>;
