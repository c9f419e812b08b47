import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  ToolMissingError
} from "./chunk-5UU6N2BL.js";
import {
  tail
} from "./chunk-DVUULFWV.js";

// src/gates/kit/tool.ts
import path from "node:path";
async function runTool(context, invocation) {
  const result = await context.exec(invocation.command, invocation.args, {
    cwd: path.resolve(context.root, invocation.cwd),
    env: invocation.env
  });
  if (result.notFound || notFoundByShell(result, result.stderr)) {
    throw new ToolMissingError(invocation.tool, invocation.installHint);
  }
  return result;
}
function notFoundByShell(result, output) {
  return result.exitCode === 127 && /not found/i.test(output);
}
function describeExit(result) {
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return result.signal ? `killed by ${result.signal}` : "no exit status";
}
function toolError(tool, reason, result) {
  const output = result ? result.stderr.trim() || result.stdout.trim() : "";
  return {
    status: "error",
    summary: `${tool}: ${reason}${result ? ` (${describeExit(result)})` : ""}`,
    ...output ? { evidence: tail(output) } : {}
  };
}

export {
  runTool,
  notFoundByShell,
  describeExit,
  toolError
};
//# sourceMappingURL=chunk-II5KJ2VI.js.map
