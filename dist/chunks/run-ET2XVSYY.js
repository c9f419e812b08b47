import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  runShellStep
} from "./chunk-H6C3JIR7.js";
import "./chunk-4A4LKC2B.js";
import "./chunk-CUFLXAQW.js";
import "./chunk-F7LEYGOF.js";

// src/gates/build/run.ts
function run({ options, dir }, context) {
  return runShellStep({ run: options.run, cwd: dir, env: options.env }, context);
}
export {
  run
};
//# sourceMappingURL=run-ET2XVSYY.js.map
