import path from 'node:path';
import type { Finding, Severity } from '../../core/model.ts';
import { isLoopbackHost } from '../../util/loopback.ts';
import { isPlaceholder } from '../../util/placeholder.ts';
import { percentDecoded } from '../../util/text.ts';

interface SecretPattern {
  rule: string;
  /** What was found, for the message; `$1` is replaced by the named group `name`. */
  what: string;
  severity: Severity;
  /** The named group `secret` is the secret itself; `name`, when present, what holds it. */
  pattern: RegExp;
  /** Only files whose path matches: each pattern means something in one language. */
  files: RegExp;
}

/** Variable names that hold secrets (SECRET_KEY, DB_PASSWORD, API_TOKEN, …). */
const SECRET_NAME = /(?:SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;

/**
 * A variable that holds a secret: named like one, and not a Next.js `NEXT_PUBLIC_` variable,
 * which the build inlines into the browser's JavaScript: public by design, whatever its name.
 */
function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !name.startsWith('NEXT_PUBLIC_');
}

const PYTHON = /\.py$/;
const SCRIPT = /\.[cm]?[jt]sx?$/;
/** A Python string literal: optional prefix, quote, a non-empty body without that quote. */
const PY_STRING = String.raw`[rRuUbB]?(?<quote>["'])(?<secret>(?:(?!\k<quote>)[^\n])+)\k<quote>`;
/** The calls that read a variable from the environment with a default, not a method of anything else. */
const PY_ENV_LOOKUP = String.raw`(?<![\w.])(?:(?:os\.)?environ\.(?:get|setdefault)|(?:os\.)?getenv|config|env(?:\.str)?)`;

/**
 * Shipgate's own rules, for what token formats cannot see: a literal value or a literal
 * *fallback* for a secret in Django settings and Node code. A fallback is as committed as a
 * literal: when the variable is missing in production, the app runs on the key in the repo.
 * Token formats (AWS, GitHub, private keys, …) are the maintained preset's job (preset.ts).
 */
const PATTERNS: readonly SecretPattern[] = [
  {
    rule: 'django-secret-key',
    what: 'a literal Django SECRET_KEY',
    severity: 'high',
    pattern: new RegExp(String.raw`^\s*SECRET_KEY\s*(?::\s*str\s*)?=\s*${PY_STRING}`),
    files: PYTHON,
  },
  {
    // A lookup in the environment with a literal default, and nothing else with a string
    // pair (a tuple of field names, request.data.get(…)): os.environ.get('SECRET_KEY', '…'),
    // os.getenv('DB_PASSWORD', '…'), os.environ.setdefault(…), python-decouple's
    // config('SECRET_KEY', default='…'), django-environ's env(…) and env.str(…); or the
    // literal after `or`, as in os.environ.get('SECRET_KEY') or '…' (with an empty default
    // too, and as a conditional's first branch: … or '…' if DEBUG else None).
    rule: 'secret-fallback',
    what: 'a literal fallback for $1',
    severity: 'high',
    pattern: new RegExp(
      String.raw`${PY_ENV_LOOKUP}\s*\(\s*(?<q>["'])(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<q>\s*(?:,\s*(?:default\s*=\s*)?(?:(?:""|'')\s*\)\s*or\s+)?|\)\s*or\s+)${PY_STRING}\s*(?:[,)#]|\s+if\b|$)`,
    ),
    files: PYTHON,
  },
  {
    rule: 'django-database-password',
    what: 'a literal database PASSWORD',
    severity: 'high',
    pattern: new RegExp(String.raw`["']PASSWORD["']\s*:\s*${PY_STRING}`),
    files: PYTHON,
  },
  {
    // process.env.JWT_SECRET || 'prod-key', process.env['API_TOKEN'] ?? "…"
    rule: 'secret-fallback',
    what: 'a literal fallback for $1',
    severity: 'high',
    pattern:
      /process\.env(?:\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[\s*["'](?<quoted>[A-Za-z_][A-Za-z0-9_]*)["']\s*\])\s*(?:\|\||\?\?)\s*(?<quote>["'`])(?<secret>(?:(?!\k<quote>)[^\n$])+)\k<quote>/,
    files: SCRIPT,
  },
];

/** "ghp_…a1b2": the public prefix and the last four characters, never the rest. */
export function redact(secret: string, shown: number): string {
  const prefix = secret.slice(0, shown);
  // Four characters of a short secret would give too much of it away.
  return secret.length >= shown + 16 ? `${prefix}…${secret.slice(-4)}` : `${prefix}…`;
}

/** Told each secret the scan found, so that no surface can show it (core.setSecret and the redactor). */
export type SecretSink = (secret: string) => void;

/** `.env` files that by convention hold real local values and belong in .gitignore. */
const PRIVATE_ENV_FILE = /^\.env(?:\..+)?\.local$|^\.env$/;
/**
 * Templates committed on purpose, with placeholders for every value: `.env.example`, and
 * one per environment (`.env.production.example`, `.env.local.sample`).
 */
const TEMPLATE_ENV_FILE = /^\.env(?:\.[^.]+)*\.(?:example|sample|template|dist|defaults)$/;
const ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/**
 * Committed env files. `.env` and `.env*.local` hold a developer's real values by the
 * dotenv/Next.js convention, so committing one is a finding whatever it contains: `medium`,
 * a warning under the default `fail-on: high`, because what it exposes is what it holds (a
 * Next.js `.env` of `NEXT_PUBLIC_` values exposes nothing the browser does not already get).
 * Templates (`.env.example`, `.env.production.sample`, any name ending in `.example`,
 * `.sample`, `.template`, `.dist` or `.defaults`) are meant to be committed. In every other
 * env file, and in a committed `.env` too, a variable named like a secret with a real value
 * is a `high` finding, and so is a connection URL with a password (`DATABASE_URL`,
 * `REDIS_URL`); `NEXT_PUBLIC_` variables, empty values, placeholders (`password`,
 * `changeme`) and `${REFERENCES}` are not. Each secret found is told to `found`.
 */
export function scanEnvFile(file: string, text: string, found: SecretSink = () => {}): Finding[] {
  const name = path.posix.basename(file);
  if (!name.startsWith('.env') || TEMPLATE_ENV_FILE.test(name)) return [];
  const findings: Finding[] = PRIVATE_ENV_FILE.test(name)
    ? [
        {
          rule: 'committed-env-file',
          severity: 'medium',
          message: `${name} is committed: it holds local values by convention and belongs in .gitignore`,
          file,
          hint: `git rm --cached ${file}, add it to .gitignore and rotate any secret it held`,
        },
      ]
    : [];
  text.split('\n').forEach((line, index) => {
    const [, variable = '', raw = ''] = ENV_ASSIGNMENT.exec(line) ?? [];
    const value = raw.replace(/^(["'])(.*)\1$/, '$2');
    if (variable === '' || variable.startsWith('NEXT_PUBLIC_')) return;
    if (isPlaceholder(value) || value.startsWith('$') || value.startsWith('<')) return;
    const url = connectionUrlPassword(value);
    if (url?.placeholder) return;
    if (url) {
      found(url.password);
      findings.push({
        rule: 'connection-url-password',
        // A password for a database on the developer's own machine opens nothing else.
        severity: url.loopback ? 'low' : 'high',
        message: `${variable} in ${name} holds a URL with its password (${redact(url.password, 0)})`,
        file,
        line: index + 1,
        column: line.indexOf(url.password) + 1,
        hint: 'set it in the hosting provider’s environment instead, and rotate the password',
      });
      return;
    }
    if (!SECRET_NAME.test(variable)) return;
    found(value);
    findings.push({
      rule: 'secret-in-env-file',
      severity: 'high',
      message: `${variable} has a value committed in ${name} (${redact(value, 0)})`,
      file,
      line: index + 1,
      hint: 'set it in the hosting provider’s environment instead, and rotate it',
    });
  });
  return findings;
}

/**
 * The password of the connection URL `value` starts with (`postgres://user:pw@host/db`,
 * `redis://:pw@host`), and whether it is a placeholder and the host this machine: the one
 * judgement of a URL's password, for the env-file rule and the preset's database URLs.
 */
export function connectionUrlPassword(
  value: string,
): { password: string; placeholder: boolean; loopback: boolean } | undefined {
  const match =
    /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:(?<password>[^@\s/]+)@(?<host>\[[^\]/\s]*\]|[^/:?\s]+)/i.exec(
      value,
    );
  const password = match?.groups?.password;
  if (!password) return undefined;
  return {
    password,
    // Judged decoded, as the redactor judges what to mask: %24%7BDB_PASSWORD%7D is ${DB_PASSWORD}.
    placeholder: isPlaceholder(percentDecoded(password)),
    loopback: isLoopbackHost(match.groups?.host ?? ''),
  };
}

/**
 * Shipgate's own findings in one file's text (env files, literal secrets and fallbacks in
 * settings and code), with the secret redacted in the message and told to `found`. Pure and
 * total; one finding per rule per line.
 */
export function scanForSecrets(
  file: string,
  text: string,
  found: SecretSink = () => {},
): Finding[] {
  const findings: Finding[] = scanEnvFile(file, text, found);
  const patterns = PATTERNS.filter((p) => p.files.test(file));
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    for (const { rule, what, severity, pattern } of patterns) {
      const match = pattern.exec(line);
      const secret = match?.groups?.secret;
      // A pattern that names what holds the value speaks only for a secret's variable.
      const name = match?.groups?.name ?? match?.groups?.quoted;
      if (!match || !secret || isPlaceholder(secret)) continue;
      if (name !== undefined && !isSecretName(name)) continue;
      found(secret);
      findings.push({
        rule,
        severity,
        message: `${what.replace('$1', name ?? '')} is committed (${redact(secret, 0)})`,
        file,
        line: index + 1,
        column: match.index + match[0].indexOf(secret) + 1,
        hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
      });
    }
  }
  return findings;
}
