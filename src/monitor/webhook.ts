import { request } from 'undici';
import { fail, ok, type Result } from '../util/result.ts';

/** Long enough for Slack on a bad day, short enough not to hold the monitor run. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Posts `text` to a Slack-compatible incoming webhook (`{"text": …}` as JSON). The URL is a
 * secret: no outcome, message or error carries it, only the status or the error code. No
 * redirect is followed (a webhook that moved is a configuration to fix).
 */
export async function postWebhook(
  url: string,
  text: string,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<Result<number>> {
  try {
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body.dump();
    if (response.statusCode >= 200 && response.statusCode < 300) return ok(response.statusCode);
    return fail(`answered HTTP ${response.statusCode}`);
  } catch (error) {
    const code = (error as { code?: unknown; name?: unknown }).code ?? (error as Error).name;
    return fail(`could not be reached (${typeof code === 'string' ? code : 'network error'})`);
  }
}

/** A webhook URL worth posting to: http(s) only, checked without ever echoing it. */
function isWebhookUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The webhook `monitor.notify.webhook-env` names, read from `env`: undefined when none is
 * configured, a problem (naming the variable, never its value) when it is unset or no URL.
 */
export function webhookFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string | undefined,
): { url: string; name: string } | { problem: string } | undefined {
  if (!name) return undefined;
  const url = env[name]?.trim();
  if (!url) {
    return {
      problem: `monitor.notify.webhook-env names ${name}, which is not set: incidents are not announced. Pass it to the step with env: ${name}: \${{ secrets.${name} }}.`,
    };
  }
  if (!isWebhookUrl(url)) {
    return {
      problem: `${name} (monitor.notify.webhook-env) does not hold an http(s) URL: incidents are not announced.`,
    };
  }
  return { url, name };
}
