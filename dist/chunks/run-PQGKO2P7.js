import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  projectBin
} from "./chunk-UKJ7ZJXU.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  filesScope
} from "./chunk-JL6IDB5D.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import {
  repoRelative
} from "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  ok
} from "./chunk-OUPSEYEA.js";
import "./chunk-DVUULFWV.js";
import {
  normalizeSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/typescript/run.ts
import path from "node:path";

// src/gates/typescript/parse.ts
var LOCATED = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) (TS\d+): (.*)$/;
var GLOBAL = /^(error|warning|suggestion|message) (TS\d+): (.*)$/;
var parseTscOutput = ({ stdout }, paths) => {
  const findings = [];
  let unparsed = 0;
  for (const line of stdout.split("\n")) {
    const located = LOCATED.exec(line);
    const global = located ? null : GLOBAL.exec(line);
    const last = findings.at(-1);
    if (located) {
      const [, file = "", row = "", column = "", category, code = "", message = ""] = located;
      const where = repoRelative(paths.root, paths.cwd, file);
      findings.push({
        rule: code,
        severity: normalizeSeverity(category, "high"),
        message,
        ...where ? { file: where, line: Number(row), column: Number(column) } : {}
      });
    } else if (global) {
      const [, category, code = "", message = ""] = global;
      findings.push({ rule: code, severity: normalizeSeverity(category, "high"), message });
    } else if (/^\s+\S/.test(line) && last) {
      last.message += `
${line.trim()}`;
    } else if (line.trim()) {
      unparsed += 1;
    }
  }
  const scope = filesScope(findings);
  return ok({ findings, ...scope ? { scope } : {}, ...unparsed ? { unparsed } : {} });
};

// src/gates/typescript/run.ts
var INVALID_PROJECT = 3;
function run({ options, dir }, context) {
  return runToolGate(
    {
      invocation: {
        tool: "tsc",
        ...projectBin(context, dir, "tsc"),
        args: ["--noEmit", "--pretty", "false", "-p", options.project, ...options.args],
        cwd: dir
      },
      parse: (output) => parseTscOutput(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      contradicts: (parsed, result) => incomplete(parsed, result, options.project),
      judgement: { failOn: options["fail-on"] }
    },
    context
  );
}
function incomplete(parsed, result, project) {
  const findings = parsed.ok ? parsed.value.findings : [];
  const configOnly = findings.length > 0 && findings.every((f) => !f.file);
  const ran = result.exitCode === 0 || findings.length > 0 && !configOnly && result.exitCode !== null && result.exitCode !== INVALID_PROJECT;
  if (ran) return void 0;
  const first = findings[0];
  const reason = result.exitCode === null ? "did not finish" : first ? `could not check the project ${project}: ${first.rule}: ${first.message}` : parsed.ok && parsed.value.unparsed ? "printed output that is not a diagnostic" : "failed without a diagnostic";
  return { reason, keepFindings: true };
}
export {
  run
};
//# sourceMappingURL=run-PQGKO2P7.js.map
