import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  describeExit,
  notFoundByShell,
  runTool
} from "./chunk-II5KJ2VI.js";
import {
  ToolMissingError
} from "./chunk-5UU6N2BL.js";
import {
  tail
} from "./chunk-DVUULFWV.js";

// src/gates/command/run.ts
var MISSING_COMMAND = /([^\s:]+): (?:command )?not found/;
async function runShellStep(step, context) {
  const result = await runTool(context, {
    tool: "bash",
    command: "bash",
    args: ["-c", `exec 2>&1
${step.run}`],
    cwd: step.cwd,
    ...step.env ? { env: step.env } : {},
    installHint: "commands run with bash; install bash on the runner"
  });
  if (step.installHint && notFoundByShell(result, result.stdout)) {
    const command = MISSING_COMMAND.exec(result.stdout)?.[1] ?? "a command it runs";
    throw new ToolMissingError(command, step.installHint);
  }
  const evidence = tail(result.stdout);
  return {
    status: result.exitCode === 0 ? "pass" : "fail",
    summary: describeExit(result),
    metrics: { durationMs: result.durationMs },
    ...evidence ? { evidence } : {}
  };
}
function runCommand(command, context) {
  return runShellStep(command, context);
}

export {
  runShellStep,
  runCommand
};
//# sourceMappingURL=chunk-OMK5WPS4.js.map
