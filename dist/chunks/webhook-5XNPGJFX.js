import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  isWebhookUrl,
  postWebhook,
  webhookFromEnv
} from "./chunk-6NVNNXCB.js";
import "./chunk-RM5HCAUJ.js";
import "./chunk-KRFDJTDE.js";
import "./chunk-F7LEYGOF.js";
export {
  isWebhookUrl,
  postWebhook,
  webhookFromEnv
};
//# sourceMappingURL=webhook-5XNPGJFX.js.map
