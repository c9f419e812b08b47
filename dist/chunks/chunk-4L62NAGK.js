import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isPlaceholder
} from "./chunk-AQ2GOUID.js";
import {
  percentDecoded
} from "./chunk-DVUULFWV.js";

// src/util/redact.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
var MIN_FRAGMENT_LENGTH = 8;
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]+)@/gi;
var RUNNER_TOKEN_VARIABLES = [
  "GITHUB_TOKEN",
  "INPUT_GITHUB-TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
];
function runnerTokens(env) {
  return RUNNER_TOKEN_VARIABLES.flatMap((name) => env[name] ?? []);
}
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  if (!parsed.username && !parsed.password) return parsed.href;
  parsed.username = MASK;
  parsed.password = "";
  return parsed.href;
}
function redactText(text) {
  if (!text.includes("@")) return text;
  return text.replace(URL_CREDENTIALS, `$1${MASK}@`);
}
function credentialSecrets(credential) {
  const decoded = percentDecoded(credential);
  return isPlaceholder(decoded) ? [] : [credential, decoded];
}
function urlCredentials(text) {
  if (!text.includes("@")) return [];
  return [...text.matchAll(URL_CREDENTIALS)].flatMap((match) => {
    const userinfo = match[2] ?? "";
    const colon = userinfo.indexOf(":");
    return credentialSecrets(colon === -1 ? userinfo : userinfo.slice(colon + 1));
  });
}
function base64Forms(value) {
  const bytes = Buffer.from(value, "utf8");
  const forms = [bytes.toString("base64")];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const complete = 4 * Math.floor((shift + bytes.length) / 3);
    forms.push(encoded.slice(shift === 0 ? 0 : shift + 1, complete));
  }
  return forms.flatMap((form) => [form, form.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function encodedForms(value) {
  const lines = value.split(/\r?\n/).map((line) => line.trim());
  const forms = [
    value,
    ...lines.length > 1 ? lines : [],
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1)
  ].filter((form) => form.length >= MIN_SECRET_LENGTH);
  const fragments = base64Forms(value).filter((form) => form.length >= MIN_FRAGMENT_LENGTH);
  return [.../* @__PURE__ */ new Set([...forms, ...fragments])];
}
var escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
function mapStrings(value, map) {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object") {
    const mapped = {};
    for (const [key, item] of Object.entries(value)) mapped[key] = mapStrings(item, map);
    return mapped;
  }
  return value;
}
var Redactor = class {
  #values = /* @__PURE__ */ new Set();
  #pattern;
  constructor(values = []) {
    for (const value of values) this.add(value);
  }
  /** Registers a value that must never be shown; false when it is too short to mask. */
  add(value) {
    if (value.trim().length < MIN_SECRET_LENGTH) return false;
    for (const form of encodedForms(value)) {
      if (this.#values.has(form)) continue;
      this.#values.add(form);
      this.#pattern = void 0;
    }
    return true;
  }
  /** `text` with every known value and every URL credential replaced by `***`. */
  text(text) {
    if (this.#values.size > 0) {
      this.#pattern ??= new RegExp(
        [...this.#values].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"),
        "g"
      );
      text = text.replace(this.#pattern, MASK);
    }
    return redactText(text);
  }
  /**
   * Every string of `value` (a report, say) redacted. Nothing is learnt from it: its text is
   * Shipgate's and the tools' words, whose example URLs (`postgres://user:password@host`)
   * would make ordinary words secret. Real values are registered where they are read (the
   * environment, the URLs the gates parse, what the secrets scan finds).
   */
  deep(value) {
    return mapStrings(value, (text) => this.text(text));
  }
};

export {
  runnerTokens,
  redactUrl,
  redactText,
  credentialSecrets,
  urlCredentials,
  Redactor
};
//# sourceMappingURL=chunk-4L62NAGK.js.map
