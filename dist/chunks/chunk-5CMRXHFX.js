import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  judgeToolReport,
  unfinishedRun
<<<<<<<< HEAD:dist/chunks/chunk-74BAHHTU.js
<<<<<<< HEAD:dist/chunks/chunk-74BAHHTU.js
} from "./chunk-D3B3SIF4.js";
=======
<<<<<<<< HEAD:dist/chunks/chunk-2HVTYDTY.js
} from "./chunk-GTGFUL6K.js";
========
} from "./chunk-GI3CEMLG.js";
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/chunk-WMWJM2RN.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/chunk-2HVTYDTY.js
========
} from "./chunk-X57EKXS7.js";
import {
  isExcluded
} from "./chunk-AHFNONUL.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/chunk-5CMRXHFX.js
import {
  runTool,
  toolError
} from "./chunk-A3HOLNZB.js";
import {
  plural
} from "./chunk-CUFLXAQW.js";

// src/gates/kit/tool-gate.ts
function withoutExcluded(parsed, exclude) {
  if (!parsed.ok || exclude.length === 0) return parsed;
  const report = parsed.value;
  const kept = report.findings.filter((f) => !f.file || !isExcluded(f.file, exclude));
  const dropped = report.findings.length - kept.length;
  if (dropped === 0) return parsed;
  const note = { text: `${plural(dropped, "finding")} in excluded files not judged`, warn: false };
  return { ok: true, value: { ...report, findings: kept, notes: [...report.notes ?? [], note] } };
}
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
  const kept = withoutExcluded(parsed, gate.exclude ?? []);
  return judgeToolReport(tool, result, kept, { ...gate.judgement, today: context.now() });
}

export {
  runToolGate
};
<<<<<<<< HEAD:dist/chunks/chunk-74BAHHTU.js
<<<<<<< HEAD:dist/chunks/chunk-74BAHHTU.js
//# sourceMappingURL=chunk-74BAHHTU.js.map
=======
<<<<<<<< HEAD:dist/chunks/chunk-2HVTYDTY.js
//# sourceMappingURL=chunk-2HVTYDTY.js.map
========
//# sourceMappingURL=chunk-WMWJM2RN.js.map
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/chunk-WMWJM2RN.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/chunk-2HVTYDTY.js
========
//# sourceMappingURL=chunk-5CMRXHFX.js.map
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/chunk-5CMRXHFX.js
