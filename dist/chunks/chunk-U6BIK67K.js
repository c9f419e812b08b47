import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  require_undici
} from "./chunk-O37QRWLD.js";
import {
  fail,
  ok
} from "./chunk-OUPSEYEA.js";
import {
  __toESM
} from "./chunk-UO5GEDUS.js";

// src/monitor/webhook.ts
var import_undici = __toESM(require_undici(), 1);
var WEBHOOK_TIMEOUT_MS = 1e4;
async function postWebhook(url, text, timeoutMs = WEBHOOK_TIMEOUT_MS) {
  try {
    const response = await (0, import_undici.request)(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs)
    });
    await response.body.dump();
    if (response.statusCode >= 200 && response.statusCode < 300) return ok(response.statusCode);
    return fail(`answered HTTP ${response.statusCode}`);
  } catch (error) {
    const code = error.code ?? error.name;
    return fail(`could not be reached (${typeof code === "string" ? code : "network error"})`);
  }
}
function isWebhookUrl(value) {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
function webhookFromEnv(env, name) {
  if (!name) return void 0;
  const url = env[name]?.trim();
  if (!url) {
    return {
      problem: `monitor.notify.webhook-env names ${name}, which is not set: incidents are not announced. Pass it to the step with env: ${name}: \${{ secrets.${name} }}.`
    };
  }
  if (!isWebhookUrl(url)) {
    return {
      problem: `${name} (monitor.notify.webhook-env) does not hold an http(s) URL: incidents are not announced.`
    };
  }
  return { url, name };
}

export {
  postWebhook,
  webhookFromEnv
};
//# sourceMappingURL=chunk-U6BIK67K.js.map
