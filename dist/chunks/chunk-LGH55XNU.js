import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isLoopbackHost
} from "./chunk-AL3S3XOU.js";
import {
  credentialSecrets
} from "./chunk-4L62NAGK.js";
import {
  percentDecoded
} from "./chunk-DVUULFWV.js";

// src/gates/database-tls/parse.ts
var POSTGRES = /* @__PURE__ */ new Set(["postgres", "postgresql", "pgsql", "postgis", "psql"]);
var MYSQL = /* @__PURE__ */ new Set(["mysql", "mysql2", "mysqlgis", "mariadb"]);
var SQLITE = /* @__PURE__ */ new Set(["sqlite", "sqlite3", "spatialite"]);
var POSTGRES_TLS = /* @__PURE__ */ new Set(["require", "verify-ca", "verify-full"]);
var MYSQL_TLS = /* @__PURE__ */ new Set(["required", "verify_ca", "verify_identity"]);
var TRUE = /* @__PURE__ */ new Set(["true", "1", "yes", "on", "required"]);
function assessDatabaseUrl(value, variable, clientEnv = {}) {
  const secrets = [value];
  const parsed = parseDatabaseUrl(value.trim());
  if (!parsed || !/^[a-z][a-z0-9+.-]*:$/i.test(parsed.url.protocol)) {
    return {
      findings: [
        {
          rule: "invalid-url",
          severity: "high",
          // No user:password@ after the scheme: every surface cuts the userinfo of a URL.
          message: `${variable} is not a URL like postgres://host:5432/name (user:password@ before the host)`
        }
      ],
      display: "(not a URL)",
      verdict: "not a URL",
      secrets
    };
  }
  const { url, username, password, host } = parsed;
  secrets.push(...credentialSecrets(password));
  const params = /* @__PURE__ */ new Map();
  for (const [key, param] of url.searchParams) {
    params.set(key.toLowerCase().replace(/_/g, "-"), param);
    if (/pass/i.test(key)) secrets.push(...credentialSecrets(param));
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase().split("+")[0] ?? "";
  const credentials = username || password ? "***@" : "";
  const display = SQLITE.has(scheme) ? `${scheme}://${url.pathname}` : `${scheme}://${credentials}${host}${url.pathname}`;
  const judged = onThisMachine(
    judgeScheme(scheme, params, clientEnv),
    localEndpoint(url, params, scheme, clientEnv)
  );
  if ("verdict" in judged) return { findings: [], display, verdict: judged.verdict, secrets };
  const { rule, severity, message, hint } = judged;
  return {
    findings: [{ rule, severity, message: `${variable} (${display}) ${message}`, hint }],
    display,
    verdict: message,
    secrets
  };
}
var EMPTY_HOST = /^([a-z][a-z0-9+.-]*:\/\/)(?:([^/?#]*)@)?(:\d*)?([/?#].*)?$/i;
function parseDatabaseUrl(value) {
  const url = URL.parse(value);
  if (url) return { url, username: url.username, password: url.password, host: url.host };
  const [, scheme = "", userinfo = "", port = "", rest = ""] = EMPTY_HOST.exec(value) ?? [];
  const hostless = scheme ? URL.parse(`${scheme}${rest}`) : null;
  if (!hostless) return void 0;
  const colon = userinfo.indexOf(":");
  return {
    url: hostless,
    username: colon === -1 ? userinfo : userinfo.slice(0, colon),
    password: colon === -1 ? "" : userinfo.slice(colon + 1),
    host: port
  };
}
function localEndpoint(url, params, scheme, clientEnv) {
  const postgres = POSTGRES.has(scheme);
  const named = [params.get("host"), percentDecoded(url.hostname)].filter((host) => host);
  const hosts = named.length > 0 || !postgres ? named : [clientEnv.PGHOST];
  const address = postgres ? params.get("hostaddr") ?? clientEnv.PGHOSTADDR : void 0;
  const entries = [...hosts, address].filter((entry) => entry !== void 0).flatMap((entry) => entry.split(",").map((part) => part.trim()));
  const places = (entries.length > 0 ? entries : [""]).map((entry) => {
    if (entry === "") return postgres ? "the default Unix socket" : "localhost, the default host";
    if (entry.startsWith("/")) return `the Unix socket ${entry}`;
    return isLoopbackHost(entry) ? entry : void 0;
  });
  if (places.some((place) => place === void 0)) return void 0;
  return [...new Set(places)].join(", ");
}
function onThisMachine(judged, local) {
  if (!local || !("rule" in judged) || judged.rule !== "tls-not-required") return judged;
  return { verdict: `not encrypted, but ${local} is on this machine, where TLS protects nothing` };
}
function judgeScheme(scheme, params, clientEnv) {
  if (POSTGRES.has(scheme)) return judgePostgres(params, clientEnv);
  if (MYSQL.has(scheme)) return judgeMysql(params);
  if (SQLITE.has(scheme)) {
    return {
      rule: "sqlite",
      severity: "medium",
      message: "is SQLite: a file on the server with no connection to encrypt, lost whenever an ephemeral disk is replaced",
      hint: "use a managed PostgreSQL or MySQL database for production"
    };
  }
  return {
    rule: "unknown-scheme",
    severity: "medium",
    message: `uses ${scheme}://, for which Shipgate cannot tell whether TLS is required`,
    hint: "check the driver\u2019s TLS option by hand, or run this gate only for PostgreSQL or MySQL URLs"
  };
}
function judgePostgres(params, clientEnv) {
  const fromUrl = params.get("sslmode")?.toLowerCase();
  const fromEnv = clientEnv.PGSSLMODE?.trim().toLowerCase() || void 0;
  const mode = fromUrl ?? fromEnv;
  const source = fromUrl ? `sslmode=${mode}` : `PGSSLMODE=${mode}`;
  if (mode && POSTGRES_TLS.has(mode)) {
    return {
      verdict: mode === "verify-full" ? source : `${source} (encrypted; verify-full would also check the server's name)`
    };
  }
  return {
    rule: "tls-not-required",
    severity: "high",
    message: mode ? `does not require TLS: ${fromUrl ? "" : "no sslmode in the URL, and "}${source} ${mode === "disable" ? "turns it off" : "falls back to plaintext"}` : "does not require TLS: no sslmode (nor PGSSLMODE), and libpq then falls back to plaintext",
    hint: "append ?sslmode=require (or verify-full to check the certificate too); dj-database-url\u2019s ssl_require=True does this in code, where this check cannot see it"
  };
}
function judgeMysql(params) {
  const mode = (params.get("ssl-mode") ?? params.get("sslmode"))?.toLowerCase();
  const flag = (params.get("ssl") ?? params.get("tls"))?.toLowerCase();
  const required = mode !== void 0 && MYSQL_TLS.has(mode) || flag !== void 0 && (TRUE.has(flag) || flag === "skip-verify") || params.has("ssl-ca");
  if (required) return { verdict: "TLS required" };
  return {
    rule: "tls-not-required",
    severity: "high",
    message: mode ? `does not require TLS: ssl-mode=${mode.toUpperCase()}` : "does not require TLS: no ssl-mode",
    hint: "append ?ssl-mode=REQUIRED (or VERIFY_IDENTITY to check the certificate too)"
  };
}

export {
  assessDatabaseUrl
};
//# sourceMappingURL=chunk-LGH55XNU.js.map
