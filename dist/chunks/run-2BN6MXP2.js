import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  runShellStep
} from "./chunk-MHCGLVHW.js";
import {
  projectInstallHint
} from "./chunk-UKJ7ZJXU.js";
import "./chunk-XSVUBJ6T.js";
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
//# sourceMappingURL=run-2BN6MXP2.js.map
