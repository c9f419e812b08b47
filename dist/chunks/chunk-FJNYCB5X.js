import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  errorMessage
} from "./chunk-HQCFWBRV.js";
import {
  require_undici
} from "./chunk-O37QRWLD.js";
import {
  redactText,
  redactUrl
} from "./chunk-4L62NAGK.js";
import {
  __toESM
} from "./chunk-UO5GEDUS.js";

// src/http/client.ts
var import_undici = __toESM(require_undici(), 1);
import net2 from "node:net";

// src/http/backoff.ts
function backoffDelay(attempt, baseMs, capMs, random = Math.random) {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function retryAfterMs(value, now = Date.now()) {
  if (!value) return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  if (!/[a-z]/i.test(value)) return void 0;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// src/http/address.ts
import dns from "node:dns";
import net from "node:net";
var METADATA_IPV4 = [
  ["169.254.0.0", 16],
  ["100.100.100.200", 32]
];
var METADATA_IPV6 = [
  ["fe80::", 10],
  ["fd00:ec2::254", 128]
];
var blocked = new net.BlockList();
for (const [address, bits] of METADATA_IPV4) {
  blocked.addSubnet(address, bits, "ipv4");
  blocked.addSubnet(`64:ff9b::${address}`, 96 + bits, "ipv6");
}
for (const [address, bits] of METADATA_IPV6) blocked.addSubnet(address, bits, "ipv6");
function isLinkLocal(address) {
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : void 0;
  return family !== void 0 && blocked.check(address, family);
}
var LinkLocalError = class extends Error {
  name = "LinkLocalError";
  code = "SHIPGATE_LINK_LOCAL";
  address;
  constructor(host, address) {
    super(`${host} resolves to ${address}, a link-local/cloud-metadata address`);
    this.address = address;
  }
};
function connectLookup(allowLinkLocal, resolver = dns.lookup) {
  return (hostname, options, callback) => {
    resolver(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = allowLinkLocal ? void 0 : addresses.find((a) => isLinkLocal(a.address));
      if (bad) return callback(new LinkLocalError(hostname, bad.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(
          Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }),
          []
        );
      callback(null, first.address, first.family);
    });
  };
}

// src/http/errors.ts
var MEANINGS = {
  UND_ERR_CONNECT_TIMEOUT: { text: "timed out connecting", transient: true },
  UND_ERR_HEADERS_TIMEOUT: { text: "timed out awaiting response headers" },
  UND_ERR_BODY_TIMEOUT: { text: "timed out reading the response body (it stalled)" },
  UND_ERR_SOCKET: { text: "the connection was closed unexpectedly", transient: true },
  UND_ERR_HEADERS_OVERFLOW: { text: "the response headers are too large" },
  UND_ERR_RES_EXCEEDED_MAX_SIZE: { text: "the response body is too large" },
  UND_ERR_ABORTED: { text: "the request was cancelled" },
  ABORT_ERR: { text: "the request was cancelled" },
  ECONNREFUSED: { text: "connection refused", transient: true },
  ECONNRESET: { text: "connection reset by the server", transient: true },
  EPIPE: { text: "connection closed while sending", transient: true },
  ETIMEDOUT: { text: "timed out connecting", transient: true },
  EHOSTUNREACH: { text: "host unreachable" },
  ENETUNREACH: { text: "network unreachable" },
  ENOTFOUND: { text: "DNS: no such host" },
  EAI_AGAIN: { text: "DNS lookup failed temporarily", transient: true },
  CERT_HAS_EXPIRED: { text: "TLS: the certificate has expired", tls: true },
  CERT_NOT_YET_VALID: { text: "TLS: the certificate is not yet valid", tls: true },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    text: "TLS: the certificate is not valid for this host name",
    tls: true
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: { text: "TLS: self-signed certificate", tls: true },
  SELF_SIGNED_CERT_IN_CHAIN: { text: "TLS: self-signed certificate in the chain", tls: true },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    text: "TLS: the certificate chain is incomplete (cannot verify the leaf)",
    tls: true
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    text: "TLS: the issuer is not trusted (unknown CA)",
    tls: true
  },
  ERR_SSL_WRONG_VERSION_NUMBER: {
    text: "TLS: the server did not answer with TLS (plain HTTP on an https:// URL?)",
    tls: true
  },
  ERR_SSL_UNSUPPORTED_PROTOCOL: {
    text: "TLS: the server only offers an outdated protocol version",
    tls: true
  },
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: { text: "TLS: no common protocol version", tls: true },
  SHIPGATE_LINK_LOCAL: {
    text: "refused: link-local/cloud-metadata address (set allow-link-local: true to allow)"
  },
  SHIPGATE_BODY_TOO_LARGE: { text: "body too large" },
  SHIPGATE_INSECURE_REDIRECT: { text: "redirect leaves HTTPS for plain HTTP" },
  SHIPGATE_REDIRECT_LOOP: { text: "redirect loop" },
  SHIPGATE_TOO_MANY_REDIRECTS: { text: "more than 10 redirects" },
  SHIPGATE_BAD_REDIRECT: { text: "redirect not followed" },
  SHIPGATE_DEADLINE: { text: "timed out (the probe's time budget ran out)" }
};
function codeOf(error) {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return void 0;
    const { code, errors, cause } = current;
    if (typeof code === "string") return code;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return void 0;
}
function describeError(error) {
  const code = codeOf(error) ?? (error instanceof Error && error.name === "AbortError" ? "ABORT_ERR" : "UNKNOWN");
  const meaning = MEANINGS[code];
  const detail = redactText(errorMessage(error));
  const message = meaning ? meaning.text === detail || code.startsWith("UND_ERR") || code === "ABORT_ERR" ? meaning.text : `${meaning.text} (${detail})` : `${detail || "request failed"}${code === "UNKNOWN" ? "" : ` [${code}]`}`;
  return { code, message, transient: meaning?.transient ?? false, tls: meaning?.tls ?? false };
}
function failure(code, detail) {
  const meaning = MEANINGS[code];
  return {
    code,
    message: detail ? `${meaning.text}: ${detail}` : meaning.text,
    transient: meaning.transient ?? false,
    tls: meaning.tls ?? false
  };
}

// src/http/redirect.ts
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
var RedirectChain = class {
  hops = [];
  #start;
  #seen;
  constructor(start) {
    this.#start = start;
    this.#seen = /* @__PURE__ */ new Set([start.href]);
  }
  /** Records the redirect `from` answered with: the URL to follow, or why it is not followed. */
  follow(from, status, location) {
    let next;
    try {
      next = new URL(location, from);
    } catch {
      return failure("SHIPGATE_BAD_REDIRECT", `Location ${JSON.stringify(location)} is not a URL`);
    }
    this.hops.push({ url: redactUrl(from), status, location: redactUrl(next) });
    if (from.protocol === "https:" && next.protocol === "http:") {
      return failure("SHIPGATE_INSECURE_REDIRECT", this.#describe());
    }
    if (this.#seen.has(next.href)) return failure("SHIPGATE_REDIRECT_LOOP", this.#describe());
    if (this.hops.length >= MAX_REDIRECTS) {
      return failure("SHIPGATE_TOO_MANY_REDIRECTS", this.#describe());
    }
    this.#seen.add(next.href);
    return next;
  }
  /** "https://a/ → 302 https://a/login → 302 https://a/" for messages. */
  #describe() {
    return [
      redactUrl(this.#start.href),
      ...this.hops.map((hop) => `${hop.status} ${redactUrl(hop.location)}`)
    ].join(" \u2192 ");
  }
};

// src/http/client.ts
var RETRY_STATUSES = /* @__PURE__ */ new Set([429, 503]);
var RETRY_BASE_MS = 250;
var RETRY_CAP_MS = 5e3;
function header(response, name) {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
function headerValues(response, name) {
  const value = response.headers[name.toLowerCase()];
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
var HttpClient = class {
  #agent;
  #options;
  constructor(options) {
    this.#options = options;
    this.#agent = new import_undici.Agent({
      connect: {
        timeout: options.connectTimeoutMs,
        ...options.ca ? { ca: options.ca } : {},
        lookup: connectLookup(options.allowLinkLocal, options.resolver)
      },
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      // Short, so that an idle pool never keeps the process alive for long after a probe.
      keepAliveTimeout: 2e3,
      connections: options.connections ?? 10
    });
  }
  /** Sends the request (retrying only what `attempts` allows) and never throws. */
  async send(url, init = {}) {
    const attempts = Math.max(1, init.attempts ?? 1);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#exchange(new URL(url), init);
      const retryable = outcome.ok ? RETRY_STATUSES.has(outcome.response.status) : outcome.error.transient;
      if (!retryable || attempt >= attempts || init.signal?.aborted)
        return { ...outcome, attempts: attempt };
      const hinted = outcome.ok ? retryAfterMs(header(outcome.response, "retry-after")) : void 0;
      const delay = Math.min(
        RETRY_CAP_MS,
        hinted ?? backoffDelay(attempt - 1, RETRY_BASE_MS, RETRY_CAP_MS)
      );
      try {
        await sleep(delay, init.signal);
      } catch {
        return { ...outcome, attempts: attempt };
      }
    }
  }
  /** Closes the pool's sockets; the client is unusable afterwards. */
  async close() {
    await this.#agent.close();
  }
  async #exchange(start, init) {
    const started = performance.now();
    const deadline = AbortSignal.timeout(this.#options.requestTimeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const chain = new RedirectChain(start);
    let url = start;
    let method = init.method ?? "GET";
    const fail = (error) => ({
      ok: false,
      url: redactUrl(url),
      error,
      redirects: chain.hops
    });
    for (; ; ) {
      const refused = this.#refuse(url);
      if (refused) return fail(refused);
      let response;
      try {
        response = await (0, import_undici.request)(url, {
          dispatcher: this.#agent,
          method,
          headers: {
            "user-agent": "shipgate-probe",
            ...url.origin === start.origin ? this.#options.headers : {},
            ...init.headers
          },
          ...init.body !== void 0 && chain.hops.length === 0 ? { body: init.body } : {},
          signal
        });
      } catch (error) {
        return fail(this.#explain(error, deadline));
      }
      const headers = response.headers;
      const location = header({ headers }, "location");
      if (init.redirect === "follow" && REDIRECT_STATUSES.has(response.statusCode) && location) {
        await response.body.dump({ limit: 64 * 1024 }).catch(() => {
        });
        const next = chain.follow(url, response.statusCode, location);
        if (!(next instanceof URL)) return fail(next);
        if (response.statusCode === 303) method = "GET";
        url = next;
        continue;
      }
      let body;
      try {
        body = await this.#body(response.body, init.readBody ?? true);
      } catch (error) {
        return fail(this.#explain(error, deadline));
      }
      const timeMs = performance.now() - started;
      return {
        ok: true,
        response: { url: redactUrl(url), status: response.statusCode, headers, body, timeMs },
        redirects: chain.hops
      };
    }
  }
  /** Refuses URLs no probe may fetch: other schemes, and link-local addresses written as literals (DNS names are checked in the lookup). */
  #refuse(url) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return failure("SHIPGATE_BAD_REDIRECT", `${url.protocol} URLs are not followed`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!this.#options.allowLinkLocal && net2.isIP(host) && isLinkLocal(host)) {
      return failure("SHIPGATE_LINK_LOCAL", host);
    }
    return void 0;
  }
  /** The body as text, at most `maxBodyBytes` of it; or drained, and '', when it is not read. */
  async #body(stream, read) {
    if (!read) {
      await stream.dump({ limit: this.#options.maxBodyBytes });
      return "";
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > this.#options.maxBodyBytes) {
        stream.destroy();
        throw Object.assign(new Error(`more than ${this.#options.maxBodyBytes} bytes`), {
          code: "SHIPGATE_BODY_TOO_LARGE"
        });
      }
      chunks.push(chunk);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
  }
  #explain(error, deadline) {
    if (deadline.aborted) {
      return failure(
        "SHIPGATE_DEADLINE",
        `no complete response within ${this.#options.requestTimeoutMs} ms`
      );
    }
    return describeError(error);
  }
};

// src/analyzers/csp.ts
var CASE_INSENSITIVE_SOURCE = /^'(?!nonce-|sha(?:256|384|512)-)[a-z-]+'$|^[a-z][a-z0-9+.-]*:$/i;
function parseCsp(value) {
  const policy = /* @__PURE__ */ new Map();
  for (const part of value.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (policy.has(key)) continue;
    policy.set(
      key,
      sources.map((s) => CASE_INSENSITIVE_SOURCE.test(s) ? s.toLowerCase() : s)
    );
  }
  return policy;
}
var FALLBACKS = {
  "script-src": ["script-src", "default-src"],
  "script-src-elem": ["script-src-elem", "script-src", "default-src"],
  "script-src-attr": ["script-src-attr", "script-src", "default-src"],
  "style-src": ["style-src", "default-src"],
  "style-src-elem": ["style-src-elem", "style-src", "default-src"],
  "style-src-attr": ["style-src-attr", "style-src", "default-src"],
  "worker-src": ["worker-src", "child-src", "script-src", "default-src"],
  "frame-src": ["frame-src", "child-src", "default-src"],
  "child-src": ["child-src", "default-src"],
  "connect-src": ["connect-src", "default-src"],
  "font-src": ["font-src", "default-src"],
  "img-src": ["img-src", "default-src"],
  "media-src": ["media-src", "default-src"],
  "manifest-src": ["manifest-src", "default-src"],
  "object-src": ["object-src", "default-src"]
};
function governingDirective(policy, directive) {
  return (FALLBACKS[directive] ?? [directive]).find((name) => policy.has(name));
}
function effectiveSources(policy, directive) {
  const governing = governingDirective(policy, directive);
  return governing === void 0 ? void 0 : policy.get(governing);
}
var isNonceOrHash = (source) => /^'(nonce|sha256|sha384|sha512)-/i.test(source);
var broadSources = (sources) => sources.filter((s) => s === "*" || /^(https?|data|blob|filesystem):$/.test(s));
function cspWeaknesses(policy) {
  const weaknesses = [];
  const scriptDirective = governingDirective(policy, "script-src");
  const script = scriptDirective === void 0 ? void 0 : policy.get(scriptDirective);
  if (scriptDirective === void 0 || script === void 0) {
    weaknesses.push({
      rule: "csp/scripts-unrestricted",
      severity: "high",
      directive: "script-src",
      message: "The CSP sets neither script-src nor default-src, so it allows scripts from anywhere."
    });
  } else {
    const via = scriptDirective === "script-src" ? "script-src" : `${scriptDirective} (no script-src)`;
    if (script.includes("'unsafe-inline'") && !script.some(isNonceOrHash)) {
      weaknesses.push({
        rule: "csp/unsafe-inline",
        severity: "high",
        directive: scriptDirective,
        message: `The CSP allows inline scripts: ${via} has 'unsafe-inline' without a nonce or hash, which defeats its protection against XSS.`
      });
    }
    if (script.includes("'unsafe-eval'")) {
      weaknesses.push({
        rule: "csp/unsafe-eval",
        severity: "medium",
        directive: scriptDirective,
        message: `The CSP allows eval(): ${via} has 'unsafe-eval'.`
      });
    }
    const broad = broadSources(script);
    if (broad.length) {
      weaknesses.push({
        rule: "csp/wildcard-source",
        severity: "high",
        directive: scriptDirective,
        message: `The CSP allows scripts from any host: ${via} has ${broad.join(" ")}.`
      });
    }
  }
  const objectDirective = governingDirective(policy, "object-src");
  const broadObjects = broadSources(effectiveSources(policy, "object-src") ?? []);
  if (objectDirective && broadObjects.length) {
    weaknesses.push({
      rule: "csp/wildcard-source",
      severity: "high",
      directive: objectDirective,
      message: `The CSP allows plugins from any host: ${objectDirective} has ${broadObjects.join(" ")}.`
    });
  }
  return weaknesses;
}

// src/analyzers/security-headers/assessment.ts
function severityFor(modifier) {
  if (modifier <= -20) return "high";
  if (modifier <= -10) return "medium";
  if (modifier < 0) return "low";
  return "info";
}
function assess(test, table, result, problem) {
  const modifier = table[result];
  return {
    test,
    result,
    modifier,
    findings: problem ? [
      {
        rule: result,
        severity: problem.severity ?? severityFor(modifier),
        message: problem.message,
        hint: problem.hint
      }
    ] : []
  };
}
function advice(rule, severity, message, hint) {
  return { rule, severity, message, hint };
}

// src/analyzers/security-headers/csp.ts
var RESULTS = {
  "csp-not-implemented": -25,
  "csp-header-invalid": -25,
  "csp-implemented-with-unsafe-inline": -20,
  "csp-implemented-with-insecure-scheme": -20,
  "csp-implemented-with-unsafe-eval": -10,
  "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
  "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
  "csp-implemented-with-no-unsafe": 5,
  "csp-implemented-with-no-unsafe-default-src-none": 10
};
var OWASP_CSP = "Content-Security-Policy: default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests";
var HINTS = {
  "csp/scripts-unrestricted": `Set script-src or default-src, e.g. ${OWASP_CSP}.`,
  "csp/unsafe-inline": "Use nonces or hashes ('nonce-\u2026', 'sha256-\u2026') instead of 'unsafe-inline'.",
  "csp/unsafe-eval": "Remove 'unsafe-eval' (replace eval/new Function in the app or its libraries).",
  "csp/wildcard-source": "Name the hosts instead of * or a bare scheme, and set object-src 'none'."
};
var SCRIPT_INJECTION = /* @__PURE__ */ new Set([
  "csp/scripts-unrestricted",
  "csp/unsafe-inline",
  "csp/wildcard-source"
]);
var ACTIVE = [
  "default-src",
  "script-src",
  "style-src",
  "object-src",
  "connect-src",
  "frame-src",
  "font-src",
  "worker-src",
  "child-src"
];
var PASSIVE = ["img-src", "media-src"];
var allowsHttp = (csp, directives) => directives.some((d) => csp.get(d)?.some((source) => /^http:/i.test(source)));
function resultOf(csp, weaknesses, https) {
  const style = effectiveSources(csp, "style-src") ?? [];
  const rows = [
    [
      weaknesses.some((rule) => SCRIPT_INJECTION.has(rule)) || !effectiveSources(csp, "object-src"),
      "csp-implemented-with-unsafe-inline"
    ],
    [https && allowsHttp(csp, ACTIVE), "csp-implemented-with-insecure-scheme"],
    [weaknesses.includes("csp/unsafe-eval"), "csp-implemented-with-unsafe-eval"],
    [
      https && allowsHttp(csp, PASSIVE),
      "csp-implemented-with-insecure-scheme-in-passive-content-only"
    ],
    [
      style.includes("'unsafe-inline'") || style.some((s) => /^(\*|https?:|data:)$/.test(s)),
      "csp-implemented-with-unsafe-inline-in-style-src-only"
    ],
    [
      csp.get("default-src")?.join(" ") === "'none'",
      "csp-implemented-with-no-unsafe-default-src-none"
    ]
  ];
  return rows.find(([applies]) => applies)?.[1] ?? "csp-implemented-with-no-unsafe";
}
function policyAdvice(csp, https) {
  const rows = [
    [
      !effectiveSources(csp, "object-src"),
      "csp/objects-unrestricted",
      "high",
      "The CSP sets neither object-src nor default-src, so plugins load from anywhere.",
      "Set object-src 'none'."
    ],
    [
      https && allowsHttp(csp, [...ACTIVE, ...PASSIVE]),
      "csp/insecure-scheme",
      "medium",
      "The CSP lets an HTTPS page load resources over plain http:.",
      "Replace http: sources with https: ones and add upgrade-insecure-requests."
    ],
    [
      !csp.has("default-src"),
      "csp/without-default-src",
      "medium",
      "The CSP has no default-src, so unlisted resource types load from anywhere.",
      `Start from ${OWASP_CSP}.`
    ],
    [
      !csp.has("frame-ancestors"),
      "csp/without-frame-ancestors",
      "low",
      "The CSP has no frame-ancestors.",
      "Add frame-ancestors 'none' (or 'self')."
    ]
  ];
  return rows.filter(([applies]) => applies).map(([, ...row]) => advice(...row));
}
var cspTest = (response) => {
  const test = "content-security-policy";
  const value = header(response, "content-security-policy");
  const missing = (result2, message) => ({
    test,
    result: result2,
    modifier: RESULTS[result2],
    findings: [
      advice(result2, "high", message, `Set ${OWASP_CSP} (then allow what the app needs).`)
    ]
  });
  if (value === void 0)
    return missing("csp-not-implemented", "Content-Security-Policy is missing.");
  const csp = parseCsp(value);
  if (csp.size === 0)
    return missing("csp-header-invalid", `Content-Security-Policy cannot be parsed: "${value}".`);
  const weaknesses = cspWeaknesses(csp);
  const https = new URL(response.url).protocol === "https:";
  const findings = [
    ...weaknesses.map((w) => ({
      rule: w.rule,
      severity: w.severity,
      message: w.message,
      hint: HINTS[w.rule] ?? `Start from ${OWASP_CSP}.`
    })),
    ...policyAdvice(csp, https)
  ];
  const result = resultOf(
    csp,
    weaknesses.map((w) => w.rule),
    https
  );
  return { test, result, modifier: RESULTS[result], findings };
};

// src/analyzers/security-headers/hsts.ts
var RESULTS2 = {
  "hsts-implemented-max-age-at-least-six-months": 0,
  "hsts-implemented-max-age-less-than-six-months": -10,
  "hsts-not-implemented": -20,
  "hsts-header-invalid": -20,
  "hsts-not-implemented-no-https": -20
};
var SIX_MONTHS_S = 15552e3;
var OWASP = "Strict-Transport-Security: max-age=63072000; includeSubDomains";
var hstsTest = (response) => {
  const test = "strict-transport-security";
  if (new URL(response.url).protocol !== "https:") {
    return assess(test, RESULTS2, "hsts-not-implemented-no-https", {
      message: "The page is served over plain HTTP, so HSTS cannot apply.",
      hint: `Serve it over HTTPS and send ${OWASP}.`
    });
  }
  const value = header(response, "strict-transport-security");
  if (value === void 0) {
    return assess(test, RESULTS2, "hsts-not-implemented", {
      message: "Strict-Transport-Security is missing.",
      hint: `Set ${OWASP}.`
    });
  }
  const directives = value.split(";").map((part) => part.trim().toLowerCase());
  const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find(Boolean);
  if (maxAge === void 0 || value.includes(",")) {
    return assess(test, RESULTS2, "hsts-header-invalid", {
      message: value.includes(",") ? `Strict-Transport-Security is sent more than once: "${value}".` : `Strict-Transport-Security has no valid max-age: "${value}".`,
      hint: `Set ${OWASP}.`
    });
  }
  const result = Number(maxAge) >= SIX_MONTHS_S ? assess(test, RESULTS2, "hsts-implemented-max-age-at-least-six-months") : assess(test, RESULTS2, "hsts-implemented-max-age-less-than-six-months", {
    message: `HSTS max-age is ${maxAge} s, under six months (${SIX_MONTHS_S} s).`,
    hint: `Set ${OWASP}.`
  });
  if (!directives.includes("includesubdomains")) {
    result.findings.push(
      advice(
        "hsts-without-includesubdomains",
        "low",
        "HSTS does not cover subdomains.",
        `Set ${OWASP}.`
      )
    );
  }
  return result;
};

// src/analyzers/security-headers/referrer-policy.ts
var RESULTS3 = {
  "referrer-policy-private": 5,
  "referrer-policy-not-implemented": 0,
  "referrer-policy-unsafe": -5,
  "referrer-policy-header-invalid": -5
};
var PRIVATE = /* @__PURE__ */ new Set([
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin"
]);
var UNSAFE = /* @__PURE__ */ new Set([
  "origin",
  "origin-when-cross-origin",
  "unsafe-url",
  "no-referrer-when-downgrade"
]);
var HINT = "Set Referrer-Policy: no-referrer or strict-origin-when-cross-origin.";
var referrerPolicyTest = (response) => {
  const test = "referrer-policy";
  const value = header(response, "referrer-policy");
  if (value === void 0) return assess(test, RESULTS3, "referrer-policy-not-implemented");
  const known = value.split(",").map((token) => token.trim().toLowerCase()).filter((token) => PRIVATE.has(token) || UNSAFE.has(token));
  const effective = known.at(-1);
  if (effective === void 0) {
    return assess(test, RESULTS3, "referrer-policy-header-invalid", {
      message: `Referrer-Policy "${value}" is not a policy browsers know.`,
      hint: HINT
    });
  }
  if (UNSAFE.has(effective)) {
    return assess(test, RESULTS3, "referrer-policy-unsafe", {
      message: `Referrer-Policy ${effective} leaks full URLs to other sites.`,
      hint: HINT
    });
  }
  return assess(test, RESULTS3, "referrer-policy-private");
};

// src/analyzers/security-headers/x-content-type-options.ts
var RESULTS4 = {
  "x-content-type-options-nosniff": 0,
  "x-content-type-options-not-implemented": -5,
  "x-content-type-options-header-invalid": -5
};
var HINT2 = "Set X-Content-Type-Options: nosniff.";
var xContentTypeOptionsTest = (response) => {
  const test = "x-content-type-options";
  const value = header(response, "x-content-type-options");
  if (value === void 0) {
    return assess(test, RESULTS4, "x-content-type-options-not-implemented", {
      message: "X-Content-Type-Options is missing.",
      hint: HINT2
    });
  }
  if (value.trim().toLowerCase() !== "nosniff") {
    return assess(test, RESULTS4, "x-content-type-options-header-invalid", {
      message: `X-Content-Type-Options is "${value}", not nosniff.`,
      hint: HINT2
    });
  }
  return assess(test, RESULTS4, "x-content-type-options-nosniff");
};

// src/analyzers/security-headers/x-frame-options.ts
var RESULTS5 = {
  "x-frame-options-implemented-via-csp": 5,
  "x-frame-options-sameorigin-or-deny": 5,
  "x-frame-options-allow-from-origin": 0,
  "x-frame-options-not-implemented": -20,
  "x-frame-options-header-invalid": -20
};
var HINT3 = "Set CSP frame-ancestors 'none' (or 'self'), and X-Frame-Options: DENY for old browsers.";
var xFrameOptionsTest = (response) => {
  const test = "x-frame-options";
  const csp = header(response, "content-security-policy");
  if (csp !== void 0 && parseCsp(csp).has("frame-ancestors")) {
    return assess(test, RESULTS5, "x-frame-options-implemented-via-csp");
  }
  const value = header(response, "x-frame-options")?.trim().toLowerCase();
  if (value === void 0) {
    return assess(test, RESULTS5, "x-frame-options-not-implemented", {
      message: "Neither X-Frame-Options nor CSP frame-ancestors protects against framing (clickjacking).",
      hint: HINT3
    });
  }
  if (value === "deny" || value === "sameorigin")
    return assess(test, RESULTS5, "x-frame-options-sameorigin-or-deny");
  if (value.startsWith("allow-from "))
    return assess(test, RESULTS5, "x-frame-options-allow-from-origin");
  return assess(test, RESULTS5, "x-frame-options-header-invalid", {
    message: `X-Frame-Options is "${value}", which browsers ignore.`,
    hint: HINT3
  });
};

export {
  backoffDelay,
  sleep,
  isLinkLocal,
  connectLookup,
  describeError,
  failure,
  header,
  headerValues,
  HttpClient,
  severityFor,
  assess,
  advice,
  cspTest,
  hstsTest,
  referrerPolicyTest,
  xContentTypeOptionsTest,
  xFrameOptionsTest
};
//# sourceMappingURL=chunk-FJNYCB5X.js.map
