import path from 'node:path';
import type { lintSource as LintSource } from '@secretlint/core';
import type { Finding, Severity } from '../../core/model.ts';
import { connectionUrlPassword, redact, type SecretSink } from './scan.ts';

/**
 * Token formats come from a maintained rule set: secretlint's recommended preset (AWS, GCP,
 * private keys, npm, GitHub, GitLab, Slack, Stripe, database URLs, …), run in process with its
 * defaults. It is imported only when the gate scans, so other runs never load it.
 */

/** How bad an exposure is and what to call it, by secretlint rule (and message) id. */
interface Exposure {
  what: string;
  severity: Severity;
  /** Characters shown before the ellipsis: the token's public prefix, never more. */
  shown: number;
  /** False for a URL or a key block, whose last characters can be part of the secret. */
  tail?: false;
}

const RULE_PREFIX = '@secretlint/secretlint-rule-';

/**
 * What each finding exposes. A private key body, cloud and source-host credentials and
 * payment keys are critical: they give control of production on their own. Test-mode and
 * workspace tokens are high; an incoming-webhook URL only posts messages (medium).
 */
const EXPOSURES: Readonly<Record<string, Exposure>> = {
  privatekey: { what: 'a private key', severity: 'critical', shown: 0, tail: false },
  gcp: { what: 'a GCP service-account key', severity: 'critical', shown: 0, tail: false },
  'aws:AWSSecretAccessKey': { what: 'an AWS secret access key', severity: 'critical', shown: 0 },
  'aws:AWSAccessKeyID': { what: 'an AWS access key id', severity: 'high', shown: 4 },
  'aws:AWSAccountID': { what: 'an AWS account id', severity: 'low', shown: 0 },
  github: { what: 'a GitHub token', severity: 'critical', shown: 4 },
  gitlab: { what: 'a GitLab token', severity: 'critical', shown: 5 },
  npm: { what: 'an npm token', severity: 'critical', shown: 4 },
  // Its range starts at `_authToken=`, not at the token.
  'npm:Npmrc_authToken': { what: 'an npm token', severity: 'critical', shown: 0, tail: false },
  'stripe:STRIPE_SECRET_KEY_LIVE': {
    what: 'a Stripe live secret key',
    severity: 'critical',
    shown: 8,
  },
  'stripe:STRIPE_RESTRICTED_KEY_LIVE': {
    what: 'a Stripe live restricted key',
    severity: 'critical',
    shown: 8,
  },
  stripe: { what: 'a Stripe test key', severity: 'medium', shown: 8 },
  'database-connection-string': {
    what: 'a database URL with its password',
    severity: 'critical',
    shown: 0,
    tail: false,
  },
  basicauth: { what: 'a URL with a password', severity: 'high', shown: 0, tail: false },
  'slack:IncomingWebhook': {
    what: 'a Slack incoming-webhook URL',
    severity: 'medium',
    shown: 'https://hooks.slack.com/services/'.length,
  },
  slack: { what: 'a Slack token', severity: 'high', shown: 5 },
  'hashicorp-vault': { what: 'a HashiCorp Vault token', severity: 'critical', shown: 4 },
  vercel: { what: 'a Vercel token', severity: 'critical', shown: 4 },
  cloudflare: { what: 'a Cloudflare API key', severity: 'critical', shown: 0 },
};

/** Any other rule of the preset: a live API token of some service. */
const DEFAULT_EXPOSURE = (rule: string): Exposure => ({
  what: `a ${rule.replace(/-/g, ' ')} token`,
  severity: 'high',
  shown: 4,
});

function exposureOf(ruleId: string, messageId: string): Exposure {
  const rule = ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId;
  return EXPOSURES[`${rule}:${messageId}`] ?? EXPOSURES[rule] ?? DEFAULT_EXPOSURE(rule);
}

/**
 * The preset's findings on one file's text, as Shipgate findings with the secret redacted;
 * each secret is told to `found`.
 */
export type PresetScanner = (file: string, text: string, found?: SecretSink) => Promise<Finding[]>;

export async function loadPresetScanner(): Promise<PresetScanner> {
  const [{ lintSource }, { creator }] = await Promise.all([
    import('@secretlint/core'),
    import('@secretlint/secretlint-rule-preset-recommend'),
  ]);
  const config = {
    rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator, options: {} }],
  };
  return async (file, text, found = () => {}) => {
    const result = await lintSource({
      source: { filePath: file, ext: path.posix.extname(file), content: text, contentType: 'text' },
      options: { config, noPhysicFilePath: true },
    });
    return result.messages.flatMap((message) => {
      const finding = toFinding(file, text, message);
      if (finding) found(text.slice(message.range[0], message.range[1]));
      return finding ? [finding] : [];
    });
  };
}

type PresetMessage = Awaited<ReturnType<typeof LintSource>>['messages'][number];

/**
 * A database URL is judged as Shipgate's env-file rule judges one: a placeholder password
 * (`changeme`, `<password>`, `your-password`) exposes nothing, and a database on this machine
 * (a loopback host) opens nothing else, so it is low.
 */
function databaseUrlSeverity(url: string, severity: Severity): Severity | undefined {
  const password = connectionUrlPassword(url);
  if (password?.placeholder) return undefined;
  return password?.loopback ? 'low' : severity;
}

function toFinding(file: string, text: string, message: PresetMessage): Finding | undefined {
  const exposure = exposureOf(message.ruleId, message.messageId);
  const secret = text.slice(message.range[0], message.range[1]);
  const severity =
    message.ruleId === `${RULE_PREFIX}database-connection-string`
      ? databaseUrlSeverity(secret, exposure.severity)
      : exposure.severity;
  if (!severity) return undefined;
  return {
    rule: `secretlint/${message.ruleId.replace(RULE_PREFIX, '')}`,
    severity,
    message: `${exposure.what} is committed (${exposure.tail === false ? '…' : redact(secret, exposure.shown)})`,
    file,
    line: message.loc.start.line,
    column: message.loc.start.column + 1,
    hint: 'remove it, rotate it (it is in the history now) and load it from the environment',
    ...(message.docsUrl ? { url: message.docsUrl } : {}),
  };
}
