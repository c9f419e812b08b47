import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  judgeToolReport,
  unfinishedRun
} from "./chunk-JL6IDB5D.js";
import {
  runTool,
  toolError
} from "./chunk-II5KJ2VI.js";
import {
  isExcluded
} from "./chunk-UOX7UXKJ.js";
import {
  listSourceFiles
} from "./chunk-7HQWB2XS.js";
import {
  plural
} from "./chunk-DVUULFWV.js";

// src/gates/kit/tool-gate.ts
function keepFiles(parsed, keep, where) {
  if (!parsed.ok) return parsed;
  const report = parsed.value;
  const kept = report.findings.filter((f) => !f.file || keep(f.file));
  const dropped = report.findings.length - kept.length;
  if (dropped === 0) return parsed;
  const note = { text: `${plural(dropped, "finding")} in ${where} not judged`, warn: false };
  return { ok: true, value: { ...report, findings: kept, notes: [...report.notes ?? [], note] } };
}
async function trackedFiles(context) {
  const { files, source } = await listSourceFiles(context);
  return source === "git" ? new Set(files) : void 0;
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
  const tracked = gate.tracked ? await trackedFiles(context) : void 0;
  const committed = tracked ? keepFiles(parsed, (file) => tracked.has(file), "files git does not track") : parsed;
  const exclude = gate.exclude ?? [];
  const kept = keepFiles(committed, (file) => !isExcluded(file, exclude), "excluded files");
  return judgeToolReport(tool, result, kept, { ...gate.judgement, today: context.now() });
}

export {
  runToolGate
};
//# sourceMappingURL=chunk-5TY6HXYE.js.map
