import path from 'node:path';
import type { Finding, Severity } from '../../core/model.ts';

interface SecretPattern {
  rule: string;
  /** What was found, for the message. */
  what: string;
  severity: Severity;
  /** Group 1 (or the named group `secret`) is the secret itself. */
  pattern: RegExp;
  /** Characters of the secret shown before the ellipsis: its public prefix, never more. */
  shown: number;
  /** Only files whose path matches, when the pattern means something in one language only. */
  files?: RegExp;
}

/**
 * What a committed secret looks like. Each pattern needs the token's fixed prefix and its
 * documented length, so that ordinary identifiers and hashes do not match.
 */
const PATTERNS: readonly SecretPattern[] = [
  {
    rule: 'private-key',
    what: 'a private key',
    severity: 'critical',
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/,
    shown: Infinity, // the armour line is not secret; the key body is never shown
  },
  {
    rule: 'aws-access-key-id',
    what: 'an AWS access key id',
    severity: 'high',
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/,
    shown: 4,
  },
  {
    rule: 'aws-secret-access-key',
    what: 'an AWS secret access key',
    severity: 'critical',
    pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/i,
    shown: 0,
  },
  {
    rule: 'gcp-api-key',
    what: 'a Google Cloud API key',
    severity: 'high',
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
    shown: 4,
  },
  {
    rule: 'github-token',
    what: 'a GitHub token',
    severity: 'critical',
    pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b/,
    shown: 4,
  },
  {
    rule: 'github-token',
    what: 'a GitHub fine-grained token',
    severity: 'critical',
    pattern: /\b(github_pat_[A-Za-z0-9_]{60,})\b/,
    shown: 11,
  },
  {
    rule: 'slack-token',
    what: 'a Slack token',
    severity: 'high',
    pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/,
    shown: 5,
  },
  {
    rule: 'slack-webhook',
    what: 'a Slack incoming-webhook URL',
    severity: 'medium',
    pattern:
      /(https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+)/,
    shown: 'https://hooks.slack.com/services/'.length,
  },
  {
    rule: 'stripe-secret-key',
    what: 'a Stripe live secret key',
    severity: 'critical',
    pattern: /\b((?:sk|rk)_live_[0-9a-zA-Z]{24,})\b/,
    shown: 8,
  },
  {
    rule: 'django-secret-key',
    what: 'a literal Django SECRET_KEY',
    severity: 'high',
    // A literal assigned directly; `os.environ.get("SECRET_KEY", …)` is not a literal.
    pattern: /^\s*SECRET_KEY\s*(?::\s*str\s*)?=\s*[rRuU]?(["'])(?<secret>[^"'\n]+)\1/,
    shown: 0,
    files: /\.py$/,
  },
];

/** "ghp_…a1b2": the public prefix and the last four characters, never the rest. */
export function redact(secret: string, shown: number): string {
  if (shown === Infinity) return secret;
  const prefix = secret.slice(0, shown);
  // Four characters of a short secret would give too much of it away.
  return secret.length >= shown + 16 ? `${prefix}…${secret.slice(-4)}` : `${prefix}…`;
}

/** `.env` files that by convention hold real local values and belong in .gitignore. */
const PRIVATE_ENV_FILE = /^\.env(?:\..+)?\.local$|^\.env$/;
/** Templates committed on purpose, with placeholders for every value. */
const TEMPLATE_ENV_FILE = /^\.env\.(?:example|sample|template|dist|defaults)$/;
/** Names of variables that hold secrets, in committed env files such as .env.production. */
const SECRET_NAME = /(?:SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;
const ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/**
 * Committed env files. `.env` and `.env*.local` hold a developer's real values by the
 * dotenv/Next.js convention, so committing one is a finding whatever it contains. Templates
 * (`.env.example`, `.sample`, `.template`, `.dist`, `.defaults`) are meant to be committed.
 * Other env files (`.env.production`, `.env.development`, `.env.test`) may be committed for
 * public defaults, as Next.js documents; in them a variable named like a secret with a real
 * value is a finding, and `NEXT_PUBLIC_` variables, empty values and `${REFERENCES}` are not.
 */
export function scanEnvFile(file: string, text: string): Finding[] {
  const name = path.posix.basename(file);
  if (!name.startsWith('.env') || TEMPLATE_ENV_FILE.test(name)) return [];
  if (PRIVATE_ENV_FILE.test(name)) {
    return [
      {
        rule: 'committed-env-file',
        severity: 'high',
        message: `${name} is committed: it holds local values by convention and belongs in .gitignore`,
        file,
        hint: `git rm --cached ${file}, add it to .gitignore and rotate any secret it held`,
      },
    ];
  }
  const findings: Finding[] = [];
  text.split('\n').forEach((line, index) => {
    const [, variable = '', raw = ''] = ENV_ASSIGNMENT.exec(line) ?? [];
    const value = raw.replace(/^(["'])(.*)\1$/, '$2');
    if (!SECRET_NAME.test(variable) || variable.startsWith('NEXT_PUBLIC_')) return;
    if (value === '' || value.startsWith('$') || value.startsWith('<')) return;
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
 * Every secret-looking token in one file's text, with its line and column and the secret
 * redacted in the message. Pure and total; one finding per rule per line.
 */
export function scanForSecrets(file: string, text: string): Finding[] {
  const findings: Finding[] = scanEnvFile(file, text);
  const patterns = PATTERNS.filter((p) => !p.files || p.files.test(file));
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    for (const { rule, what, severity, pattern, shown } of patterns) {
      const match = pattern.exec(line);
      if (!match) continue;
      const secret = match.groups?.secret ?? match[1] ?? match[0];
      findings.push({
        rule,
        severity,
        message: `${what} is committed (${redact(secret, shown)})`,
        file,
        line: index + 1,
        column: line.indexOf(secret) + 1 || match.index + 1,
        hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
      });
    }
  }
  return findings;
}
