import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  DeadlineError,
  deadlineIn,
  within
} from "./chunk-NHVKTGB5.js";
import "./chunk-JWG6RZIF.js";
import "./chunk-F7LEYGOF.js";
export {
  DeadlineError,
  deadlineIn,
  within
};
//# sourceMappingURL=deadline-BTMCT4JA.js.map
