import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  postWebhook,
  webhookFromEnv
} from "./chunk-AKSVZJ3W.js";
import "./chunk-O37QRWLD.js";
import "./chunk-P5H53WFU.js";
import "./chunk-UO5GEDUS.js";
export {
  postWebhook,
  webhookFromEnv
};
//# sourceMappingURL=webhook-W6I26T7F.js.map
