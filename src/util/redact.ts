import { isPlaceholder } from './placeholder.ts';
import { percentDecoded } from './text.ts';

/**
 * The one redactor. Every surface Shipgate writes (the report and everything rendered from
 * it, the live log, crash and API warning messages) passes through a `Redactor` that knows
 * every value masked during the run, the runner's tokens and the credentials of URLs.
 */

const MASK = '***';

/**
 * Values shorter than this are not masked: a one- to three-character "secret" protects
 * nothing, and masking it would cut ordinary words out of every message.
 */
const MIN_SECRET_LENGTH = 4;
/** An encoded fragment shorter than this would match ordinary base64 and identifiers. */
const MIN_FRAGMENT_LENGTH = 8;

/**
 * `scheme://userinfo@`: the user and password (or a token in the user's place), up to the
 * authority's last `@`, as URL parsers and libpq read an `@` left unencoded in a password.
 */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]+)@/gi;

/** The variables the runner sets for the action alone, never for an ordinary `run:` step. */
const RUNNER_TOKEN_VARIABLES = [
  'GITHUB_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const;

/** The runner's tokens found in an environment, to seed a Redactor with. */
export function runnerTokens(env: Readonly<Record<string, string | undefined>>): string[] {
  return RUNNER_TOKEN_VARIABLES.flatMap((name) => env[name] ?? []);
}

/**
 * A URL as it may appear in a message: user and password replaced by `***`, since a target
 * URL with credentials (https://user:token@host) would otherwise leak into the report, the
 * PR comment and the log. Text that is not a URL is returned unchanged.
 */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  if (!parsed.username && !parsed.password) return parsed.href;
  parsed.username = MASK;
  parsed.password = '';
  return parsed.href;
}

/** Every `scheme://user:pass@` inside free text (e.g. an error message) with the credentials cut. */
export function redactText(text: string): string {
  // Most text has no `@` at all: checked first, 100,000 findings are redacted in well under a second.
  if (!text.includes('@')) return text;
  return text.replace(URL_CREDENTIALS, `$1${MASK}@`);
}

/**
 * What to mask of a URL's password (or a token in the user's place): it as written and
 * decoded. Nothing for a placeholder (`password`, `changeme`, `${DB_PASSWORD}`): it hides
 * nothing, and masked, its word would vanish from every message of the run.
 */
export function credentialSecrets(credential: string): string[] {
  const decoded = percentDecoded(credential);
  return isPlaceholder(decoded) ? [] : [credential, decoded];
}

/**
 * The secrets of the URLs in `text`: each password, or the user when there is no password
 * (`https://TOKEN@host`), as `credentialSecrets` gives them, so that they can be masked on
 * their own.
 */
export function urlCredentials(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(URL_CREDENTIALS)].flatMap((match) => {
    const userinfo = match[2] ?? '';
    const colon = userinfo.indexOf(':');
    return credentialSecrets(colon === -1 ? userinfo : userinfo.slice(colon + 1));
  });
}

/**
 * The base64 text of `value` wherever it sits in an encoded stream: aligned on a 3-byte
 * boundary or shifted by one or two bytes, each without the characters that depend on the
 * bytes around it (what the runner's own masker does for `echo $SECRET | base64`).
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = [bytes.toString('base64')];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const complete = 4 * Math.floor((shift + bytes.length) / 3);
    forms.push(encoded.slice(shift === 0 ? 0 : shift + 1, complete));
  }
  return forms.flatMap((form) => [form, form.replace(/\+/g, '-').replace(/\//g, '_')]);
}

/** The forms a value takes in output: itself, each of its lines, URL-, JSON- and base64-encoded. */
export function encodedForms(value: string): string[] {
  const lines = value.split(/\r?\n/).map((line) => line.trim());
  const forms = [
    value,
    ...(lines.length > 1 ? lines : []),
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1),
  ].filter((form) => form.length >= MIN_SECRET_LENGTH);
  const fragments = base64Forms(value).filter((form) => form.length >= MIN_FRAGMENT_LENGTH);
  return [...new Set([...forms, ...fragments])];
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Every string inside `value` (objects and arrays walked, keys kept) passed through `map`. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === 'object') {
    const mapped: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) mapped[key] = mapStrings(item, map);
    return mapped as T;
  }
  return value;
}

/**
 * What must never be shown, and the function that hides it: every registered value (and its
 * encoded forms) becomes `***`, and so does the userinfo of every URL.
 */
export class Redactor {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;

  constructor(values: Iterable<string> = []) {
    for (const value of values) this.add(value);
  }

  /** Registers a value that must never be shown; false when it is too short to mask. */
  add(value: string): boolean {
    if (value.trim().length < MIN_SECRET_LENGTH) return false;
    for (const form of encodedForms(value)) {
      if (this.#values.has(form)) continue;
      this.#values.add(form);
      this.#pattern = undefined;
    }
    return true;
  }

  /** `text` with every known value and every URL credential replaced by `***`. */
  text(text: string): string {
    if (this.#values.size > 0) {
      // Longest first, so that a value wins over a shorter one it contains.
      this.#pattern ??= new RegExp(
        [...this.#values]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
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
  deep<T>(value: T): T {
    return mapStrings(value, (text) => this.text(text));
  }
}
