import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  BUDGETS
} from "./chunk-UBWSTWLM.js";

// src/report/surfaces.ts
var SURFACES = {
  comment: { shape: "brief", budget: BUDGETS.comment, maxBlocking: 10 },
  checkRunSummary: { shape: "brief", budget: BUDGETS.checkRun, maxBlocking: 10 },
  checkRunText: { shape: "details", budget: BUDGETS.checkRun },
  jobSummary: { shape: "full", maxBlocking: 500 }
};

export {
  SURFACES
};
//# sourceMappingURL=chunk-J4QCNNLS.js.map
