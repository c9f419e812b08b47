import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  projectBin
} from "./chunk-72AJ54FZ.js";
import {
  repoRelative
} from "./chunk-SJIZDJZW.js";
import {
  runToolGate
<<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
} from "./chunk-74BAHHTU.js";
=======
<<<<<<<< HEAD:dist/chunks/run-4UZDEWGD.js
} from "./chunk-2HVTYDTY.js";
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-4UZDEWGD.js
import {
  filesScope
} from "./chunk-D3B3SIF4.js";
import "./chunk-A3HOLNZB.js";
========
} from "./chunk-5CMRXHFX.js";
import {
  filesScope
} from "./chunk-X57EKXS7.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-4Z3GM5RM.js
import "./chunk-AHFNONUL.js";
<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
import "./chunk-P7UQ4NXU.js";
=======
import "./chunk-Q4LH5ZK2.js";
<<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
========
} from "./chunk-WMWJM2RN.js";
import {
  filesScope
} from "./chunk-GI3CEMLG.js";
import "./chunk-LQTSBJ4X.js";
import "./chunk-4A4LKC2B.js";
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-F5YBGA3U.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-4UZDEWGD.js
========
import "./chunk-A3HOLNZB.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-4Z3GM5RM.js
import {
  ok
} from "./chunk-KRFDJTDE.js";
import "./chunk-CUFLXAQW.js";
import {
  normalizeSeverity
} from "./chunk-5UPM4TRG.js";
import "./chunk-F7LEYGOF.js";

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
<<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
<<<<<<< HEAD:dist/chunks/run-UFXRIP3T.js
//# sourceMappingURL=run-UFXRIP3T.js.map
=======
<<<<<<<< HEAD:dist/chunks/run-4UZDEWGD.js
//# sourceMappingURL=run-4UZDEWGD.js.map
========
//# sourceMappingURL=run-F5YBGA3U.js.map
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-F5YBGA3U.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-4UZDEWGD.js
========
//# sourceMappingURL=run-4Z3GM5RM.js.map
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-4Z3GM5RM.js
