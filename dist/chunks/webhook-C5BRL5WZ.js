import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isWebhookUrl,
  postWebhook,
  webhookFromEnv
} from "./chunk-AMXCBPCH.js";
import "./chunk-O37QRWLD.js";
import "./chunk-P5H53WFU.js";
import "./chunk-UO5GEDUS.js";
export {
  isWebhookUrl,
  postWebhook,
  webhookFromEnv
};
//# sourceMappingURL=webhook-C5BRL5WZ.js.map
