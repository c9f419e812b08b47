import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  runShellStep
} from "./chunk-X2YFEUT4.js";
import "./chunk-RYWDECJ5.js";
import "./chunk-CUFLXAQW.js";
import "./chunk-F7LEYGOF.js";

// src/gates/build/run.ts
function run({ options, dir }, context) {
  return runShellStep({ run: options.run, cwd: dir, env: options.env }, context);
}
export {
  run
};
//# sourceMappingURL=run-UJVMNFDS.js.map
