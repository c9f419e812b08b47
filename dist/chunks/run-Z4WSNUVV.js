import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  parsePipAudit
} from "./chunk-NHF6CQWA.js";
import "./chunk-DWJ3KT6V.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  readProjectText
} from "./chunk-KTKGKL7N.js";
import "./chunk-JL6IDB5D.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import "./chunk-OUPSEYEA.js";
import "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/pip-audit/run.ts
import path from "node:path";
async function run({ options, dir }, context) {
  const cwd = path.resolve(context.root, dir);
  const requirements = options.requirements;
  const requirementsPath = requirements ? path.resolve(context.root, requirements) : void 0;
  const text = requirementsPath ? await readProjectText(context.root, requirementsPath) : void 0;
  return runToolGate(
    {
      invocation: {
        tool: "pip-audit",
        command: "pip-audit",
        args: [
          "-f",
          "json",
          ...requirementsPath ? ["-r", path.relative(cwd, requirementsPath)] : [],
          ...options.args
        ],
        cwd: dir,
        installHint: "pip install pip-audit (in the environment that has the project installed)"
      },
      parse: (output) => parsePipAudit(output, {
        severity: options["unknown-severity"],
        ...requirements && text !== void 0 ? { requirements: { file: requirements, text } } : {},
        // Say what was audited: an environment audit of a runner without the project
        // installed would otherwise read like a clean project.
        audited: requirements ?? "the Python environment"
      }),
      judgement: { failOn: options["fail-on"], waivers: options.ignore }
    },
    context
  );
}
export {
  run
};
//# sourceMappingURL=run-Z4WSNUVV.js.map
