import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  parseDuration,
  parsePercent
} from "./chunk-BBOJJ26W.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import {
  SEVERITIES
} from "./chunk-J6AANBPF.js";

// src/config/did-you-mean.ts
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
var canonical = (key) => key.toLowerCase().replace(/[_\s]/g, "-");
function didYouMean(key, known) {
  const exact = known.find((k) => canonical(k) === canonical(key));
  if (exact) return ` (did you mean "${exact}"?)`;
  let best;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(canonical(key), canonical(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean "${best}"?)` : "";
}

// src/config/fields.ts
var got = (input) => input === void 0 ? "nothing" : JSON.stringify(input);
var duration = () => {
  const message = (issue) => `expected a duration like "30s", got ${got(issue.input)}`;
  return external_exports.string({ error: message }).regex(DURATION_PATTERN, { error: message }).transform((text) => parseDuration(text) ?? 0).meta({ description: 'A duration: "500ms", "30s", "2m", "1h" or "1d".' });
};
var percentage = () => {
  const message = (issue) => `expected a percentage like "1%", got ${got(issue.input)}`;
  return external_exports.string({ error: message }).regex(PERCENT_PATTERN, { error: message }).transform((text) => parsePercent(text) ?? 0).refine((fraction) => fraction <= 1, { error: "a percentage cannot exceed 100%" }).meta({ description: 'A percentage, e.g. "1%".' });
};
var severity = () => external_exports.enum(SEVERITIES, {
  error: (issue) => `expected one of ${SEVERITIES.join(", ")}, got ${got(issue.input)}`
});
var failOn = (fallback, unit) => severity().default(fallback).meta({ description: `Findings at or above this severity fail the ${unit}; lower ones warn.` });
var repoPath = (description) => external_exports.string().min(1).refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
  error: 'expected a path inside the repository (relative, without "..")'
}).meta({ description });
var strictObject = (shape) => external_exports.strictObject(shape, {
  error: (issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `unknown key "${key}"${didYouMean(key, Object.keys(shape))}`).join("; ");
    }
    if (issue.code === "invalid_type") return `expected an object, got ${got(issue.input)}`;
    return void 0;
  }
});
var waiver = () => strictObject({
  id: external_exports.string().min(1).meta({ description: "The finding id: GHSA/CVE/PYSEC id, or a rule id such as B105." }),
  reason: external_exports.string().min(1).meta({ description: "Why this is accepted; shown in the report." }),
  owner: external_exports.string().min(1).optional().meta({ description: "Who answers for this waiver." }),
  until: external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (i) => `expected a date like 2026-12-31, got ${got(i.input)}`
  }).optional().meta({
    description: "Last day the waiver applies (YYYY-MM-DD); after it the finding counts again."
  })
});
var envMap = () => external_exports.record(external_exports.string(), external_exports.string()).meta({ description: "Extra environment variables." });
var toolArgs = (tool, example) => external_exports.array(external_exports.string()).default([]).meta({
  description: `Extra arguments for ${tool}, placed before the path it checks, e.g. [${example}].`
});
var excludeGlobs = (description) => external_exports.array(external_exports.string().min(1)).default([]).meta({ description });

// src/config/django-fields.ts
var djangoProjectFields = {
  manage: repoPath("Path of manage.py (default: detected).").optional(),
  settings: external_exports.string().min(1).optional().meta({ description: "DJANGO_SETTINGS_MODULE for the check." }),
  python: external_exports.string().min(1).optional().meta({
    description: "Python interpreter that has Django installed (default: the first of python3 on PATH and /usr/bin/python3 that can import django)."
  }),
  env: envMap().default({})
};
var databaseEnvField = (description) => external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected an environment variable name" }).default("DATABASE_URL").meta({ description });

// src/config/post-schema.ts
var httpUrl = (description) => external_exports.string({ error: (issue) => `expected an http(s):// URL, got ${got(issue.input)}` }).refine(
  (text) => {
    try {
      return ["http:", "https:"].includes(new URL(text).protocol);
    } catch {
      return false;
    }
  },
  { error: (issue) => `expected an http:// or https:// URL, got ${got(issue.input)}` }
).meta({ description });
var statusCode = external_exports.number().int().min(100, { error: "expected an HTTP status (100\u2013599)" }).max(599, { error: "expected an HTTP status (100\u2013599)" });
var statuses = (fallback) => external_exports.union([statusCode, external_exports.array(statusCode).min(1)]).transform((value) => Array.isArray(value) ? value : [value]).default(fallback).meta({
  description: `Accepted status codes: one or a list (default ${fallback.join(", ")}).`
});
var regex = (description) => external_exports.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `expected a regular expression, got ${got(issue.input)}` }
).meta({ description });
var common = {
  path: external_exports.string().startsWith("/", { error: 'expected a path starting with "/"' }).default("/").meta({ description: 'Path on the target, with query if needed (default "/").' }),
  blocking: external_exports.boolean().default(true).meta({ description: "A failing blocking probe fails the run; an advisory one only reports." }),
  timeout: duration().prefault("30s").meta({ description: "The probe's own time budget, after the target has become ready." })
};
var probeFailOn = () => failOn("medium", "probe");
var healthProbe = () => strictObject({
  type: external_exports.literal("health"),
  ...common,
  "fail-on": probeFailOn(),
  expect: strictObject({
    status: statuses([200]),
    json: external_exports.record(external_exports.string(), external_exports.unknown()).optional().meta({
      description: "The JSON body must contain these keys with these values (a subset match)."
    }),
    body: regex("A regular expression the body must match.").optional()
  }).prefault({}).meta({ description: "What a healthy answer looks like." })
});
var pageProbe = () => strictObject({
  type: external_exports.literal("page"),
  ...common,
  "fail-on": probeFailOn(),
  expect: strictObject({
    status: statuses([200]),
    text: external_exports.string().min(1).optional().meta({ description: "Text that must appear in the body." }),
    "content-type": external_exports.string().min(1).optional().meta({
      description: 'Expected media type, e.g. "text/css" (parameters such as charset are ignored).'
    }),
    "max-age": duration().optional().meta({ description: "Static assets: Cache-Control max-age must be at least this." }),
    immutable: external_exports.boolean().optional().meta({ description: "Static assets: Cache-Control must say immutable." })
  }).prefault({}).meta({
    description: "Expected answer. Redirects are followed unless a 3xx status is expected (e.g. an admin login answering 302)."
  })
});
var GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"];
var headersProbe = () => strictObject({
  type: external_exports.literal("headers"),
  ...common,
  "warn-on": severity().default("medium").meta({
    description: "Findings at or above this severity warn; the grade alone decides whether the probe fails."
  }),
  "min-grade": external_exports.enum(GRADES, {
    error: (issue) => `expected a grade (${GRADES.join(", ")}), got ${got(issue.input)}`
  }).default("B").meta({ description: "Fail below this MDN HTTP Observatory grade." })
});
var cookiesProbe = () => strictObject({
  type: external_exports.literal("cookies"),
  ...common,
  "fail-on": probeFailOn(),
  names: external_exports.array(external_exports.string().min(1)).optional().meta({
    description: "Session/CSRF cookie names to hold to the strict rules (default: sessionid, csrftoken and other common names)."
  })
});
var corsProbe = () => strictObject({
  type: external_exports.literal("cors"),
  ...common,
  "fail-on": probeFailOn(),
  origin: httpUrl("The front end origin that must be allowed, e.g. https://app.example.com."),
  methods: external_exports.array(
    external_exports.string().regex(/^[A-Z]+$/, { error: "expected an HTTP method in capitals, e.g. POST" })
  ).default(["GET"]).meta({ description: "Methods the preflight asks for." }),
  headers: external_exports.array(external_exports.string().min(1)).default([]).meta({
    description: "Request headers the preflight asks for, e.g. authorization, content-type."
  }),
  credentials: external_exports.boolean().default(false).meta({
    description: "The front end sends cookies: Access-Control-Allow-Credentials must be true."
  })
});
var redirectProbe = () => strictObject({
  type: external_exports.literal("redirect"),
  ...common,
  "fail-on": probeFailOn(),
  from: httpUrl(
    "The http:// URL that must redirect (default: the target URL with http:// and the default port)."
  ).optional()
});
var tlsProbe = () => strictObject({
  type: external_exports.literal("tls"),
  ...common,
  "fail-on": probeFailOn(),
  "min-days": external_exports.number().int().min(0).default(14).meta({ description: "Warn when the certificate expires in fewer days than this." })
});
var threshold = (what) => duration().optional().meta({ description: `Fail when the ${what} latency exceeds this.` });
var latencyProbe = () => strictObject({
  type: external_exports.literal("latency"),
  ...common,
  "fail-on": probeFailOn(),
  timeout: duration().prefault("2m").meta({ description: "The probe's own time budget, after the target has become ready." }),
  requests: external_exports.number().int().min(1).max(1e4).default(50).meta({ description: "Requests to send." }),
  concurrency: external_exports.number().int().min(1).max(100).default(5).meta({ description: "Requests in flight at once." }),
  p50: threshold("median"),
  p95: threshold("95th-percentile"),
  p99: threshold("99th-percentile"),
  "error-rate": percentage().prefault("1%").meta({
    description: "Fail when more than this share of requests fail (status outside 200\u2013399 or a network error)."
  }),
  "min-samples": external_exports.number().int().min(1).default(10).meta({ description: "Fewer successful samples than this cannot support a verdict: fail." }),
  "warn-at": percentage().optional().meta({
    description: 'Warn when a figure exceeds this share of its fail threshold, e.g. "80%".'
  })
});
var revisionProbe = () => strictObject({
  type: external_exports.literal("revision"),
  ...common,
  header: external_exports.string().min(1).optional().meta({
    description: "Response header that carries the deployed commit SHA, e.g. x-revision."
  }),
  json: external_exports.string().min(1).optional().meta({
    description: "Dot path of the JSON field that carries the deployed commit SHA, e.g. build.sha."
  })
}).refine((probe) => probe.header === void 0 !== (probe.json === void 0), {
  error: 'set exactly one of "header" or "json"'
});
var exposureProbe = () => strictObject({
  type: external_exports.literal("exposure"),
  ...common,
  "fail-on": probeFailOn(),
  admin: external_exports.union([
    external_exports.string().startsWith("/", { error: 'expected a path starting with "/"' }),
    external_exports.literal(false)
  ]).default("/admin/").meta({
    description: 'The admin path that must not answer 200 with admin content to a visitor who has not logged in (default "/admin/"; false = not checked).'
  }),
  listings: external_exports.array(external_exports.string().startsWith("/", { error: 'expected a path starting with "/"' })).default(["/static/", "/media/", "/assets/"]).meta({ description: "Directories that must not answer with a directory listing." }),
  malformed: external_exports.array(external_exports.string().startsWith("/", { error: 'expected a path starting with "/"' })).default([]).meta({
    description: 'Extra malformed requests (path and query) whose answer must not carry a stack trace, e.g. "/api/products/?filter={"; an invalid percent-encoding is always sent.'
  })
});
var envName = (description) => external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected an environment variable name" }).meta({ description });
var AUTH_FLOWS = ["jwt", "session"];
var DEFAULT_LOGIN = { jwt: "/api/token/", session: "/accounts/login/" };
var appPath = (description) => external_exports.string().startsWith("/", { error: 'expected a path starting with "/"' }).meta({ description });
var defaultedName = (fallback, description) => external_exports.string().min(1).default(fallback).meta({ description });
var authProbe = () => strictObject({
  type: external_exports.literal("auth"),
  ...common,
  path: appPath(
    'A protected endpoint: refuses a visitor without a token, answers with one, e.g. "/api/me/".'
  ),
  "fail-on": probeFailOn(),
  flow: external_exports.enum(AUTH_FLOWS).default("jwt").meta({
    description: `How the app logs in: "jwt" (credentials POSTed as JSON, a token pair back: DRF SimpleJWT) or "session" (a CSRF-protected login form, a session cookie back: Django's LoginView and the admin).`
  }),
  login: appPath(
    `The login endpoint (default "${DEFAULT_LOGIN.jwt}" for jwt, SimpleJWT's TokenObtainPairView; "${DEFAULT_LOGIN.session}" for session, Django's LoginView).`
  ).optional(),
  "session-cookie": defaultedName(
    "sessionid",
    "session: the cookie the login sets (Django: SESSION_COOKIE_NAME)."
  ),
  "csrf-cookie": defaultedName(
    "csrftoken",
    "session: the CSRF cookie (Django: CSRF_COOKIE_NAME)."
  ),
  "username-env": envName("The environment variable that holds the username (from a secret)."),
  "password-env": envName(
    "The environment variable that holds the password (from a secret); masked everywhere."
  ),
  "username-field": defaultedName(
    "username",
    "The JSON field the login reads the username from."
  ),
  "password-field": defaultedName(
    "password",
    "The JSON field the login reads the password from."
  ),
  "token-field": defaultedName("access", "Dot path of the access token in the login answer."),
  "refresh-field": defaultedName("refresh", "Dot path of the refresh token in the login answer."),
  scheme: defaultedName(
    "Bearer",
    "The Authorization scheme the token is sent with (SimpleJWT: Bearer)."
  ),
  refresh: appPath(
    'Refresh endpoint (e.g. "/api/token/refresh/"): the refresh token must get a new, valid access token.'
  ).optional(),
  logout: appPath(
    'Logout endpoint (jwt: blacklists the refresh token, e.g. "/api/token/blacklist/", afterwards refresh must be refused; session: e.g. "/accounts/logout/", afterwards the session cookie must be refused).'
  ).optional()
}).refine((probe) => probe.flow === "jwt" || probe.refresh === void 0, {
  error: "refresh is a jwt setting: a session login has no refresh token",
  path: ["refresh"]
});
var selector = external_exports.string().min(1).meta({ description: "A CSS selector (Playwright syntax)." });
var browserStep = () => external_exports.union([
  strictObject({
    fill: selector,
    value: external_exports.string().optional().meta({ description: "The text to type." }),
    "value-env": envName("Or: the variable that holds it (a password; masked).").optional()
  }).refine((step) => step.value === void 0 !== (step["value-env"] === void 0), {
    error: 'set exactly one of "value" or "value-env"'
  }),
  strictObject({ click: selector }),
  strictObject({ "wait-for": selector })
]).meta({
  description: "One step after the page has loaded: `fill` a field, `click` an element, or `wait-for` a selector to appear."
});
var browserProbe = () => strictObject({
  type: external_exports.literal("browser"),
  ...common,
  "fail-on": probeFailOn(),
  timeout: duration().prefault("60s").meta({ description: "The probe's own time budget, after the target has become ready." }),
  executable: external_exports.string().min(1).optional().meta({
    description: "Chrome or Chromium to drive (default: the first of CHROME_PATH, chromium, google-chrome found on the machine; none found = skip)."
  }),
  ttfb: threshold("time to first byte"),
  "dom-content-loaded": threshold("DOMContentLoaded"),
  load: threshold("load event"),
  lcp: threshold("Largest Contentful Paint"),
  steps: external_exports.array(browserStep()).default([]).meta({ description: "What to do on the page once loaded." }),
  screenshot: repoPath("Where the screenshot is written, relative to the repository root.").optional().meta({
    description: "Where the screenshot is written, relative to the repository root (default shipgate-screenshots/<target>-<path>.png)."
  })
});
var probeSchema = external_exports.lazy(
  () => external_exports.discriminatedUnion("type", [
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
    browserProbe()
  ])
).meta({ description: "One probe; `type` selects which." });
var requestTimeout = (what, fallback) => duration().prefault(fallback).meta({ description: `${what} (default ${fallback}).` });
var targetSchema = external_exports.lazy(
  () => strictObject({
    name: external_exports.string().min(1).meta({ description: 'Shown in check titles, e.g. "backend".' }),
    url: httpUrl(
      "Base URL. Without it, the deployment URL of a deployment_status event is used (see the README)."
    ).optional(),
    ca: external_exports.string().min(1).optional().meta({
      description: "A PEM file of extra trusted CA certificates, relative to the repository root."
    }),
    "allow-link-local": external_exports.boolean().default(false).meta({
      description: "Allow link-local/cloud-metadata addresses (169.254.0.0/16, 100.100.100.200, fe80::/10, fd00:ec2::254, also in IPv4-mapped and NAT64 spellings); refused by default against SSRF."
    }),
    headers: external_exports.record(external_exports.string(), external_exports.string()).default({}).meta({
      description: "Headers sent with every request to this target (masked in logs), e.g. a preview bypass token."
    }),
    "connect-timeout": requestTimeout("Time allowed to connect", "10s"),
    "headers-timeout": requestTimeout("Time allowed until the response headers arrive", "10s"),
    "body-timeout": requestTimeout("Idle time allowed while reading a body", "10s"),
    "request-timeout": requestTimeout("Time allowed for one whole request", "30s"),
    "max-body": external_exports.number().int().min(1).default(1024 * 1024).meta({
      description: 'Bytes of a body read at most; a longer body is "too large" (default 1 MiB).'
    }),
    probes: external_exports.array(probeSchema).default([]).meta({ description: "What to check on this target." })
  })
);
var postMigrations = strictObject({
  ...djangoProjectFields,
  "database-env": databaseEnvField(
    "The variable that holds the production database URL, as the settings read it. It must be set (from a secret) in the job that runs the post phase."
  ),
  blocking: common.blocking,
  timeout: duration().prefault("5m").meta({ description: "How long `migrate --check` may run before it is killed." })
});
var postSchema = strictObject({
  wait: strictObject({
    timeout: duration().prefault("5m").meta({
      description: "How long to wait for the deployment to answer (status below 500) before probing."
    })
  }).prefault({}).meta({ description: "Readiness: every target is polled with backoff until it answers." }),
  targets: external_exports.array(targetSchema).default([]).meta({ description: "Deployed services to probe." }),
  migrations: external_exports.union([external_exports.boolean(), postMigrations]).transform((setting) => setting === true ? postMigrations.parse({}) : setting || void 0).optional().meta({
    description: "After the deploy, every migration is applied to the production database (`manage.py migrate --check --plan`): `true` = defaults, or options as for the migrations gate."
  })
});

export {
  didYouMean,
  duration,
  percentage,
  severity,
  failOn,
  repoPath,
  strictObject,
  waiver,
  envMap,
  toolArgs,
  excludeGlobs,
  djangoProjectFields,
  databaseEnvField,
  httpUrl,
  DEFAULT_LOGIN,
  postSchema
};
//# sourceMappingURL=chunk-DOZLVJPR.js.map
