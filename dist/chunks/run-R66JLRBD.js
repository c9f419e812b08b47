import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  runShellStep
} from "./chunk-OMK5WPS4.js";
import {
  projectInstallHint
} from "./chunk-UKJ7ZJXU.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-DVUULFWV.js";
import "./chunk-UO5GEDUS.js";

// src/gates/build/run.ts
function run({ options, dir }, context) {
  return runShellStep(
    { run: options.run, cwd: dir, env: options.env, installHint: projectInstallHint(dir) },
    context
  );
}
export {
  run
};
//# sourceMappingURL=run-R66JLRBD.js.map
