import type { Finding } from '../../core/model.ts';
import { isLoopbackHost } from '../../util/loopback.ts';
import { credentialSecrets } from '../../util/redact.ts';
import { percentDecoded } from '../../util/text.ts';

/** What the URL says about TLS, with everything secret in it named so it can be masked. */
export interface DatabaseUrlAssessment {
  findings: Finding[];
  /** The URL for people: scheme, host, port and database, credentials replaced by `***`. */
  display: string;
  /** One line for the summary when the URL passes. */
  verdict: string;
  /**
   * Values to hand to maskSecret: the whole URL, the password as written and decoded (a
   * placeholder password, which hides nothing, left out).
   */
  secrets: string[];
}

const POSTGRES = new Set(['postgres', 'postgresql', 'pgsql', 'postgis', 'psql']);
const MYSQL = new Set(['mysql', 'mysql2', 'mysqlgis', 'mariadb']);
const SQLITE = new Set(['sqlite', 'sqlite3', 'spatialite']);

/** libpq's sslmode values that refuse a plaintext connection. */
const POSTGRES_TLS = new Set(['require', 'verify-ca', 'verify-full']);
/** MySQL's ssl-mode values that refuse a plaintext connection. */
const MYSQL_TLS = new Set(['required', 'verify_ca', 'verify_identity']);
const TRUE = new Set(['true', '1', 'yes', 'on', 'required']);

/**
 * Judges a database URL (as DATABASE_URL holds it for dj-database-url, Prisma, Rails) on
 * whether its connection must be encrypted: PostgreSQL needs sslmode=require, verify-ca or
 * verify-full (libpq's default, prefer, silently falls back to plaintext); MySQL needs
 * ssl-mode REQUIRED, VERIFY_CA or VERIFY_IDENTITY, or ssl=true / tls=true / an ssl-ca. A URL
 * without sslmode takes libpq's PGSSLMODE from `clientEnv`, as psycopg and every libpq client
 * do (the URL's own sslmode wins). MySQL clients read no such variable. SQLite
 * has no connection to encrypt: a production database in a file on the web server is reported
 * as a warning instead. A connection that stays on this machine (a loopback host, a Unix
 * socket, no host at all) passes without TLS, which would protect nothing there: the database
 * of a CI job. PGHOST and PGHOSTADDR, like PGSSLMODE, fill in what the URL leaves out.
 * Pure and total; credentials never reach `display` or a message.
 */
export function assessDatabaseUrl(
  value: string,
  variable: string,
  clientEnv: ClientEnv = {},
): DatabaseUrlAssessment {
  const secrets = [value];
  const parsed = parseDatabaseUrl(value.trim());
  if (!parsed || !/^[a-z][a-z0-9+.-]*:$/i.test(parsed.url.protocol)) {
    return {
      findings: [
        {
          rule: 'invalid-url',
          severity: 'high',
          // No user:password@ after the scheme: every surface cuts the userinfo of a URL.
          message: `${variable} is not a URL like postgres://host:5432/name (user:password@ before the host)`,
        },
      ],
      display: '(not a URL)',
      verdict: 'not a URL',
      secrets,
    };
  }
  const { url, username, password, host } = parsed;
  secrets.push(...credentialSecrets(password));
  const params = new Map<string, string>();
  for (const [key, param] of url.searchParams) {
    params.set(key.toLowerCase().replace(/_/g, '-'), param);
    if (/pass/i.test(key)) secrets.push(...credentialSecrets(param));
  }
  // SQLAlchemy-style schemes name the driver after a "+": postgresql+psycopg2.
  const scheme = url.protocol.slice(0, -1).toLowerCase().split('+')[0] ?? '';
  const credentials = username || password ? '***@' : '';
  const display = SQLITE.has(scheme)
    ? `${scheme}://${url.pathname}`
    : `${scheme}://${credentials}${host}${url.pathname}`;
  const judged = onThisMachine(
    judgeScheme(scheme, params, clientEnv),
    localEndpoint(url, params, scheme, clientEnv),
  );
  if ('verdict' in judged) return { findings: [], display, verdict: judged.verdict, secrets };
  const { rule, severity, message, hint } = judged;
  return {
    findings: [{ rule, severity, message: `${variable} (${display}) ${message}`, hint }],
    display,
    verdict: message,
    secrets,
  };
}

/** A database URL as WHATWG's parser reads it, with the credentials and host beside it. */
interface DatabaseUrl {
  url: URL;
  username: string;
  password: string;
  /** The host and port as written, for `display`. */
  host: string;
}

/** `scheme://`, then credentials or a port with no host between them and the path. */
const EMPTY_HOST = /^([a-z][a-z0-9+.-]*:\/\/)(?:([^/?#]*)@)?(:\d*)?([/?#].*)?$/i;

/**
 * WHATWG's parser refuses credentials or a port beside an empty host (`postgres://u:p@/db`,
 * Cloud SQL's `postgres://u:p@/db?host=/cloudsql/project:region:instance`), which libpq and
 * dj-database-url read as no host: libpq's default socket (or the `host` parameter's). Such a
 * URL is parsed without them, and they are kept beside it, split as WHATWG splits userinfo.
 */
function parseDatabaseUrl(value: string): DatabaseUrl | undefined {
  const url = URL.parse(value);
  if (url) return { url, username: url.username, password: url.password, host: url.host };
  const [, scheme = '', userinfo = '', port = '', rest = ''] = EMPTY_HOST.exec(value) ?? [];
  const hostless = scheme ? URL.parse(`${scheme}${rest}`) : null;
  if (!hostless) return undefined;
  const colon = userinfo.indexOf(':');
  return {
    url: hostless,
    username: colon === -1 ? userinfo : userinfo.slice(0, colon),
    password: colon === -1 ? '' : userinfo.slice(colon + 1),
    host: port,
  };
}

/** The job's libpq variables that a URL leaves to the environment. */
type ClientEnv = {
  PGSSLMODE?: string | undefined;
  PGHOST?: string | undefined;
  PGHOSTADDR?: string | undefined;
};

/** The URL's parameters by normalised name (lower case, `-` for `_`). */
type Params = ReadonlyMap<string, string>;

/** The URL passes (the verdict line says how TLS is required, or why it need not be), or what is wrong, without the URL. */
type Judgement =
  | { verdict: string }
  | { rule: string; severity: Finding['severity']; message: string; hint: string };

/**
 * Where the connection goes when it never leaves this machine, for the summary; undefined
 * when any host it may go to is another machine. libpq takes the `host` parameter over the
 * URL's host (Django, given both by dj-database-url, takes the URL's: both are judged), PGHOST
 * when neither names one, and its default socket directory when nothing does; `hostaddr` (or
 * PGHOSTADDR) is the address it then connects to. A host beginning with `/` is a socket
 * directory, also percent-encoded in the host's place. MySQL's client library, given no host,
 * connects to localhost over its Unix socket.
 */
function localEndpoint(
  url: URL,
  params: Params,
  scheme: string,
  clientEnv: ClientEnv,
): string | undefined {
  const postgres = POSTGRES.has(scheme);
  const named = [params.get('host'), percentDecoded(url.hostname)].filter((host) => host);
  const hosts = named.length > 0 || !postgres ? named : [clientEnv.PGHOST];
  const address = postgres ? (params.get('hostaddr') ?? clientEnv.PGHOSTADDR) : undefined;
  const entries = [...hosts, address]
    .filter((entry) => entry !== undefined)
    .flatMap((entry) => entry.split(',').map((part) => part.trim()));
  const places = (entries.length > 0 ? entries : ['']).map((entry) => {
    if (entry === '') return postgres ? 'the default Unix socket' : 'localhost, the default host';
    if (entry.startsWith('/')) return `the Unix socket ${entry}`;
    return isLoopbackHost(entry) ? entry : undefined;
  });
  if (places.some((place) => place === undefined)) return undefined;
  return [...new Set(places)].join(', ');
}

/** TLS not required is no finding for a connection that stays on this machine. */
function onThisMachine(judged: Judgement, local: string | undefined): Judgement {
  if (!local || !('rule' in judged) || judged.rule !== 'tls-not-required') return judged;
  return { verdict: `not encrypted, but ${local} is on this machine, where TLS protects nothing` };
}

function judgeScheme(scheme: string, params: Params, clientEnv: ClientEnv): Judgement {
  if (POSTGRES.has(scheme)) return judgePostgres(params, clientEnv);
  if (MYSQL.has(scheme)) return judgeMysql(params);
  if (SQLITE.has(scheme)) {
    return {
      rule: 'sqlite',
      severity: 'medium',
      message:
        'is SQLite: a file on the server with no connection to encrypt, lost whenever an ephemeral disk is replaced',
      hint: 'use a managed PostgreSQL or MySQL database for production',
    };
  }
  return {
    rule: 'unknown-scheme',
    severity: 'medium',
    message: `uses ${scheme}://, for which Shipgate cannot tell whether TLS is required`,
    hint: 'check the driver’s TLS option by hand, or run this gate only for PostgreSQL or MySQL URLs',
  };
}

function judgePostgres(params: Params, clientEnv: ClientEnv): Judgement {
  const fromUrl = params.get('sslmode')?.toLowerCase();
  const fromEnv = clientEnv.PGSSLMODE?.trim().toLowerCase() || undefined;
  const mode = fromUrl ?? fromEnv;
  const source = fromUrl ? `sslmode=${mode}` : `PGSSLMODE=${mode}`;
  if (mode && POSTGRES_TLS.has(mode)) {
    return {
      verdict:
        mode === 'verify-full'
          ? source
          : `${source} (encrypted; verify-full would also check the server's name)`,
    };
  }
  return {
    rule: 'tls-not-required',
    severity: 'high',
    message: mode
      ? `does not require TLS: ${fromUrl ? '' : 'no sslmode in the URL, and '}${source} ${mode === 'disable' ? 'turns it off' : 'falls back to plaintext'}`
      : 'does not require TLS: no sslmode (nor PGSSLMODE), and libpq then falls back to plaintext',
    hint: 'append ?sslmode=require (or verify-full to check the certificate too); dj-database-url’s ssl_require=True does this in code, where this check cannot see it',
  };
}

function judgeMysql(params: Params): Judgement {
  const mode = (params.get('ssl-mode') ?? params.get('sslmode'))?.toLowerCase();
  const flag = (params.get('ssl') ?? params.get('tls'))?.toLowerCase();
  const required =
    (mode !== undefined && MYSQL_TLS.has(mode)) ||
    (flag !== undefined && (TRUE.has(flag) || flag === 'skip-verify')) ||
    params.has('ssl-ca');
  if (required) return { verdict: 'TLS required' };
  return {
    rule: 'tls-not-required',
    severity: 'high',
    message: mode
      ? `does not require TLS: ssl-mode=${mode.toUpperCase()}`
      : 'does not require TLS: no ssl-mode',
    hint: 'append ?ssl-mode=REQUIRED (or VERIFY_IDENTITY to check the certificate too)',
  };
}
