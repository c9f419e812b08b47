import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DeadlineError,
  deadlineIn,
  within
} from "./chunk-5STN24DB.js";
import "./chunk-BBOJJ26W.js";
import "./chunk-UO5GEDUS.js";
export {
  DeadlineError,
  deadlineIn,
  within
};
//# sourceMappingURL=deadline-6SAS363U.js.map
