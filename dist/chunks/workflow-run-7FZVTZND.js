import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  missingReportsHint,
  triggeringRun,
  triggeringRunCheck
} from "./chunk-UOZ7PF46.js";
import "./chunk-T4WLO72Z.js";
import "./chunk-UO5GEDUS.js";
export {
  missingReportsHint,
  triggeringRun,
  triggeringRunCheck
};
//# sourceMappingURL=workflow-run-7FZVTZND.js.map
