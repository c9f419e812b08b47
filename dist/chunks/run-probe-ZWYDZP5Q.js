import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DEFAULT_LOGIN
} from "./chunk-DOZLVJPR.js";
import {
  HttpClient,
  advice,
  assess,
  backoffDelay,
  connectLookup,
  cspTest,
  describeError,
  failure,
  header,
  headerValues,
  hstsTest,
  isLinkLocal,
  referrerPolicyTest,
  severityFor,
  sleep,
  xContentTypeOptionsTest,
  xFrameOptionsTest
} from "./chunk-FJNYCB5X.js";
import {
  errorMessage
} from "./chunk-HQCFWBRV.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import "./chunk-O37QRWLD.js";
import {
  redactText,
  redactUrl
} from "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import "./chunk-T4WLO72Z.js";
import {
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  plural,
  slug
} from "./chunk-DVUULFWV.js";
import {
  statusOf
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/probes/probe.ts
var seenOf = (response) => ({
  url: response.url,
  status: response.status,
  body: response.body
});
var ATTEMPTS = 3;
function failedRequest(url, failure2, rule = failure2.tls ? "tls-error" : "probe-error") {
  const message = `${redactUrl(url)}: ${failure2.message}`;
  return {
    status: "fail",
    summary: failure2.message,
    findings: [{ rule, severity: "high", message }]
  };
}
function outcomeOf(findings, failOn, summary, metrics = {}) {
  return { status: statusOf(findings, { failOn }), summary, findings, metrics, failOn };
}

// src/analyzers/security-headers/cookies.ts
var RESULTS = {
  "cookies-secure-with-httponly-sessions-and-samesite": 5,
  "cookies-not-found": 0,
  "cookies-secure-with-httponly-sessions": 0,
  "cookies-without-secure-flag-but-protected-by-hsts": -5,
  "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
  "cookies-without-secure-flag": -20,
  "cookies-samesite-flag-invalid": -20,
  "cookies-anticsrf-without-samesite-flag": -20,
  "cookies-session-without-httponly-flag": -30,
  "cookies-session-without-secure-flag": -40
};
var SESSION_NAME = /sess|^sid$|\.sid$|auth|login|jwt|token/i;
var CSRF_NAME = /csrf|xsrf/i;
function parseSetCookie(text) {
  const [pair, ...attributes] = text.split(";");
  const name = pair?.split("=")[0]?.trim();
  if (!name) return void 0;
  return {
    name,
    attributes: new Map(
      attributes.map((attribute) => {
        const [key = "", ...rest] = attribute.split("=");
        return [key.trim().toLowerCase(), rest.join("=").trim()];
      })
    )
  };
}
function withoutSecureResult(session, hsts) {
  if (session) {
    return hsts ? "cookies-session-without-secure-flag-but-protected-by-hsts" : "cookies-session-without-secure-flag";
  }
  return hsts ? "cookies-without-secure-flag-but-protected-by-hsts" : "cookies-without-secure-flag";
}
function cookieProblems({ name, attributes }, session, hsts) {
  const sameSite = attributes.get("samesite")?.toLowerCase();
  const rows = [
    [
      !attributes.has("secure"),
      withoutSecureResult(session, hsts),
      `Cookie ${name} is sent without Secure${session ? " (a session cookie)" : ""}.`,
      `Add Secure${session ? " (Django: SESSION_COOKIE_SECURE = True)" : CSRF_NAME.test(name) ? " (Django: CSRF_COOKIE_SECURE = True)" : ""}.`
    ],
    [
      session && !attributes.has("httponly"),
      "cookies-session-without-httponly-flag",
      `Session cookie ${name} is readable by scripts (no HttpOnly).`,
      "Add HttpOnly (Django: SESSION_COOKIE_HTTPONLY = True, the default)."
    ],
    [
      sameSite !== void 0 && !["strict", "lax", "none"].includes(sameSite),
      "cookies-samesite-flag-invalid",
      `Cookie ${name} has SameSite=${sameSite}, which browsers ignore.`,
      "Use SameSite=Lax or Strict."
    ],
    [
      sameSite === void 0 && CSRF_NAME.test(name),
      "cookies-anticsrf-without-samesite-flag",
      `CSRF cookie ${name} has no SameSite.`,
      "Add SameSite=Lax or Strict (Django: CSRF_COOKIE_SAMESITE = 'Lax')."
    ]
  ];
  return rows.filter(([applies]) => applies).map(([, result, message, hint]) => ({ result, finding: { message, hint } }));
}
function cookiesResult(problems, cookies) {
  const worst = problems.map((p) => p.result).sort((a, b) => RESULTS[a] - RESULTS[b])[0];
  if (worst) return worst;
  return cookies.every((cookie) => cookie.attributes.has("samesite")) ? "cookies-secure-with-httponly-sessions-and-samesite" : "cookies-secure-with-httponly-sessions";
}
function analyseCookies(response, options = {}) {
  const cookies = headerValues(response, "set-cookie").map(parseSetCookie).filter((cookie) => cookie !== void 0);
  if (cookies.length === 0) {
    return { test: "cookies", result: "cookies-not-found", modifier: 0, findings: [] };
  }
  const hsts = header(response, "strict-transport-security") !== void 0;
  const isSession = (name) => options.sessionNames ? options.sessionNames.includes(name) : SESSION_NAME.test(name) && !CSRF_NAME.test(name);
  const problems = cookies.flatMap(
    (cookie) => cookieProblems(cookie, isSession(cookie.name), hsts)
  );
  const findings = problems.map(({ result: result2, finding }) => ({
    rule: result2,
    severity: severityFor(RESULTS[result2]),
    ...finding
  }));
  const result = cookiesResult(problems, cookies);
  return { test: "cookies", result, modifier: RESULTS[result], findings };
}

// src/probes/cookies.ts
var cookiesProbe = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: "manual",
    attempts: ATTEMPTS,
    signal: context.signal
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const count = headerValues(sent.response, "set-cookie").length;
  const { findings } = analyseCookies(
    sent.response,
    probe.names ? { sessionNames: probe.names } : {}
  );
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${plural(count, "cookie")} set, flags in order`
  );
};

// src/analyzers/security-headers/cors.ts
var PROBE_ORIGIN = "https://shipgate-probe.invalid";
var RESULTS2 = {
  "cross-origin-resource-sharing-not-implemented": 0,
  "cross-origin-resource-sharing-implemented-with-public-access": 0,
  "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
  "cross-origin-resource-sharing-implemented-with-universal-access": -50
};
var corsTest = (response) => {
  const test = "cross-origin-resource-sharing";
  const allowOrigin = header(response, "access-control-allow-origin")?.trim();
  if (allowOrigin === void 0)
    return assess(test, RESULTS2, "cross-origin-resource-sharing-not-implemented");
  if (allowOrigin === "*")
    return assess(test, RESULTS2, "cross-origin-resource-sharing-implemented-with-public-access");
  const credentials = header(response, "access-control-allow-credentials")?.trim().toLowerCase() === "true";
  if (allowOrigin === PROBE_ORIGIN && credentials) {
    return assess(
      test,
      RESULTS2,
      "cross-origin-resource-sharing-implemented-with-universal-access",
      {
        message: "Any origin is reflected in Access-Control-Allow-Origin together with Allow-Credentials: true.",
        hint: "Allow only your front end origins (django-cors-headers: CORS_ALLOWED_ORIGINS, never CORS_ALLOW_ALL_ORIGINS with credentials)."
      }
    );
  }
  return assess(test, RESULTS2, "cross-origin-resource-sharing-implemented-with-restricted-access");
};

// src/probes/cors.ts
var SAFELISTED = /* @__PURE__ */ new Set(["GET", "HEAD", "POST"]);
var list = (value) => (value ?? "").split(",").map((item) => item.trim().toLowerCase()).filter(Boolean);
var preflight = (client, url, origin, method, headers, signal) => client.send(url, {
  method: "OPTIONS",
  headers: {
    origin,
    "access-control-request-method": method,
    ...headers.length ? { "access-control-request-headers": headers.join(", ") } : {}
  },
  signal
});
var misconfigured = (message, hint) => ({
  rule: "cors-misconfigured",
  severity: "high",
  message,
  hint
});
function preflightFindings(method, answer, { origin, headers, credentials }) {
  const corsHint = `Allow ${origin} (django-cors-headers: CORS_ALLOWED_ORIGINS, CORS_ALLOW_METHODS, CORS_ALLOW_HEADERS).`;
  if (answer.status < 200 || answer.status >= 300)
    return [
      misconfigured(`preflight ${method} from ${origin} answered ${answer.status}`, corsHint)
    ];
  const allowOrigin = header(answer, "access-control-allow-origin")?.trim();
  const allowsCredentials = header(answer, "access-control-allow-credentials")?.trim().toLowerCase() === "true";
  const methods = list(header(answer, "access-control-allow-methods"));
  const allowed = list(header(answer, "access-control-allow-headers"));
  const wildcard = (values) => !credentials && values.includes("*");
  const missing = headers.filter((h) => !allowed.includes(h.toLowerCase()) && !wildcard(allowed));
  const problems = [
    [
      allowOrigin !== origin && !(allowOrigin === "*" && !credentials),
      `preflight ${method} from ${origin}: Access-Control-Allow-Origin is ${allowOrigin ?? "missing"}`,
      corsHint
    ],
    [
      !SAFELISTED.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods),
      `preflight: ${method} is not in Access-Control-Allow-Methods (${methods.join(", ") || "missing"})`,
      corsHint
    ],
    [
      missing.length > 0,
      `preflight: ${missing.join(", ")} not in Access-Control-Allow-Headers (${allowed.join(", ") || "missing"})`,
      corsHint
    ],
    [
      credentials && !allowsCredentials,
      "preflight: Access-Control-Allow-Credentials is not true, so the browser will not send cookies",
      "Set CORS_ALLOW_CREDENTIALS = True."
    ],
    [
      allowOrigin === "*" && allowsCredentials,
      "Access-Control-Allow-Origin * with Allow-Credentials: true",
      "Name the allowed origins instead of *."
    ]
  ];
  return problems.filter(([applies]) => applies).map(([, message, hint]) => misconfigured(message, hint));
}
function foreignOriginFindings(answer) {
  if (header(answer, "access-control-allow-origin")?.trim() !== PROBE_ORIGIN) return [];
  return [
    misconfigured(
      `a foreign origin (${PROBE_ORIGIN}) is reflected in Access-Control-Allow-Origin`,
      "Allow a fixed list of origins, never echo the request Origin."
    )
  ];
}
var corsProbe = async ({ probe, url, client, context }) => {
  const origin = new URL(probe.origin).origin;
  const needs = { origin, headers: probe.headers, credentials: probe.credentials };
  const findings = [];
  for (const method2 of probe.methods) {
    const sent = await preflight(client, url, origin, method2, probe.headers, context.signal);
    if (!sent.ok) return failedRequest(url, sent.error);
    findings.push(...preflightFindings(method2, sent.response, needs));
  }
  const method = probe.methods[0] ?? "GET";
  const foreign = await preflight(client, url, PROBE_ORIGIN, method, probe.headers, context.signal);
  if (!foreign.ok) return failedRequest(url, foreign.error);
  findings.push(...foreignOriginFindings(foreign.response));
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${origin} allowed for ${probe.methods.join(", ")}; foreign origins refused`
  );
};

// src/analyzers/security-headers/grade.ts
var GRADE_CHART = [
  [100, "A+"],
  [90, "A"],
  [85, "A-"],
  [80, "B+"],
  [70, "B"],
  [65, "B-"],
  [60, "C+"],
  [50, "C"],
  [45, "C-"],
  [40, "D+"],
  [30, "D"],
  [25, "D-"],
  [0, "F"]
];
var BONUS_THRESHOLD = 90;
function scoreOf(assessments) {
  const modifiers = assessments.map((a) => a.modifier);
  const penalised = 100 + modifiers.filter((m) => m < 0).reduce((sum, m) => sum + m, 0);
  const bonus = penalised >= BONUS_THRESHOLD ? modifiers.filter((m) => m > 0).reduce((sum, m) => sum + m, 0) : 0;
  const score = Math.max(0, penalised + bonus);
  return { score, grade: gradeOf(Math.min(100, Math.floor(score / 5) * 5)) };
}
function gradeOf(score) {
  return GRADE_CHART.find(([floor]) => score >= floor)?.[1] ?? "F";
}
var gradeRank = (grade) => GRADE_CHART.findIndex(([, g]) => g === grade);

// node_modules/structured-headers/dist/util.js
var asciiRe = /^[\x20-\x7E]*$/;
var tokenRe = /^[a-zA-Z*][:/!#$%&'*+\-.^_`|~A-Za-z0-9]*$/;
function isAscii(str) {
  return asciiRe.test(str);
}
function isValidTokenStr(str) {
  return tokenRe.test(str);
}
function base64ToArrayBuffer(b64) {
  const binaryString = atob(b64);
  const len = binaryString.length;
  const bytes = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes.buffer;
}

// node_modules/structured-headers/dist/token.js
var Token = class {
  constructor(value) {
    if (!isValidTokenStr(value)) {
      throw new TypeError("Invalid character in Token string. Tokens must start with *, A-Z and the rest of the string may only contain a-z, A-Z, 0-9, :/!#$%&'*+-.^_`|~");
    }
    this.value = value;
  }
  toString() {
    return this.value;
  }
};

// node_modules/structured-headers/dist/displaystring.js
var DisplayString = class {
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
};

// node_modules/structured-headers/dist/parser.js
function parseItem(input) {
  const parser = new Parser(input);
  return parser.parseItem();
}
var ParseError = class extends Error {
  constructor(position, message) {
    super(`Parse error: ${message} at offset ${position}`);
  }
};
var Parser = class {
  constructor(input) {
    this.input = input;
    this.pos = 0;
  }
  parseDictionary() {
    this.skipWS();
    const dictionary = /* @__PURE__ */ new Map();
    while (!this.eof()) {
      const thisKey = this.parseKey();
      let member;
      if (this.lookChar() === "=") {
        this.pos++;
        member = this.parseItemOrInnerList();
      } else {
        member = [true, this.parseParameters()];
      }
      dictionary.set(thisKey, member);
      this.skipOWS();
      if (this.eof()) {
        return dictionary;
      }
      this.expectChar(",");
      this.pos++;
      this.skipOWS();
      if (this.eof()) {
        throw new ParseError(this.pos, "Dictionary contained a trailing comma");
      }
    }
    return dictionary;
  }
  parseList() {
    this.skipWS();
    const members = [];
    while (!this.eof()) {
      members.push(this.parseItemOrInnerList());
      this.skipOWS();
      if (this.eof()) {
        return members;
      }
      this.expectChar(",");
      this.pos++;
      this.skipOWS();
      if (this.eof()) {
        throw new ParseError(this.pos, "A list may not end with a trailing comma");
      }
    }
    return members;
  }
  parseItem(standaloneItem = true) {
    if (standaloneItem)
      this.skipWS();
    const result = [
      this.parseBareItem(),
      this.parseParameters()
    ];
    if (standaloneItem)
      this.checkTrail();
    return result;
  }
  parseItemOrInnerList() {
    if (this.lookChar() === "(") {
      return this.parseInnerList();
    } else {
      return this.parseItem(false);
    }
  }
  parseInnerList() {
    this.expectChar("(");
    this.pos++;
    const innerList = [];
    while (!this.eof()) {
      this.skipWS();
      if (this.lookChar() === ")") {
        this.pos++;
        return [
          innerList,
          this.parseParameters()
        ];
      }
      innerList.push(this.parseItem(false));
      const nextChar = this.lookChar();
      if (nextChar !== " " && nextChar !== ")") {
        throw new ParseError(this.pos, "Expected a whitespace or ) after every item in an inner list");
      }
    }
    throw new ParseError(this.pos, "Could not find end of inner list");
  }
  parseBareItem() {
    const char = this.lookChar();
    if (char === void 0) {
      throw new ParseError(this.pos, "Unexpected end of string");
    }
    if (char.match(/^[-0-9]/)) {
      return this.parseIntegerOrDecimal();
    }
    if (char === '"') {
      return this.parseString();
    }
    if (char.match(/^[A-Za-z*]/)) {
      return this.parseToken();
    }
    if (char === ":") {
      return this.parseByteSequence();
    }
    if (char === "?") {
      return this.parseBoolean();
    }
    if (char === "@") {
      return this.parseDate();
    }
    if (char === "%") {
      return this.parseDisplayString();
    }
    throw new ParseError(this.pos, "Unexpected input");
  }
  parseParameters() {
    const parameters = /* @__PURE__ */ new Map();
    while (!this.eof()) {
      const char = this.lookChar();
      if (char !== ";") {
        break;
      }
      this.pos++;
      this.skipWS();
      const key = this.parseKey();
      let value = true;
      if (this.lookChar() === "=") {
        this.pos++;
        value = this.parseBareItem();
      }
      parameters.set(key, value);
    }
    return parameters;
  }
  parseIntegerOrDecimal() {
    let type = "integer";
    let sign = 1;
    let inputNumber = "";
    if (this.lookChar() === "-") {
      sign = -1;
      this.pos++;
    }
    if (!isDigit(this.lookChar())) {
      throw new ParseError(this.pos, "Expected a digit (0-9)");
    }
    while (!this.eof()) {
      const char = this.getChar();
      if (isDigit(char)) {
        inputNumber += char;
      } else if (type === "integer" && char === ".") {
        if (inputNumber.length > 12) {
          throw new ParseError(this.pos, "Exceeded maximum decimal length");
        }
        inputNumber += ".";
        type = "decimal";
      } else {
        this.pos--;
        break;
      }
      if (type === "integer" && inputNumber.length > 15) {
        throw new ParseError(this.pos, "Exceeded maximum integer length");
      }
      if (type === "decimal" && inputNumber.length > 16) {
        throw new ParseError(this.pos, "Exceeded maximum decimal length");
      }
    }
    if (type === "integer") {
      return parseInt(inputNumber, 10) * sign;
    } else {
      if (inputNumber.endsWith(".")) {
        throw new ParseError(this.pos, "Decimal cannot end on a period");
      }
      if (inputNumber.split(".")[1].length > 3) {
        throw new ParseError(this.pos, "Number of digits after the decimal point cannot exceed 3");
      }
      return parseFloat(inputNumber) * sign;
    }
  }
  parseString() {
    let outputString = "";
    this.expectChar('"');
    this.pos++;
    while (!this.eof()) {
      const char = this.getChar();
      if (char === "\\") {
        if (this.eof()) {
          throw new ParseError(this.pos, "Unexpected end of input");
        }
        const nextChar = this.getChar();
        if (nextChar !== "\\" && nextChar !== '"') {
          throw new ParseError(this.pos, "A backslash must be followed by another backslash or double quote");
        }
        outputString += nextChar;
      } else if (char === '"') {
        return outputString;
      } else if (!isAscii(char)) {
        throw new ParseError(this.pos, "Strings must be in the ASCII range");
      } else {
        outputString += char;
      }
    }
    throw new ParseError(this.pos, "Unexpected end of input");
  }
  parseDisplayString() {
    const chars = this.getChars(2);
    if (chars !== '%"') {
      throw new ParseError(this.pos, "Unexpected character. Display strings should start with %=");
    }
    const result = [];
    while (!this.eof()) {
      const char = this.getChar();
      if (char.charCodeAt(0) <= 31 || char.charCodeAt(0) >= 127 && char.charCodeAt(0) <= 255) {
        throw new ParseError(this.pos, "Invalid char found in DisplayString. Did you forget to escape?");
      }
      if (char === "%") {
        const hexChars = this.getChars(2);
        if (/^[0-9a-f]{2}$/.test(hexChars)) {
          result.push(parseInt(hexChars, 16));
        } else {
          throw new ParseError(this.pos, `Unexpected sequence after % in DispalyString: "${hexChars}". Note that hexidecimals must be lowercase`);
        }
        continue;
      }
      if (char === '"') {
        const textDecoder = new TextDecoder("utf-8", {
          fatal: true
        });
        try {
          return new DisplayString(textDecoder.decode(new Uint8Array(result)));
        } catch {
          throw new ParseError(this.pos, "Fatal error decoding UTF-8 sequence in Display String");
        }
      }
      result.push(char.charCodeAt(0));
    }
    throw new ParseError(this.pos, "Unexpected end of input");
  }
  parseToken() {
    let outputString = "";
    while (!this.eof()) {
      const char = this.lookChar();
      if (char === void 0 || !/^[:/!#$%&'*+\-.^_`|~A-Za-z0-9]$/.test(char)) {
        return new Token(outputString);
      }
      outputString += this.getChar();
    }
    return new Token(outputString);
  }
  parseByteSequence() {
    this.expectChar(":");
    this.pos++;
    const endPos = this.input.indexOf(":", this.pos);
    if (endPos === -1) {
      throw new ParseError(this.pos, 'Could not find a closing ":" character to mark end of Byte Sequence');
    }
    const b64Content = this.input.substring(this.pos, endPos);
    this.pos += b64Content.length + 1;
    if (!/^[A-Za-z0-9+/=]*$/.test(b64Content)) {
      throw new ParseError(this.pos, "ByteSequence does not contain a valid base64 string");
    }
    try {
      return base64ToArrayBuffer(b64Content);
    } catch {
      throw new ParseError(this.pos, "ByteSequence does not contain a valid base64 string");
    }
  }
  parseBoolean() {
    this.expectChar("?");
    this.pos++;
    const char = this.getChar();
    if (char === "1") {
      return true;
    }
    if (char === "0") {
      return false;
    }
    throw new ParseError(this.pos, 'Unexpected character. Expected a "1" or a "0"');
  }
  parseDate() {
    this.expectChar("@");
    this.pos++;
    let sign = 1;
    let inputNumber = "";
    if (this.lookChar() === "-") {
      sign = -1;
      this.pos++;
    }
    if (!isDigit(this.lookChar())) {
      throw new ParseError(this.pos, "Expected a digit (0-9)");
    }
    while (!this.eof()) {
      const char = this.getChar();
      if (isDigit(char)) {
        inputNumber += char;
      } else {
        throw new ParseError(this.pos, "Expected a digit (0-9), whitespace or EOL");
      }
    }
    if (inputNumber.length > 15) {
      throw new ParseError(this.pos, "Exceeded max length for a date value");
    }
    return new Date(parseInt(inputNumber, 10) * sign * 1e3);
  }
  parseKey() {
    if (!this.lookChar()?.match(/^[a-z*]/)) {
      throw new ParseError(this.pos, "A key must begin with an asterisk or letter (a-z)");
    }
    let outputString = "";
    while (!this.eof()) {
      const char = this.lookChar();
      if (char === void 0 || !/^[a-z0-9_\-.*]$/.test(char)) {
        return outputString;
      }
      outputString += this.getChar();
    }
    return outputString;
  }
  /**
   * Looks at the next character without advancing the cursor.
   *
   * Returns undefined if we were at the end of the string.
   */
  lookChar() {
    return this.input[this.pos];
  }
  /**
   * Checks if the next character is 'char', and fail otherwise.
   */
  expectChar(char) {
    if (this.lookChar() !== char) {
      throw new ParseError(this.pos, `Expected ${char}`);
    }
  }
  getChar() {
    return this.input[this.pos++];
  }
  getChars(count) {
    const result = this.input.substr(this.pos, count);
    this.pos += count;
    return result;
  }
  eof() {
    return this.pos >= this.input.length;
  }
  // Advances the pointer to skip all whitespace.
  skipOWS() {
    while (true) {
      const c = this.input.substr(this.pos, 1);
      if (c === " " || c === "	") {
        this.pos++;
      } else {
        break;
      }
    }
  }
  // Advances the pointer to skip all spaces
  skipWS() {
    while (this.lookChar() === " ") {
      this.pos++;
    }
  }
  // At the end of parsing, we need to make sure there are no bytes after the
  // header except whitespace.
  checkTrail() {
    this.skipWS();
    if (!this.eof()) {
      throw new ParseError(this.pos, "Unexpected characters at end of input");
    }
  }
};
var isDigitRegex = /^[0-9]$/;
function isDigit(char) {
  if (char === void 0)
    return false;
  return isDigitRegex.test(char);
}

// src/analyzers/security-headers/cross-origin.ts
var POLICIES = {
  "cross-origin-resource-policy": {
    prefix: "corp",
    values: { "same-origin": 10, "same-site": 10, "cross-origin": 0 },
    owasp: "same-origin"
  },
  "cross-origin-opener-policy": {
    prefix: "coop",
    values: {
      "same-origin": 10,
      "same-origin-allow-popups": 10,
      "noopener-allow-popups": 10,
      "unsafe-none": 0
    },
    owasp: "same-origin"
  },
  "cross-origin-embedder-policy": {
    prefix: "coep",
    values: { "require-corp": 10, credentialless: 10, "unsafe-none": 0 },
    owasp: "require-corp"
  }
};
var MISSING = 0;
var INVALID = -5;
function policyOf(name, values) {
  if (name === "cross-origin-resource-policy") return values.join(", ").trim().toLowerCase();
  if (values.length !== 1) return void 0;
  try {
    const [bare] = parseItem(values[0].trim());
    return bare instanceof Token ? bare.toString() : void 0;
  } catch {
    return void 0;
  }
}
var crossOriginTest = (name) => (response) => {
  const { prefix, values, owasp } = POLICIES[name];
  const sent = headerValues(response, name);
  const table = {
    [`${prefix}-not-implemented`]: MISSING,
    [`${prefix}-header-invalid`]: INVALID,
    ...Object.fromEntries(
      Object.entries(values).map(([value, modifier]) => [
        `${prefix}-implemented-with-${value}`,
        modifier
      ])
    )
  };
  if (sent.length === 0) return assess(name, table, `${prefix}-not-implemented`);
  const policy = policyOf(name, sent);
  if (policy !== void 0 && Object.hasOwn(values, policy))
    return assess(name, table, `${prefix}-implemented-with-${policy}`);
  return assess(name, table, `${prefix}-header-invalid`, {
    message: `${name} "${sent.join(", ")}" is not a value browsers know.`,
    hint: `Set ${name}: ${owasp}.`
  });
};
var corpTest = crossOriginTest("cross-origin-resource-policy");
var coopTest = crossOriginTest("cross-origin-opener-policy");
var coepTest = crossOriginTest("cross-origin-embedder-policy");

// src/analyzers/security-headers/disclosure.ts
var LEAKY = ["server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version", "x-generator"];
var disclosureTest = (response) => {
  const findings = [];
  for (const name of LEAKY) {
    const value = header(response, name);
    if (value !== void 0 && (/\d/.test(value) || name !== "server")) {
      findings.push(
        advice(
          "header-discloses-software",
          "low",
          `${name}: "${value}" discloses the software${/\d/.test(value) ? " and its version" : ""}.`,
          `Remove the ${name} header (or strip its version).`
        )
      );
    }
  }
  if (header(response, "permissions-policy") === void 0) {
    findings.push(
      advice(
        "permissions-policy-not-implemented",
        "info",
        "Permissions-Policy is missing.",
        "Set Permissions-Policy denying unused features, e.g. camera=(), microphone=(), geolocation=(), payment=()."
      )
    );
  }
  const xss = header(response, "x-xss-protection");
  if (xss !== void 0 && xss.trim() !== "0") {
    findings.push(
      advice(
        "x-xss-protection-enabled",
        "low",
        `X-XSS-Protection "${xss}" enables a filter that itself leaks data; it is deprecated.`,
        "Set X-XSS-Protection: 0, or drop it and rely on CSP."
      )
    );
  }
  return { test: "disclosure", result: "disclosure", modifier: 0, findings };
};

// src/analyzers/security-headers/django-settings.ts
var DJANGO_SETTINGS = {
  "strict-transport-security": "SECURE_HSTS_SECONDS, SECURE_HSTS_INCLUDE_SUBDOMAINS",
  "x-content-type-options": "SECURE_CONTENT_TYPE_NOSNIFF = True",
  "x-frame-options": "X_FRAME_OPTIONS = 'DENY'",
  "referrer-policy": "SECURE_REFERRER_POLICY = 'same-origin'"
};
function withDjangoSetting(assessment) {
  const setting = DJANGO_SETTINGS[assessment.test];
  if (!setting) return assessment;
  return {
    ...assessment,
    findings: assessment.findings.map(
      (finding) => finding.hint ? { ...finding, hint: `${finding.hint.replace(/\.$/, "")} (Django: ${setting}).` } : finding
    )
  };
}

// src/analyzers/security-headers/index.ts
var ALL_TESTS = [
  cspTest,
  (response) => analyseCookies(response),
  corsTest,
  hstsTest,
  referrerPolicyTest,
  xContentTypeOptionsTest,
  xFrameOptionsTest,
  corpTest,
  coopTest,
  coepTest,
  disclosureTest
];
var analyseHeaders = (response) => ALL_TESTS.map((test) => withDjangoSetting(test(response)));

// src/probes/headers.ts
var GRADABLE = (status) => status >= 200 && status < 400 || status === 401 || status === 403;
var headersProbe = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: "follow",
    attempts: ATTEMPTS,
    headers: { origin: PROBE_ORIGIN },
    signal: context.signal
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  if (!GRADABLE(response.status)) {
    return {
      status: "fail",
      summary: `cannot grade: status ${response.status}`,
      findings: [
        {
          rule: "unexpected-status",
          severity: "high",
          message: `status ${response.status}: the Observatory grades only 2xx, 3xx, 401 and 403 answers`
        }
      ]
    };
  }
  const assessments = analyseHeaders(response);
  const { score, grade } = scoreOf(assessments);
  const findings = assessments.flatMap((a) => a.findings);
  const below = gradeRank(grade) > gradeRank(probe["min-grade"]);
  return {
    // Below the grade fails; a serious finding above it only warns: the grade is the bar.
    status: below ? "fail" : statusOf(findings, { warnFrom: probe["warn-on"] }),
    summary: `grade ${grade} (score ${score})${below ? `, below min-grade ${probe["min-grade"]}` : ""}`,
    findings,
    metrics: { score }
  };
};

// src/probes/expectations.ts
var statusList = (statuses) => statuses.join(" or ");
function statusFinding(response, expected) {
  if (expected.includes(response.status)) return void 0;
  return {
    rule: "unexpected-status",
    severity: "high",
    message: `${response.status} after ${Math.round(response.timeMs)} ms, expected ${statusList(expected)}`
  };
}
function valueAt(value, dotPath) {
  let current = value;
  for (const key of dotPath.split(".")) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function subsetMismatches(expected, actual, at = "$") {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${JSON.stringify(actual) ?? "nothing"}`];
    }
    return Object.entries(expected).flatMap(
      ([key, value]) => subsetMismatches(value, actual[key], `${at}.${key}`)
    );
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? "nothing"}`];
}
function cacheControl(value) {
  return new Map(
    (value ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean).map((part) => {
      const [name = "", arg = ""] = part.split("=");
      return [name.trim(), arg.trim().replace(/^"|"$/g, "")];
    })
  );
}

// src/probes/health.ts
var healthProbe = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: "follow",
    attempts: ATTEMPTS,
    signal: context.signal
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  const findings = [];
  const wrongStatus = statusFinding(response, probe.expect.status);
  if (wrongStatus) findings.push(wrongStatus);
  if (probe.expect.json) {
    const parsed = parseJson(response.body);
    const problems = parsed.ok ? subsetMismatches(probe.expect.json, parsed.value) : [parsed.error];
    for (const problem of problems) {
      findings.push({
        rule: "unexpected-body",
        severity: "high",
        message: `JSON body: ${problem}`
      });
    }
  }
  if (probe.expect.body !== void 0 && !new RegExp(probe.expect.body).test(response.body)) {
    findings.push({
      rule: "unexpected-body",
      severity: "high",
      message: `body does not match /${probe.expect.body}/`
    });
  }
  const time = formatDuration(response.timeMs);
  const retried = sent.attempts > 1 ? ` (after ${sent.attempts} attempts)` : "";
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${response.status} in ${time}${retried}`,
    {
      status: response.status,
      latencyMs: Math.round(response.timeMs),
      attempts: sent.attempts
    }
  );
};

// src/probes/latency.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
var EXCEEDED = "high";
var DEGRADED = "low";
var DETAIL = "info";
var PERCENTILES = [
  ["p50", 0.5, "p50Ms"],
  ["p95", 0.95, "p95Ms"],
  ["p99", 0.99, "p99Ms"]
];
async function sample({
  probe,
  url,
  client,
  context
}) {
  const samples = { times: [], errors: /* @__PURE__ */ new Map() };
  let next = 0;
  const worker = async () => {
    while (next < probe.requests && !context.signal.aborted) {
      next++;
      const sent = await client.send(url, { readBody: false, signal: context.signal });
      const error = !sent.ok ? sent.error.message : sent.response.status >= 400 || sent.response.status < 200 ? `status ${sent.response.status}` : void 0;
      if (error === void 0 && sent.ok) samples.times.push(sent.response.timeMs);
      else if (error !== void 0) samples.errors.set(error, (samples.errors.get(error) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(probe.concurrency, probe.requests) }, worker));
  return samples;
}
var percent = (n) => `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;
function limitFindings(warnAt, [rule, what, value, limit], show) {
  if (value > limit) {
    return [{ rule, severity: EXCEEDED, message: `${what} ${show(value)} exceeds ${show(limit)}` }];
  }
  if (warnAt !== void 0 && value > limit * warnAt) {
    return [
      {
        rule: `${rule}-degraded`,
        severity: DEGRADED,
        message: `${what} ${show(value)} is above ${Math.round(warnAt * 100)}% of its limit ${show(limit)}`
      }
    ];
  }
  return [];
}
function latencyFindings({ errors }, figures, limits) {
  const { sent, errorRate, sorted } = figures;
  const warnAt = limits["warn-at"];
  const findings = limitFindings(
    warnAt,
    ["error-rate", "error rate", errorRate, limits["error-rate"]],
    percent
  );
  if (sorted.length < limits["min-samples"]) {
    findings.push({
      rule: "too-few-samples",
      severity: EXCEEDED,
      message: `${sorted.length} successful samples, fewer than min-samples ${limits["min-samples"]}`
    });
  } else {
    for (const [name, p] of PERCENTILES) {
      const limit = limits[name];
      if (limit !== void 0) {
        findings.push(
          ...limitFindings(
            warnAt,
            [`latency-${name}`, name, percentile(sorted, p), limit],
            formatDuration
          )
        );
      }
    }
  }
  for (const [message, count] of errors) {
    findings.push({
      rule: "request-failed",
      severity: DETAIL,
      message: `${count}/${sent} requests: ${message}`
    });
  }
  return findings;
}
function latencyOutcome(samples, limits) {
  const { times, errors } = samples;
  const sent = times.length + [...errors.values()].reduce((a, b) => a + b, 0);
  const errorRate = sent === 0 ? 1 : (sent - times.length) / sent;
  const sorted = times.toSorted((a, b) => a - b);
  const metrics = { requests: sent, samples: times.length, errorRate };
  for (const [, p, metric] of PERCENTILES)
    if (sorted.length) metrics[metric] = Math.round(percentile(sorted, p) * 10) / 10;
  const findings = latencyFindings(samples, { sent, errorRate, sorted }, limits);
  const figures = sorted.length ? `p50 ${formatDuration(metrics.p50Ms)}, p95 ${formatDuration(metrics.p95Ms)}, p99 ${formatDuration(metrics.p99Ms)}` : "no successful sample";
  const summary = `${figures}, ${percent(errorRate)} errors over ${plural(sent, "request")}`;
  const status = statusOf(findings, { failOn: limits["fail-on"], warnFrom: DEGRADED });
  return { status, summary, findings, metrics, failOn: limits["fail-on"] };
}
var latencyProbe = async (input) => latencyOutcome(await sample(input), input.probe);

// src/probes/page.ts
var pageProbe = async ({ probe, url, client, context }) => {
  const { expect } = probe;
  const redirect = expect.status.some((s) => s >= 300 && s < 400) ? "manual" : "follow";
  const sent = await client.send(url, { redirect, attempts: ATTEMPTS, signal: context.signal });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  const findings = [];
  const wrongStatus = statusFinding(response, expect.status);
  if (wrongStatus) findings.push(wrongStatus);
  if (expect.text !== void 0 && !response.body.includes(expect.text)) {
    findings.push({
      rule: "unexpected-body",
      severity: "high",
      message: `the body does not contain ${JSON.stringify(expect.text)}`
    });
  }
  const type = header(response, "content-type");
  if (expect["content-type"] !== void 0) {
    const media = type?.split(";")[0]?.trim().toLowerCase();
    if (media !== expect["content-type"].toLowerCase()) {
      findings.push({
        rule: "unexpected-content-type",
        severity: "high",
        message: `Content-Type is ${type ?? "missing"}, expected ${expect["content-type"]}`
      });
    }
  }
  const cache = cacheControl(header(response, "cache-control"));
  if (expect["max-age"] !== void 0) {
    const maxAge = Number(cache.get("max-age") ?? NaN) * 1e3;
    if (!(maxAge >= expect["max-age"])) {
      findings.push({
        rule: "cache-too-short",
        severity: "medium",
        message: `Cache-Control max-age is ${Number.isNaN(maxAge) ? "not set" : formatDuration(maxAge)}, expected at least ${formatDuration(expect["max-age"])}`,
        hint: "Serve hashed static files with Cache-Control: public, max-age=31536000, immutable."
      });
    }
  }
  if (expect.immutable && !cache.has("immutable")) {
    findings.push({
      rule: "cache-not-immutable",
      severity: "medium",
      message: "Cache-Control does not say immutable",
      hint: "Add immutable for content-hashed files."
    });
  }
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${response.status} in ${formatDuration(response.timeMs)}`,
    {
      status: response.status,
      latencyMs: Math.round(response.timeMs)
    }
  );
};

// src/probes/redirect.ts
var PERMANENT = /* @__PURE__ */ new Set([301, 308]);
function plainHttpUrl(url) {
  const plain = new URL(url);
  plain.protocol = "http:";
  plain.port = "";
  return plain;
}
var redirectProbe = async ({ probe, url, client, context }) => {
  const from = probe.from ? new URL(probe.from) : plainHttpUrl(url);
  const sent = await client.send(from, {
    redirect: "manual",
    readBody: false,
    signal: context.signal
  });
  if (!sent.ok) {
    if (sent.error.code === "ECONNREFUSED") {
      return {
        status: "pass",
        summary: `${redactUrl(from)} refuses connections (no plain HTTP served)`
      };
    }
    return failedRequest(from, sent.error);
  }
  const { response } = sent;
  const location = header(response, "location");
  const findings = [];
  const to = location === void 0 ? void 0 : URL.parse(location, from.href);
  if (response.status < 300 || response.status >= 400 || to === void 0 || to === null) {
    findings.push({
      rule: "redirection-missing",
      severity: "high",
      message: `${redactUrl(from)} answered ${response.status} without redirecting to HTTPS`,
      hint: "Redirect all HTTP to HTTPS with 301 (Django: SECURE_SSL_REDIRECT = True; behind a proxy also SECURE_PROXY_SSL_HEADER)."
    });
  } else {
    if (to.protocol !== "https:") {
      findings.push({
        rule: "redirection-not-to-https",
        severity: "high",
        message: `first redirect goes to ${redactUrl(to)}, not to https://`,
        hint: "Redirect straight to the https:// URL."
      });
    } else if (to.hostname !== from.hostname) {
      findings.push({
        rule: "redirection-off-host-from-http",
        severity: "low",
        message: `redirects to another host (${to.hostname}), so HSTS for ${from.hostname} is never set`,
        hint: "Redirect to https:// on the same host first."
      });
    }
    if (!PERMANENT.has(response.status)) {
      findings.push({
        rule: "redirection-not-permanent",
        severity: "medium",
        message: `redirect is ${response.status}, not permanent (301/308)`,
        hint: "Use 301 or 308."
      });
    }
  }
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${response.status} \u2192 ${redactUrl(to ?? "")}`
  );
};

// src/probes/revision.ts
function sameRevision(deployed, expected) {
  const a = deployed.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (a.length < 7 || b.length < 7 || !/^[0-9a-f]+$/.test(a) || !/^[0-9a-f]+$/.test(b))
    return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
function deployedRevision(response, source) {
  if (source.header !== void 0) return header(response, source.header);
  const parsed = parseJson(response.body);
  const value = parsed.ok ? valueAt(parsed.value, source.json) : void 0;
  return typeof value === "string" || typeof value === "number" ? String(value) : void 0;
}
var revisionProbe = async ({
  probe,
  url,
  client,
  context,
  target,
  expectedRevision
}) => {
  const expected = expectedRevision;
  const source = probe.header !== void 0 ? `header ${probe.header}` : `JSON field ${probe.json}`;
  const budget = Math.min(probe.timeout, target.remainingWaitMs());
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const sent = await client.send(url, {
      redirect: "follow",
      attempts: ATTEMPTS,
      signal: context.signal
    });
    if (!sent.ok) return failedRequest(url, sent.error);
    const deployed = deployedRevision(sent.response, probe);
    if (deployed !== void 0 && sameRevision(deployed, expected)) {
      return {
        status: "pass",
        summary: `serving ${expected.slice(0, 12)}`,
        metrics: { attempts: attempt + 1 }
      };
    }
    const elapsed = performance.now() - started;
    const delay = backoffDelay(attempt, 500, 15e3);
    if (elapsed + delay > budget) {
      const message = deployed === void 0 ? `no revision in the ${source} of ${sent.response.status} response` : `stale deployment: serving ${deployed}, expected ${expected} (waited ${formatDuration(elapsed)})`;
      return {
        status: "fail",
        summary: message,
        findings: [
          {
            rule: deployed === void 0 ? "revision-missing" : "stale-deployment",
            severity: "high",
            message
          }
        ],
        metrics: { attempts: attempt + 1 }
      };
    }
    await sleep(delay, context.signal);
  }
};

// src/probes/tls.ts
import net from "node:net";
import tls from "node:tls";
var DAY_MS = 864e5;
var MODERN = /* @__PURE__ */ new Set(["TLSv1.2", "TLSv1.3"]);
var PROTOCOL_VERSION_ERROR = /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE/;
function handshake(options) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: options.host,
      port: options.port,
      ...net.isIP(options.host) ? {} : { servername: options.host },
      ...options.ca ? { ca: options.ca } : {},
      lookup: connectLookup(options.allowLinkLocal),
      rejectUnauthorized: options.verify,
      // Let an old server complete the handshake so that its protocol can be named.
      minVersion: "TLSv1",
      ...options.legacy ? { maxVersion: "TLSv1.1", ciphers: "DEFAULT:@SECLEVEL=0" } : {}
    });
    const done = (error) => {
      options.signal.removeEventListener("abort", onAbort);
      socket.destroy();
      if (error) reject(error instanceof Error ? error : new Error(errorMessage(error)));
    };
    const onAbort = () => done(options.signal.reason);
    options.signal.addEventListener("abort", onAbort, { once: true });
    socket.setTimeout(
      options.timeoutMs,
      () => done(
        Object.assign(new Error("TLS handshake timed out"), { code: "UND_ERR_CONNECT_TIMEOUT" })
      )
    );
    socket.once("secureConnect", () => {
      const result = { protocol: socket.getProtocol(), certificate: socket.getPeerCertificate() };
      done();
      resolve(result);
    });
    socket.once("error", done);
  });
}
var day = (date) => date.toISOString().slice(0, 10);
var outdated = (host, protocol) => ({
  rule: "tls-outdated-protocol",
  severity: "high",
  message: `${host} negotiated ${protocol ?? "an unknown protocol"}`,
  hint: "Allow only TLS 1.2 and 1.3."
});
async function legacyOnly(error, base) {
  const code = error?.code;
  if (typeof code !== "string" || !PROTOCOL_VERSION_ERROR.test(code)) return void 0;
  const old = await handshake({ ...base, verify: false, legacy: true }).catch(() => void 0);
  return old ? outdated(base.host, old.protocol) : void 0;
}
var VERIFICATION_RULES = /* @__PURE__ */ new Map([
  ["CERT_HAS_EXPIRED", "tls-certificate-expired"],
  ["ERR_TLS_CERT_ALTNAME_INVALID", "tls-certificate-wrong-host"]
]);
function verificationFailure(problem, certificate, host, now) {
  const detail = !certificate ? "" : problem.code === "CERT_HAS_EXPIRED" ? ` on ${day(new Date(certificate.valid_to))} (${plural(Math.floor((now.getTime() - Date.parse(certificate.valid_to)) / DAY_MS), "day")} ago)` : problem.code === "ERR_TLS_CERT_ALTNAME_INVALID" ? `: it names ${certificate.subjectaltname ?? String(certificate.subject?.CN ?? "nothing")}, not ${host}` : "";
  return {
    status: "fail",
    summary: problem.message,
    findings: [
      {
        rule: VERIFICATION_RULES.get(problem.code) ?? "tls-error",
        severity: "high",
        message: `${host}: ${problem.message}${detail}`
      }
    ]
  };
}
function handshakeOutcome({
  protocol,
  certificate
}, host, now, probe) {
  const expires = new Date(certificate.valid_to);
  const daysLeft = Math.floor((expires.getTime() - now.getTime()) / DAY_MS);
  const findings = [];
  if (!MODERN.has(protocol ?? "")) findings.push(outdated(host, protocol));
  if (daysLeft < probe["min-days"]) {
    findings.push({
      rule: "tls-certificate-expiring",
      severity: "low",
      message: `the certificate expires on ${day(expires)}, in ${plural(daysLeft, "day")} (min-days ${probe["min-days"]})`,
      hint: "Renew the certificate (check the auto-renewal job)."
    });
  }
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings[0]?.message ?? `${protocol}, certificate valid until ${day(expires)} (${plural(daysLeft, "day")})`,
    { daysLeft }
  );
}
async function failedHandshake(error, base, { url, probe, now }) {
  const legacy = await legacyOnly(error, base);
  if (legacy) return outcomeOf([legacy], probe["fail-on"], legacy.message);
  const problem = describeError(error);
  if (!problem.tls) return failedRequest(url, problem);
  const seen = await handshake({ ...base, verify: false }).catch(() => void 0);
  return verificationFailure(problem, seen?.certificate, base.host, now);
}
var tlsProbe = async ({ probe, url, target, context }) => {
  if (url.protocol !== "https:") {
    return {
      status: "fail",
      summary: "the target is not https://",
      findings: [
        { rule: "tls-not-used", severity: "high", message: `${url.origin} is served without TLS` }
      ]
    };
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const allowLinkLocal = target.config["allow-link-local"];
  if (!allowLinkLocal && net.isIP(host) && isLinkLocal(host))
    return failedRequest(url, failure("SHIPGATE_LINK_LOCAL", host));
  const base = {
    host,
    port: Number(url.port || 443),
    ...await target.ca(context),
    allowLinkLocal,
    timeoutMs: target.config["connect-timeout"],
    signal: context.signal
  };
  const now = context.now();
  let result;
  try {
    result = await handshake({ ...base, verify: true });
  } catch (error) {
    return failedHandshake(error, base, { url, probe, now });
  }
  return handshakeOutcome(result, host, now, probe);
};

// src/probes/excerpt.ts
var EXCERPT_CHARS = 120;
function plainText(html) {
  return html.replace(/<[^>]*>/g, "").replace(/&#x27;|&#39;|&rsquo;|’/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function excerpt(text) {
  const plain = plainText(text).replace(/\s+/g, " ").trim();
  const cut = plain.length > EXCERPT_CHARS ? `${plain.slice(0, EXCERPT_CHARS - 1)}\u2026` : plain;
  return redactText(cut);
}

// src/probes/auth/jwt.ts
var SIGNING_ALGORITHMS = /* @__PURE__ */ new Set([
  "HS256",
  "HS384",
  "HS512",
  "RS256",
  "RS384",
  "RS512",
  "ES256",
  "ES384",
  "ES512",
  "PS256",
  "PS384",
  "PS512",
  "EdDSA"
]);
var BASE64URL = /^[A-Za-z0-9_-]*$/;
function decodePart(part) {
  if (!BASE64URL.test(part)) return void 0;
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function readJwt(token) {
  const parts = token.split(".");
  if (parts.length !== 3) {
    return {
      ok: false,
      reason: `it has ${plural(parts.length, "part")}, a JWT has 3 separated by "."`
    };
  }
  const [head = "", body = "", signature = ""] = parts;
  const header2 = decodePart(head);
  if (!header2) return { ok: false, reason: "its header is not base64url-encoded JSON" };
  const claims = decodePart(body);
  if (!claims) return { ok: false, reason: "its claims are not base64url-encoded JSON" };
  if (!BASE64URL.test(signature)) return { ok: false, reason: "its signature is not base64url" };
  return {
    ok: true,
    jwt: {
      alg: typeof header2.alg === "string" ? header2.alg : void 0,
      exp: typeof claims.exp === "number" ? claims.exp : void 0,
      unsigned: signature === ""
    }
  };
}

// src/probes/auth/judge.ts
function credentialsMissing(variables, env) {
  const unset = ["username-env", "password-env"].filter((key) => !env[variables[key]]);
  return {
    status: "error",
    summary: `credentials not set: ${unset.map((key) => variables[key]).join(", ")}`,
    findings: unset.map((key) => ({
      rule: "credentials-missing",
      severity: "high",
      message: `${key} names ${variables[key]}, which is not set in this job's environment`,
      hint: `Set ${variables[key]} from a secret in the step's env.`
    }))
  };
}
var ok = (seen) => seen.status >= 200 && seen.status < 300;
var REFUSALS = [400, 401, 403];
function tokenFindings(token, what, url, now) {
  const read = readJwt(token);
  if (!read.ok) {
    return [
      {
        rule: "jwt-malformed",
        severity: "high",
        message: `${url}: the ${what} is not a well-formed JWT: ${read.reason}`
      }
    ];
  }
  const { alg, exp, unsigned } = read.jwt;
  const findings = [];
  if (alg?.toLowerCase() === "none" || unsigned) {
    findings.push({
      rule: "jwt-alg-none",
      severity: "critical",
      message: `${url}: the ${what} is not signed (alg ${JSON.stringify(alg ?? null)}${unsigned ? ", empty signature" : ""}): anyone can forge one`,
      hint: 'Sign tokens (SIMPLE_JWT ALGORITHM HS256 or RS256) and never accept alg "none".'
    });
  } else if (alg === void 0 || !SIGNING_ALGORITHMS.has(alg)) {
    findings.push({
      rule: "jwt-unknown-alg",
      severity: "medium",
      message: `${url}: the ${what} names no known signing algorithm (alg ${JSON.stringify(alg ?? null)})`
    });
  }
  const nowSeconds = now.getTime() / 1e3;
  if (exp === void 0) {
    findings.push({
      rule: "jwt-no-expiry",
      severity: "high",
      message: `${url}: the ${what} has no exp claim: it never expires`,
      hint: "Give access tokens a short lifetime (SIMPLE_JWT ACCESS_TOKEN_LIFETIME)."
    });
  } else if (exp <= nowSeconds) {
    findings.push({
      rule: "jwt-expired",
      severity: "high",
      message: `${url}: the ${what} expired at issue (exp ${new Date(exp * 1e3).toISOString()}, now ${now.toISOString()})`,
      hint: "Check the server clock and ACCESS_TOKEN_LIFETIME."
    });
  }
  return findings;
}
function refusalFindings(anonymous, without, hint, wrongPassword2, accepted, refusal) {
  const findings = [];
  if (ok(anonymous)) {
    findings.push({
      rule: "unprotected-endpoint",
      severity: "critical",
      message: `${anonymous.url}: answers ${anonymous.status} without ${without}: the endpoint is not protected`,
      hint
    });
  } else if (!refusal.test(anonymous.status)) {
    findings.push({
      rule: "unexpected-status",
      severity: "high",
      message: `${anonymous.url}: answers ${anonymous.status} without ${without}, expected ${refusal.expected}`
    });
  }
  if (accepted) {
    findings.push({
      rule: "wrong-password-accepted",
      severity: "critical",
      message: `${wrongPassword2.url}: a wrong password is answered ${wrongPassword2.status}: the login does not check passwords`
    });
  } else if (!ok(wrongPassword2) && !REFUSALS.includes(wrongPassword2.status)) {
    findings.push({
      rule: "unexpected-status",
      severity: "high",
      message: `${wrongPassword2.url}: a wrong password is answered ${wrongPassword2.status}, expected 400, 401 or 403`
    });
  }
  return findings;
}
function judgeAuth(evidence) {
  const { anonymous, wrongPassword: wrongPassword2 } = evidence;
  return [
    ...refusalFindings(
      anonymous,
      "a token",
      "Require authentication (permission_classes = [IsAuthenticated]).",
      wrongPassword2,
      ok(wrongPassword2),
      { test: (status) => status === 401 || status === 403, expected: "401 or 403" }
    ),
    ...loginFindings(evidence)
  ];
}
function loginFindings(evidence) {
  const { login, access: access2, withToken, now } = evidence;
  if (!ok(login)) {
    return [
      {
        rule: "login-failed",
        severity: "high",
        message: `${login.url}: the login answers ${login.status} ("${excerpt(login.body)}")`,
        hint: "Check the credentials the variables hold, and that the user exists and is active."
      }
    ];
  }
  if (access2 === void 0) {
    return [
      {
        rule: "login-no-token",
        severity: "high",
        message: `${login.url}: the login answers ${login.status} without a token at "${evidence.tokenField}"`
      }
    ];
  }
  const findings = tokenFindings(access2, "access token", login.url, now);
  if (withToken && !ok(withToken)) {
    findings.push({
      rule: "token-refused",
      severity: "high",
      message: `${withToken.url}: answers ${withToken.status} with the token the login returned ("${excerpt(withToken.body)}")`
    });
  }
  if (evidence.refreshWanted && !evidence.refreshToken) {
    findings.push({
      rule: "login-no-refresh-token",
      severity: "high",
      message: `${login.url}: the login answers without a refresh token at "${evidence.refreshField}"`
    });
  }
  return [...findings, ...refreshFindings(evidence), ...tokenLogoutFindings(evidence)];
}
function refreshFindings({ refreshed, tokenField, now }) {
  if (!refreshed) return [];
  const { seen } = refreshed;
  if (!ok(seen)) {
    return [
      {
        rule: "refresh-failed",
        severity: "high",
        message: `${seen.url}: the refresh token is answered ${seen.status} ("${excerpt(seen.body)}")`
      }
    ];
  }
  if (refreshed.access === void 0) {
    return [
      {
        rule: "refresh-no-token",
        severity: "high",
        message: `${seen.url}: the refresh answers ${seen.status} without a new token at "${tokenField}"`
      }
    ];
  }
  return tokenFindings(refreshed.access, "refreshed access token", seen.url, now);
}
function tokenLogoutFindings({ logout, afterLogout }) {
  if (logout && !ok(logout)) {
    return [
      {
        rule: "logout-failed",
        severity: "high",
        message: `${logout.url}: logout answers ${logout.status} ("${excerpt(logout.body)}")`
      }
    ];
  }
  if (afterLogout && ok(afterLogout)) {
    return [
      {
        rule: "logout-not-effective",
        severity: "high",
        message: `${afterLogout.url}: the refresh token still works after logout (${afterLogout.status}): it was not blacklisted`,
        hint: "Add rest_framework_simplejwt.token_blacklist to INSTALLED_APPS and migrate."
      }
    ];
  }
  return [];
}
var SESSION_REFUSAL = {
  test: (status) => status === 401 || status === 403 || status >= 300 && status < 400,
  expected: "401, 403 or a redirect to the login"
};
function judgeSession(evidence) {
  const { anonymous, wrongPassword: wrongPassword2, login, withSession, logout, afterLogout } = evidence;
  const cookie = evidence.sessionCookie;
  const findings = refusalFindings(
    anonymous,
    "a session",
    "Require a login (@login_required, LoginRequiredMixin, or IsAuthenticated).",
    wrongPassword2,
    wrongPassword2.session,
    SESSION_REFUSAL
  );
  if (!login.session) {
    const csrf = login.status === 403 && /csrf/i.test(login.body);
    findings.push({
      rule: "login-failed",
      severity: "high",
      message: `${login.url}: the login answers ${login.status} without a ${cookie} cookie${csrf ? ": the CSRF check refused it" : ""}`,
      hint: csrf ? `Check CSRF_TRUSTED_ORIGINS for this origin${evidence.csrf ? "" : "; the login page carried no CSRF token"}.` : "Check the credentials the variables hold, that the user exists and is active, and session-cookie."
    });
    return findings;
  }
  if (withSession && !ok(withSession)) {
    findings.push({
      rule: "session-refused",
      severity: "high",
      message: `${withSession.url}: answers ${withSession.status} with the session the login set`
    });
  }
  if (logout && logout.status >= 400) {
    findings.push({
      rule: "logout-failed",
      severity: "high",
      message: `${logout.url}: logout answers ${logout.status} ("${excerpt(logout.body)}")`
    });
  } else if (afterLogout && ok(afterLogout)) {
    findings.push({
      rule: "logout-not-effective",
      severity: "high",
      message: `${afterLogout.url}: the session still works after logout (${afterLogout.status}): logout did not end it`,
      hint: "Log out with django.contrib.auth.logout (LogoutView), which flushes the session."
    });
  }
  return findings;
}

// src/probes/auth/cookies.ts
function cookiesSet(response, now) {
  const cookies = /* @__PURE__ */ new Map();
  for (const line of headerValues(response, "set-cookie")) {
    const [pair = "", ...attributes] = line.split(";");
    const equals = pair.indexOf("=");
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    const value = pair.slice(equals + 1).trim().replace(/^"(.*)"$/, "$1");
    const deleted = value === "" || attributes.some((attribute) => {
      const [key = "", setting = ""] = attribute.split("=").map((part) => part.trim());
      if (/^max-age$/i.test(key)) return Number(setting) <= 0;
      if (/^expires$/i.test(key)) return Date.parse(setting) <= now.getTime();
      return false;
    });
    cookies.set(name, deleted ? void 0 : value);
  }
  return cookies;
}
function cookieHeader(cookies) {
  return [...cookies].filter((entry) => entry[1] !== void 0).map(([name, value]) => `${name}=${value}`).join("; ");
}

// src/probes/auth/flow.ts
function credentialsWith({ probe, username }, secret) {
  return { [probe["username-field"]]: username, [probe["password-field"]]: secret };
}
var wrongPassword = (password) => `${password}-not-the-password`;

// src/probes/auth/session.ts
var CSRF_FIELD = "csrfmiddlewaretoken";
var CSRF_INPUT = new RegExp(
  String.raw`<input[^>]*name=["']${CSRF_FIELD}["'][^>]*value=["']([^"']+)["']|<input[^>]*value=["']([^"']+)["'][^>]*name=["']${CSRF_FIELD}["']`,
  "i"
);
function formBrowser({ probe, loginUrl, send, context }) {
  const jar = /* @__PURE__ */ new Map();
  return {
    jar,
    keep: (response) => {
      for (const [name, value] of cookiesSet(response, context.now())) {
        if (value) context.maskSecret(value);
        jar.set(name, value);
      }
      return response;
    },
    get: async (at, cookies) => send(at, {
      attempts: ATTEMPTS,
      headers: { accept: "text/html", ...cookieOf(cookies) }
    }),
    /** A form POST as the browser sends it: the CSRF token in the form and its header, Origin and Referer set. */
    submit: async (at, fields, token) => send(at, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "text/html",
        origin: loginUrl.origin,
        referer: loginUrl.href,
        ...token ? { "x-csrftoken": token } : {},
        ...cookieOf(jar)
      },
      body: new URLSearchParams({
        ...fields,
        ...token ? { [CSRF_FIELD]: token } : {}
      }).toString()
    }),
    csrfToken: (form) => {
      const match = CSRF_INPUT.exec(form.body);
      const token = match?.[1] ?? match?.[2] ?? jar.get(probe["csrf-cookie"]);
      if (token) context.maskSecret(token);
      return token;
    }
  };
}
async function sessionFlow(input) {
  const { probe, url, loginUrl, resolve, password, context } = input;
  const sessionCookie = probe["session-cookie"];
  const browser = formBrowser(input);
  const { keep, get, submit, csrfToken } = browser;
  const sessionOf = (response) => cookiesSet(response, context.now()).get(sessionCookie);
  const anonymous = await get(url, /* @__PURE__ */ new Map());
  const form = keep(await get(loginUrl, /* @__PURE__ */ new Map()));
  const refused = keep(
    await submit(loginUrl, credentialsWith(input, wrongPassword(password)), csrfToken(form))
  );
  const refusedSession = sessionOf(refused);
  const login = keep(await submit(loginUrl, credentialsWith(input, password), csrfToken(refused)));
  const session = sessionOf(login);
  const evidence = {
    anonymous: seenOf(anonymous),
    wrongPassword: { ...seenOf(refused), session: refusedSession !== void 0 },
    login: { ...seenOf(login), session: session !== void 0 },
    csrf: csrfToken(form) !== void 0,
    sessionCookie
  };
  if (session !== void 0) {
    const withSession = /* @__PURE__ */ new Map([[sessionCookie, session]]);
    evidence.withSession = seenOf(await get(url, withSession));
    if (probe.logout) {
      const page = keep(await get(url, browser.jar));
      evidence.logout = seenOf(keep(await submit(resolve(probe.logout), {}, csrfToken(page))));
      evidence.afterLogout = seenOf(await get(url, withSession));
    }
  }
  return judgeSession(evidence);
}
function cookieOf(cookies) {
  const header2 = cookieHeader(cookies);
  return header2 ? { cookie: header2 } : {};
}

// src/probes/auth/token.ts
function tokenAt(body, field) {
  try {
    const value = valueAt(JSON.parse(body), field);
    return typeof value === "string" && value !== "" ? value : void 0;
  } catch {
    return void 0;
  }
}
function tokenRequests({ probe, url, send, context }) {
  return {
    get: async (token) => seenOf(
      await send(url, {
        attempts: ATTEMPTS,
        headers: token ? { authorization: `${probe.scheme} ${token}` } : {}
      })
    ),
    post: async (at, body) => seenOf(
      await send(at, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body)
      })
    ),
    token: (answer, field) => {
      const value = tokenAt(answer.body, field);
      if (value) context.maskSecret(value);
      return value;
    }
  };
}
async function refreshEvidence({ probe, resolve }, requests, refresh) {
  const body = { [probe["refresh-field"].split(".").at(-1)]: refresh };
  const evidence = {};
  if (probe.refresh) {
    const answer = await requests.post(resolve(probe.refresh), body);
    const renewed = requests.token(answer, probe["token-field"]);
    evidence.refreshed = { seen: answer, ...renewed ? { access: renewed } : {} };
  }
  if (probe.logout) {
    evidence.logout = await requests.post(resolve(probe.logout), body);
    evidence.afterLogout = await requests.post(resolve(probe.refresh ?? probe.logout), body);
  }
  return evidence;
}
async function tokenFlow(input) {
  const { probe, loginUrl, password, context } = input;
  const requests = tokenRequests(input);
  const anonymous = await requests.get();
  const refused = await requests.post(loginUrl, credentialsWith(input, wrongPassword(password)));
  const login = await requests.post(loginUrl, credentialsWith(input, password));
  const access2 = requests.token(login, probe["token-field"]);
  const refresh = requests.token(login, probe["refresh-field"]);
  const evidence = {
    anonymous,
    wrongPassword: refused,
    login,
    tokenField: probe["token-field"],
    refreshField: probe["refresh-field"],
    refreshWanted: probe.refresh !== void 0 || probe.logout !== void 0,
    refreshToken: refresh !== void 0,
    now: context.now()
  };
  if (login.status >= 200 && login.status < 300 && access2) {
    evidence.access = access2;
    evidence.withToken = await requests.get(access2);
    if (refresh) Object.assign(evidence, await refreshEvidence(input, requests, refresh));
  }
  return judgeAuth(evidence);
}

// src/probes/auth/run.ts
var Unanswered = class extends Error {
  outcome;
  constructor(outcome) {
    super(outcome.summary);
    this.outcome = outcome;
  }
};
function onceSender(client, context) {
  let requests = 0;
  const send = async (at, init) => {
    const sent = await client.send(at, {
      ...init,
      redirect: "manual",
      signal: context.signal
    });
    requests++;
    if (!sent.ok) throw new Unanswered(failedRequest(at, sent.error));
    return sent.response;
  };
  return { send, requests: () => requests };
}
var authProbe = async ({ probe, target, url, client, context }) => {
  const username = context.env[probe["username-env"]];
  const password = context.env[probe["password-env"]];
  if (!username || !password) return credentialsMissing(probe, context.env);
  context.maskSecret(password);
  const sender = onceSender(client, context);
  const flow = probe.flow === "session" ? sessionFlow : tokenFlow;
  try {
    const findings = await flow({
      probe,
      url,
      loginUrl: target.url(probe.login ?? DEFAULT_LOGIN[probe.flow]),
      resolve: (path3) => target.url(path3),
      username,
      password,
      send: sender.send,
      context
    });
    const requests = sender.requests();
    return outcomeOf(
      findings,
      probe["fail-on"],
      findings[0]?.message ?? `login, ${probe.flow === "session" ? "session" : "token"} and protected endpoint as expected (${plural(requests, "request")})`,
      { requests }
    );
  } catch (error) {
    if (error instanceof Unanswered) return error.outcome;
    throw error;
  }
};

// src/probes/browser/run.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";

// src/probes/browser/judge.ts
var TIMING_NAMES = {
  ttfb: "time to first byte",
  domContentLoaded: "DOMContentLoaded",
  load: "load",
  lcp: "Largest Contentful Paint"
};
var CORS = /blocked by CORS policy/;
var CORS_REASON = /blocked by CORS policy:\s*/;
var CSP_CONSOLE = /violates the following Content Security Policy directive/;
var RESOURCE_FAILED = /^Failed to load resource\b/;
var quotedUrl = (text) => /'(https?:\/\/[^']+)'/.exec(text)?.[1];
function judgeBrowser(evidence, thresholds) {
  const page = redactUrl(evidence.pageUrl);
  const corsBlocked = blockedByCors(evidence.console);
  return onceEach([
    ...corsFindings(evidence.console, page),
    ...cspFindings(evidence.cspViolations, page),
    ...assetFindings(evidence),
    ...failedRequestFindings(evidence, corsBlocked),
    ...consoleFindings(evidence, page, corsBlocked),
    ...evidence.exceptions.map((exception) => ({
      rule: "uncaught-exception",
      severity: "high",
      message: `${page}: uncaught exception: ${excerpt(exception)}`
    })),
    ...timingFindings(evidence.timings, thresholds, page),
    ...evidence.failedStep ? [
      {
        rule: "step-failed",
        severity: "high",
        message: `${page}: ${evidence.failedStep.step} failed: ${excerpt(evidence.failedStep.error)}`
      }
    ] : []
  ]);
}
function blockedByCors(console) {
  return new Set(
    console.flatMap((message) => {
      const blocked = CORS.test(message.text) ? quotedUrl(message.text) : void 0;
      return blocked ? [blocked] : [];
    })
  );
}
function corsFindings(console, page) {
  return console.filter((message) => CORS.test(message.text)).map((message) => {
    const blocked = quotedUrl(message.text);
    const reason = message.text.split(CORS_REASON)[1] ?? message.text;
    return {
      rule: "cors-blocked",
      severity: "high",
      message: `${page}: ${blocked ? `the request to ${redactUrl(blocked)}` : "a request"} was blocked by CORS: ${excerpt(reason)}`,
      hint: "Allow the page's origin in the API's CORS settings (CORS_ALLOWED_ORIGINS)."
    };
  });
}
function cspFindings(violations, page) {
  return violations.map((violation) => {
    const where = violation.source ? ` (${redactUrl(violation.source)}${violation.line ? `:${violation.line}` : ""})` : "";
    return {
      rule: "csp-violation",
      severity: "medium",
      message: `${page}: Content-Security-Policy ${violation.directive} blocked ${redactUrl(violation.blocked || "inline")}${where}`,
      hint: "Allow what the page needs in the policy, or stop the page from needing it."
    };
  });
}
function assetFindings({ pageUrl, badResponses }) {
  const origin = new URL(pageUrl).origin;
  return badResponses.filter((response) => new URL(response.url).origin === origin).map((response) => ({
    rule: "asset-error",
    severity: "high",
    message: `${redactUrl(response.url)}: ${response.type} answered ${response.status}`,
    hint: "Check that the build output (collectstatic, the static folder) is deployed."
  }));
}
function failedRequestFindings(evidence, corsBlocked) {
  const explained = /* @__PURE__ */ new Set([
    ...corsBlocked,
    ...evidence.cspViolations.map((v) => v.blocked),
    ...evidence.badResponses.map((r) => r.url)
  ]);
  return evidence.failedRequests.filter((request) => !explained.has(request.url)).map((request) => ({
    rule: "request-failed",
    severity: "medium",
    message: `${redactUrl(request.url)}: the request failed (${request.error})`
  }));
}
function consoleFindings(evidence, page, corsBlocked) {
  const reported = /* @__PURE__ */ new Set([
    ...evidence.badResponses.map((r) => r.url),
    ...evidence.failedRequests.map((r) => r.url),
    ...corsBlocked
  ]);
  const repeats = ({ text, url }) => CORS.test(text) || CSP_CONSOLE.test(text) || // Chrome asks for /favicon.ico by itself: a site without one has no broken page.
  RESOURCE_FAILED.test(text) && url !== void 0 && url !== "" && (reported.has(url) || new URL(url).pathname === "/favicon.ico");
  return evidence.console.filter((message) => !repeats(message)).map((message) => ({
    rule: "console-error",
    severity: "medium",
    message: `${page}: console error: ${excerpt(message.text)}${message.url ? ` (${redactUrl(message.url)})` : ""}`
  }));
}
function timingFindings(timings, thresholds, page) {
  return Object.keys(TIMING_NAMES).flatMap((key) => {
    const limit = thresholds[key];
    const took = timings[key];
    if (limit === void 0 || took === void 0 || took <= limit) return [];
    return [
      {
        rule: "slow-page",
        severity: "medium",
        message: `${page}: ${TIMING_NAMES[key]} after ${formatDuration(took)}, above ${formatDuration(limit)}`
      }
    ];
  });
}
function onceEach(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = `${finding.rule}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/probes/browser/session.ts
import { access, constants } from "node:fs/promises";
var CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
];
var BROWSER_INSTALL_HINT = "install Chromium (apt-get install chromium) or Google Chrome, or set `executable:` (or CHROME_PATH) to one";
var LAUNCH_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];
var IDLE_CLOSE_MS = 3e3;
async function findBrowser(configured, env) {
  for (const candidate of configured ? [configured] : [env.CHROME_PATH, ...CANDIDATES]) {
    if (!candidate) continue;
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var running;
var launches = 0;
async function launch(executable) {
  const { chromium } = await import("./playwright-core-2ELBEVOC.js");
  launches++;
  return chromium.launch({
    executablePath: executable,
    headless: true,
    args: LAUNCH_FLAGS,
    // Shipgate's own termination handling stops the run; Playwright still kills the browser on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false
  });
}
async function close(instance) {
  if (running === instance) running = void 0;
  clearTimeout(instance.idle);
  await instance.browser.then((browser) => browser.close()).catch(() => {
  });
}
async function withBrowser(executable, signal, use) {
  if (running && running.executable !== executable) await close(running);
  running ??= { executable, browser: launch(executable), users: 0 };
  const instance = running;
  clearTimeout(instance.idle);
  instance.users++;
  const onAbort = () => void close(instance);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    const browser = await instance.browser;
    if (signal.aborted) throw signal.reason;
    return await use(browser);
  } finally {
    signal.removeEventListener("abort", onAbort);
    instance.users--;
    if (instance.users === 0 && running === instance) {
      instance.idle = setTimeout(() => void close(instance), IDLE_CLOSE_MS);
    }
  }
}

// src/probes/browser/run.ts
var SETTLE_MS = 3e3;
var IN_PAGE = `
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__shipgateCsp({ directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
  });
  try {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) window.__shipgateLcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
`;
var TIMINGS = `(() => {
  const [nav] = performance.getEntriesByType('navigation');
  const timings = nav
    ? { ttfb: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd }
    : {};
  return window.__shipgateLcp === undefined ? timings : { ...timings, lcp: window.__shipgateLcp };
})()`;
var describeStep = (step) => "fill" in step ? `fill ${step.fill}` : "click" in step ? `click ${step.click}` : `wait-for ${step["wait-for"]}`;
async function runStep(page, step, context) {
  if ("click" in step) return page.click(step.click);
  if ("wait-for" in step) return void await page.waitForSelector(step["wait-for"]);
  const secret = step["value-env"];
  const value = secret ? context.env[secret] : step.value;
  if (value === void 0) throw new Error(`value-env names ${secret}, which is not set`);
  if (secret) context.maskSecret(value);
  await page.fill(step.fill, value);
}
async function runSteps(page, steps, context) {
  for (const step of steps) {
    try {
      await runStep(page, step, context);
    } catch (error) {
      return { step: describeStep(step), error: error.message.split("\n")[0] ?? "" };
    }
  }
  return void 0;
}
async function watchedPage(session, evidence) {
  await session.exposeFunction(
    "__shipgateCsp",
    (violation) => evidence.cspViolations.push(violation)
  );
  await session.addInitScript(IN_PAGE);
  const page = await session.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const at = message.location().url;
    evidence.console.push({ text: message.text(), ...at ? { url: at } : {} });
  });
  page.on("pageerror", (error) => evidence.exceptions.push(error.message));
  page.on(
    "requestfailed",
    (request) => evidence.failedRequests.push({
      url: request.url(),
      error: request.failure()?.errorText ?? "failed"
    })
  );
  page.on("response", (response) => {
    if (response.status() >= 400) {
      evidence.badResponses.push({
        url: response.url(),
        status: response.status(),
        type: response.request().resourceType()
      });
    }
  });
  return page;
}
async function visit(session, { probe, url, context }) {
  const evidence = {
    pageUrl: url.href,
    console: [],
    exceptions: [],
    failedRequests: [],
    cspViolations: [],
    badResponses: [],
    timings: {}
  };
  const page = await watchedPage(session, evidence);
  page.setDefaultTimeout(probe.timeout);
  const response = await page.goto(url.href, { waitUntil: "load", timeout: probe.timeout });
  await page.waitForLoadState("networkidle", { timeout: SETTLE_MS }).catch(() => {
  });
  const failedStep = await runSteps(page, probe.steps, context);
  if (failedStep) evidence.failedStep = failedStep;
  evidence.timings = await page.evaluate(TIMINGS);
  return { page, evidence, status: response?.status() };
}
function pageOutcome(probe, url, evidence, status) {
  const findings = judgeBrowser(evidence, {
    ttfb: probe.ttfb,
    domContentLoaded: probe["dom-content-loaded"],
    load: probe.load,
    lcp: probe.lcp
  });
  const { timings } = evidence;
  const metrics = Object.fromEntries(
    Object.entries(timings).map(([name, ms]) => [`${name}Ms`, Math.round(ms)])
  );
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings.length > 0 ? `${plural(findings.length, "problem")} in the browser: ${[...new Set(findings.map((f) => f.rule))].join(", ")}` : `${status ?? "no response"}, load ${timings.load === void 0 ? "?" : formatDuration(timings.load)}, no errors in the browser (${redactUrl(url)})`,
    { ...metrics, ...status === void 0 ? {} : { status } }
  );
}
var browserProbe = async ({ probe, target, url, context }) => {
  const executable = await findBrowser(probe.executable, context.env);
  if (!executable) {
    return {
      status: "skip",
      summary: `no Chrome or Chromium${probe.executable ? ` at ${probe.executable}` : ""}: ${BROWSER_INSTALL_HINT}`
    };
  }
  const screenshot = path.resolve(
    context.root,
    probe.screenshot ?? `shipgate-screenshots/${slug(target.name, "target")}-${slug(probe.path, "root")}.png`
  );
  return withBrowser(executable, context.signal, async (browser) => {
    const session = await browser.newContext({ extraHTTPHeaders: target.config.headers });
    try {
      const { page, evidence, status } = await visit(session, { probe, url, context });
      await mkdir(path.dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
      context.log(`screenshot: ${path.relative(context.root, screenshot)}`);
      return pageOutcome(probe, url, evidence, status);
    } finally {
      await session.close().catch(() => {
      });
    }
  });
};

// src/probes/exposure/run.ts
import { randomBytes } from "node:crypto";

// src/probes/exposure/judge.ts
var SENSITIVE_FILES = {
  env: "/.env",
  "git-head": "/.git/HEAD",
  "git-config": "/.git/config"
};
var ok2 = (seen) => seen.status >= 200 && seen.status < 300;
function isFallback(seen, missing) {
  if (!ok2(missing)) return false;
  const strip = (s) => s.body.split(new URL(s.url).pathname).join("");
  return strip(seen) === strip(missing);
}
var DEBUG_PAGE = /You're seeing this error because you have DEBUG = True/;
function envNames(body) {
  if (/^\s*</.test(body)) return void 0;
  const lines = body.split("\n").filter((line) => line.trim() && !line.trim().startsWith("#"));
  const names = lines.flatMap(
    (line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1] ?? []
  );
  return names.length > 0 && names.length === lines.length ? names : void 0;
}
var FILE_SIGNATURES = {
  env: {
    rule: "env-file-served",
    severity: "critical",
    describe: (body) => {
      const names = envNames(body);
      return names ? `an environment file is served: ${plural(names.length, "variable")} (${excerpt(names.slice(0, 8).join(", "))}${names.length > 8 ? ", \u2026" : ""}; values withheld)` : void 0;
    }
  },
  "git-head": {
    rule: "git-metadata-served",
    severity: "high",
    describe: (body) => /^(?:ref: refs\/\S+|[0-9a-f]{40})\s*$/.test(body) ? `the Git HEAD is served (${excerpt(body)}): the repository can be downloaded` : void 0
  },
  "git-config": {
    rule: "git-metadata-served",
    severity: "high",
    describe: (body) => {
      if (!/^\s*\[core\]/m.test(body) || !/repositoryformatversion/.test(body)) return void 0;
      const sections = [...body.matchAll(/^\s*\[([^\]\n]+)\]/gm)].map((m) => `[${m[1]}]`);
      return `the Git config is served (sections ${excerpt(sections.slice(0, 5).join(" "))}; values withheld)`;
    }
  }
};
var LISTING = [
  /<title>\s*(Index of [^<]*)<\/title>/i,
  /<h1>\s*(Index of [^<]*)<\/h1>/i,
  /<title>\s*(Directory listing for [^<]*)<\/title>/i
];
var STACK_TRACE = [
  /Traceback \(most recent call last\)/,
  /File "[^"\n]+", line \d+, in \S+/,
  /\bat [\w.$<>[\] ]+ \((?:file:\/\/)?\/[^)\s]+:\d+:\d+\)/,
  /\bat [\w.$]+\(\w+\.java:\d+\)/,
  /\S+\.rb:\d+:in `[^']+'/,
  / in \/\S+\.php(?:<\/b>)? on line (?:<b>)?\d+/,
  / in [A-Za-z]:\\\S+\.cs:line \d+/
];
var DEBUG_TOOLBAR = /id="djDebug"|\bdjdt-[\w-]+/;
var NEXT_DEVELOPMENT = /"buildId"\s*:\s*"development"/;
var ADMIN_CONTENT = /Site administration|id="user-tools"|\/admin\/logout\//;
function titleOf(body) {
  return excerpt(/<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? body.slice(0, 200));
}
var served = (seen, missing) => ok2(seen) && !isFallback(seen, missing);
function exposed(rule, severity, seen, what, hint) {
  return { rule, severity, message: `${seen.url}: ${what}`, hint };
}
function djangoDebug({ missing }) {
  const debugPage = DEBUG_PAGE.exec(plainText(missing.body));
  if (!debugPage) return [];
  return [
    exposed(
      "django-debug",
      "high",
      missing,
      `a path that does not exist answers ${missing.status} with Django's technical page ("${debugPage[0]}"): DEBUG is on`,
      "Set DEBUG = False in the production settings (DEBUG=False in the environment the settings read)."
    )
  ];
}
function sensitiveFiles({ files, missing }) {
  return files.flatMap(({ kind, seen }) => {
    if (!served(seen, missing)) return [];
    const signature = FILE_SIGNATURES[kind];
    const what = signature.describe(seen.body);
    if (!what) return [];
    return [
      exposed(
        signature.rule,
        signature.severity,
        seen,
        what,
        "Serve only the build output: never the repository root. Rotate every secret the file held."
      )
    ];
  });
}
function debugToolbar({ page, missing }) {
  const toolbarIn = [page, missing].find((seen) => DEBUG_TOOLBAR.test(seen.body));
  if (!toolbarIn) return [];
  return [
    exposed(
      "debug-toolbar",
      "high",
      toolbarIn,
      "the Django debug toolbar is shown (settings, SQL and headers to every visitor)",
      "Remove debug_toolbar from INSTALLED_APPS and MIDDLEWARE in production."
    )
  ];
}
function nextDevelopment({ page }) {
  if (!ok2(page) || !NEXT_DEVELOPMENT.test(page.body)) return [];
  return [
    exposed(
      "next-development",
      "high",
      page,
      'the page comes from a Next.js development server (buildId "development")',
      "Deploy `next build` output served by `next start`, never `next dev`."
    )
  ];
}
function directoryListings({ listings, missing }) {
  return listings.flatMap((seen) => {
    if (!served(seen, missing)) return [];
    const listing = LISTING.map((pattern) => pattern.exec(seen.body)?.[1]).find(Boolean);
    if (!listing) return [];
    return [
      exposed(
        "directory-listing",
        "medium",
        seen,
        `a directory listing is served ("${excerpt(listing)}")`,
        "Turn off directory indexes (autoindex off; show_indexes=False)."
      )
    ];
  });
}
function publicSourceMaps({ sourceMaps, missing }) {
  return sourceMaps.flatMap((seen) => {
    const sources = served(seen, missing) ? mapSources(seen.body) : void 0;
    if (!sources) return [];
    return [
      exposed(
        "source-map-served",
        "low",
        seen,
        `the source map of the page's own script is public: ${plural(sources.length, "source file")} (${excerpt(sources.slice(0, 3).join(", "))}${sources.length > 3 ? ", \u2026" : ""})`,
        "Do not deploy .map files (productionBrowserSourceMaps: false), or upload them to your error tracker only."
      )
    ];
  });
}
function stackTraces({ malformed }) {
  return malformed.flatMap((seen) => {
    const text = plainText(seen.body);
    const trace = STACK_TRACE.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
    if (!trace) return [];
    return [
      exposed(
        "stack-trace",
        "high",
        seen,
        `a malformed request is answered ${seen.status} with a stack trace ("${excerpt(trace)}")`,
        "Turn debug output off and answer bad input with a 400 that says only what was wrong."
      )
    ];
  });
}
function openAdmin({ admin, missing }) {
  if (!admin || !served(admin, missing) || !ADMIN_CONTENT.test(admin.body) || /type=["']?password/i.test(admin.body)) {
    return [];
  }
  return [
    exposed(
      "admin-without-login",
      "critical",
      admin,
      `the admin answers ${admin.status} with its own content to a visitor who has not logged in ("${titleOf(admin.body)}")`,
      "The admin must redirect to its login page: check custom AdminSite.has_permission and any middleware that logs visitors in."
    )
  ];
}
var EXPOSURES = [
  djangoDebug,
  sensitiveFiles,
  debugToolbar,
  nextDevelopment,
  directoryListings,
  publicSourceMaps,
  stackTraces,
  openAdmin
];
function judgeExposure(evidence) {
  return EXPOSURES.flatMap((judge) => judge(evidence));
}
function mapSources(body) {
  let map;
  try {
    map = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (map === null || typeof map !== "object") return void 0;
  const { mappings, sources } = map;
  if (typeof mappings !== "string" || !Array.isArray(sources)) return void 0;
  return sources.filter((source) => typeof source === "string");
}

// src/probes/exposure/scripts.ts
var MAX_SCRIPTS = 10;
function ownScripts(html, pageUrl) {
  const page = new URL(pageUrl);
  const found = /* @__PURE__ */ new Map();
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!value) continue;
    let url;
    try {
      url = new URL(value.replace(/&amp;/g, "&"), page);
    } catch {
      continue;
    }
    if (url.origin === page.origin) found.set(url.href, url);
    if (found.size >= MAX_SCRIPTS) break;
  }
  return [...found.values()];
}
function sourceMapUrl(script, scriptUrl, header2) {
  const comments = [...script.matchAll(/\/[/*][#@]\s*sourceMappingURL=([^\s*]+)/g)];
  const named = comments.at(-1)?.[1] ?? header2;
  if (named?.startsWith("data:")) return void 0;
  try {
    return new URL(named ?? `${scriptUrl.pathname}.map`, scriptUrl);
  } catch {
    return void 0;
  }
}

// src/probes/exposure/run.ts
var exposureProbe = async ({ probe, target, url, client, context }) => {
  let requests = 0;
  const fetch = async (at, redirect) => {
    requests++;
    const sent = await client.send(at, { redirect, attempts: ATTEMPTS, signal: context.signal });
    if (!sent.ok) {
      context.log(`${sent.url}: ${sent.error.message}`);
      return { ok: false, error: sent.error };
    }
    const { response } = sent;
    return {
      ok: true,
      seen: { url: response.url, status: response.status, body: response.body },
      sourceMap: header(response, "sourcemap") ?? header(response, "x-sourcemap")
    };
  };
  const onTarget = (path3, redirect) => fetch(target.url(path3), redirect);
  const nowhere = `/shipgate-${randomBytes(6).toString("hex")}/`;
  const [missing, page] = await Promise.all([onTarget(nowhere, "follow"), fetch(url, "follow")]);
  if (!page.ok) return failedRequest(url, page.error);
  if (!missing.ok) return failedRequest(target.url(nowhere), missing.error);
  const sensitive = Object.entries(SENSITIVE_FILES);
  const malformed = [`${nowhere}%ff%fe?%=%`, ...probe.malformed];
  const [files, listings, sourceMaps, malformedAnswers, admin] = await Promise.all([
    Promise.all(
      sensitive.map(async ([kind, path3]) => ({ kind, answer: await onTarget(path3, "manual") }))
    ),
    Promise.all(probe.listings.map((path3) => onTarget(path3, "manual"))),
    Promise.all(
      ownScripts(page.seen.body, page.seen.url).map(async (script) => {
        const answer = await fetch(script, "follow");
        if (!answer.ok || answer.seen.status >= 400) return void 0;
        const map = sourceMapUrl(answer.seen.body, script, answer.sourceMap);
        return map && fetch(map, "manual");
      })
    ),
    Promise.all(malformed.map((path3) => onTarget(path3, "manual"))),
    probe.admin === false ? void 0 : onTarget(probe.admin, "manual")
  ]);
  const evidence = {
    missing: missing.seen,
    page: page.seen,
    files: files.flatMap(({ kind, answer }) => answer.ok ? [{ kind, seen: answer.seen }] : []),
    listings: seenOf2(listings),
    sourceMaps: seenOf2(sourceMaps),
    malformed: seenOf2(malformedAnswers),
    ...admin?.ok ? { admin: admin.seen } : {}
  };
  const findings = judgeExposure(evidence);
  return outcomeOf(
    findings,
    probe["fail-on"],
    findings.length > 0 ? `${plural(findings.length, "exposure")}: ${[...new Set(findings.map((f) => f.rule))].join(", ")}` : `nothing exposed (${plural(requests, "request")})`,
    { requests }
  );
};
var seenOf2 = (answers) => answers.flatMap((answer) => answer?.ok ? [answer.seen] : []);

// src/probes/registry.ts
var PROBES = {
  health: healthProbe,
  page: pageProbe,
  headers: headersProbe,
  cookies: cookiesProbe,
  cors: corsProbe,
  redirect: redirectProbe,
  tls: tlsProbe,
  latency: latencyProbe,
  revision: revisionProbe,
  exposure: exposureProbe,
  auth: authProbe,
  browser: browserProbe
};

// src/probes/target.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/probes/wait.ts
var FINAL = (failure2) => failure2.tls || failure2.code === "ENOTFOUND" || failure2.code === "SHIPGATE_LINK_LOCAL";
async function waitUntilReady(client, url, { timeoutMs, baseDelayMs = 250, maxDelayMs = 1e4, log }) {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  let last = "no answer";
  let lastFailure;
  const notReady = (attempts) => ({
    ready: false,
    waitedMs: elapsed(),
    attempts,
    last,
    ...lastFailure ? { failure: lastFailure } : {}
  });
  for (let attempt = 1; ; attempt++) {
    const outcome = await client.send(url, { readBody: false, signal });
    if (outcome.ok && outcome.response.status < 500)
      return { ready: true, waitedMs: elapsed(), attempts: attempt };
    lastFailure = outcome.ok ? void 0 : outcome.error;
    last = outcome.ok ? `status ${outcome.response.status}` : outcome.error.message;
    if (lastFailure && FINAL(lastFailure)) return notReady(attempt);
    const delay = backoffDelay(attempt - 1, baseDelayMs, maxDelayMs);
    log?.(`${redactUrl(url)} not ready (${last}); next try in ${delay} ms`);
    try {
      await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed())), signal);
    } catch {
      return notReady(attempt);
    }
    if (signal.aborted) return notReady(attempt);
  }
}

// src/probes/target.ts
var Target = class {
  name;
  config;
  /** Undefined when the target has no `url` and the run has no deployment URL. */
  baseUrl;
  #waitTimeoutMs;
  #readiness;
  #waitStarted;
  constructor(config, waitTimeoutMs, deploymentUrl) {
    this.name = config.name;
    this.config = config;
    const url = config.url ?? deploymentUrl;
    this.baseUrl = url === void 0 ? void 0 : new URL(url);
    this.#waitTimeoutMs = waitTimeoutMs;
  }
  /** `path` resolved against the base URL, keeping a base path such as https://host/app/. */
  url(probePath) {
    const base = this.baseUrl;
    return new URL(probePath.replace(/^\//, ""), base.href.endsWith("/") ? base : `${base.href}/`);
  }
  /** A new client with this target's limits; the caller closes it. */
  async client(context, connections) {
    for (const value of Object.values(this.config.headers)) context.maskSecret(value);
    const c = this.config;
    return new HttpClient({
      connectTimeoutMs: c["connect-timeout"],
      headersTimeoutMs: c["headers-timeout"],
      bodyTimeoutMs: c["body-timeout"],
      requestTimeoutMs: c["request-timeout"],
      maxBodyBytes: c["max-body"],
      allowLinkLocal: c["allow-link-local"],
      headers: c.headers,
      ...await this.ca(context),
      ...connections ? { connections } : {}
    });
  }
  /** The configured CA file's PEM text, as client/TLS options. */
  async ca(context) {
    if (!this.config.ca) return {};
    return { ca: await readFile(path2.resolve(context.root, this.config.ca), "utf8") };
  }
  /** What is left of the wait budget since readiness polling began (for the revision probe). */
  remainingWaitMs() {
    const started = this.#waitStarted ?? performance.now();
    return Math.max(0, this.#waitTimeoutMs - (performance.now() - started));
  }
  /**
   * Waits (once per target) until its first probe path answers below 500. Runs on its own
   * clock, the wait timeout, so that one probe's cancellation does not fail its siblings.
   */
  ready(context) {
    this.#readiness ??= (async () => {
      this.#waitStarted = performance.now();
      const firstPath = this.config.probes[0]?.path ?? "/";
      const client = await this.client(context);
      try {
        return await waitUntilReady(client, this.url(firstPath), {
          timeoutMs: this.#waitTimeoutMs,
          log: context.log
        });
      } finally {
        await client.close();
      }
    })();
    return this.#readiness;
  }
};

// src/probes/run-probe.ts
async function runProbe(target, probe, deployment, context) {
  if (target.baseUrl === void 0) {
    return {
      status: "skip",
      summary: `no URL: target "${target.name}" has no url and this run has no deployment URL (deployment_status event)`
    };
  }
  if (probe.type === "revision" && !deployment.expectedRevision) {
    return {
      status: "skip",
      summary: "no expected revision: runs only where the commit under review is known (pull request or deployment_status)"
    };
  }
  const readiness = await untilAborted(target.ready(context), context.signal);
  const waitMs = readiness.waitedMs;
  if (!readiness.ready && !(probe.type === "tls" && readiness.failure?.tls)) {
    const message = `${redactUrl(target.url(target.config.probes[0]?.path ?? "/"))} not ready after ${formatDuration(waitMs)} (${plural(readiness.attempts, "attempt")}): ${readiness.last}`;
    return {
      status: "fail",
      summary: `not ready: ${readiness.last}`,
      findings: [
        { rule: readiness.failure?.tls ? "tls-error" : "not-ready", severity: "high", message }
      ],
      metrics: { waitMs }
    };
  }
  const client = await target.client(
    context,
    probe.type === "latency" ? probe.concurrency : void 0
  );
  try {
    const run = PROBES[probe.type];
    const outcome = await run({
      probe,
      target,
      url: target.url(probe.path),
      client,
      context,
      ...deployment.expectedRevision ? { expectedRevision: deployment.expectedRevision } : {}
    });
    return { ...outcome, metrics: { ...outcome.metrics, waitMs } };
  } finally {
    await client.close();
  }
}
function untilAborted(promise, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
export {
  Target,
  runProbe
};
//# sourceMappingURL=run-probe-ZWYDZP5Q.js.map
