import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DeadlineError,
  deadlineIn,
  within
} from "./chunk-TLQ642IL.js";
import "./chunk-JN5D7ZRL.js";
import "./chunk-UO5GEDUS.js";
export {
  DeadlineError,
  deadlineIn,
  within
};
//# sourceMappingURL=deadline-W6NC7WF2.js.map
