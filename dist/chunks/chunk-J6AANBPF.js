import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/core/model.ts
var STATUSES = ["pass", "warn", "fail", "error", "skip"];
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var PHASES = ["pre", "post", "signoff"];
var REPORT_SCHEMA_ID = "shipgate/report@1";

export {
  STATUSES,
  SEVERITIES,
  PHASES,
  REPORT_SCHEMA_ID
};
//# sourceMappingURL=chunk-J6AANBPF.js.map
