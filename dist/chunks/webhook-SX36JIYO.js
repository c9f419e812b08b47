import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  postWebhook,
  webhookFromEnv
} from "./chunk-U6BIK67K.js";
import "./chunk-O37QRWLD.js";
import "./chunk-OUPSEYEA.js";
import "./chunk-UO5GEDUS.js";
export {
  postWebhook,
  webhookFromEnv
};
//# sourceMappingURL=webhook-SX36JIYO.js.map
