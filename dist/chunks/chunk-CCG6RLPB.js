import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  judgeToolReport,
  unfinishedRun
} from "./chunk-MSKYZI7H.js";
import {
  runTool,
  toolError
} from "./chunk-4A4LKC2B.js";

// src/gates/kit/tool-gate.ts
async function runToolGate(gate, context) {
  const tool = gate.label ?? gate.invocation.tool;
  const result = await runTool(context, gate.invocation);
  const unfinished = unfinishedRun(tool, result);
  if (unfinished) return unfinished;
  const exits = gate.reportingExits;
  if (exits && (result.exitCode === null || !exits.codes.includes(result.exitCode))) {
    return toolError(tool, exits.otherwise, result);
  }
  const parsed = gate.parse(result);
  const contradiction = gate.contradicts?.(parsed, result);
  if (typeof contradiction === "string") return toolError(tool, contradiction, result);
  if (contradiction) {
    const findings = parsed.ok ? parsed.value.findings : [];
    return {
      ...toolError(tool, contradiction.reason, result),
      ...findings.length > 0 ? { findings } : {}
    };
  }
  return judgeToolReport(tool, result, parsed, { ...gate.judgement, today: context.now() });
}

export {
  runToolGate
};
//# sourceMappingURL=chunk-CCG6RLPB.js.map
