import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  missingReportsHint,
  triggeringRun,
  triggeringRunCheck
} from "./chunk-DQRGRGVW.js";
import "./chunk-UO5GEDUS.js";
export {
  missingReportsHint,
  triggeringRun,
  triggeringRunCheck
};
//# sourceMappingURL=workflow-run-4HIF6FIA.js.map
