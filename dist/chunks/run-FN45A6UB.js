import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  PYTHON_EXCLUDED_DIRS
} from "./chunk-5JDIPRFQ.js";
import {
  repoRelative
} from "./chunk-SJIZDJZW.js";
import {
  runToolGate
<<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
} from "./chunk-74BAHHTU.js";
=======
<<<<<<<< HEAD:dist/chunks/run-LCYJLVIM.js
} from "./chunk-2HVTYDTY.js";
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-LCYJLVIM.js
import {
  filesScope
} from "./chunk-D3B3SIF4.js";
import "./chunk-A3HOLNZB.js";
========
} from "./chunk-5CMRXHFX.js";
import {
  filesScope
} from "./chunk-X57EKXS7.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-P2EQQRYR.js
import "./chunk-AHFNONUL.js";
<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
import "./chunk-P7UQ4NXU.js";
=======
import "./chunk-Q4LH5ZK2.js";
<<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
========
} from "./chunk-WMWJM2RN.js";
import {
  filesScope
} from "./chunk-GI3CEMLG.js";
import "./chunk-LQTSBJ4X.js";
import "./chunk-4A4LKC2B.js";
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-OKLM4BLO.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-LCYJLVIM.js
========
import "./chunk-A3HOLNZB.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-P2EQQRYR.js
import {
  ok
} from "./chunk-KRFDJTDE.js";
import "./chunk-CUFLXAQW.js";
import {
  ruleSeverity
} from "./chunk-5UPM4TRG.js";
import "./chunk-F7LEYGOF.js";

// src/gates/flake8/run.ts
import path from "node:path";

// src/gates/flake8/parse.ts
var VIOLATION = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;
var parseFlake8 = ({ stdout }, { root, cwd }) => {
  const findings = [];
  for (const line of stdout.split("\n")) {
    const match = VIOLATION.exec(line);
    if (!match) continue;
    const [, rawPath = "", row = "", col = "", code = "", text = ""] = match;
    const file = repoRelative(root, cwd, rawPath);
    findings.push({
      rule: code,
      severity: ruleSeverity("flake8", code, "low"),
      message: text,
      ...file ? { file } : {},
      ...Number(row) > 0 ? { line: Number(row) } : {},
      // flake8 reports column 1 for whole-line problems and 1-based columns otherwise.
      ...Number(col) > 0 ? { column: Number(col) } : {}
    });
  }
  const scope = filesScope(findings);
  return ok(scope ? { findings, scope } : { findings });
};

// src/gates/flake8/run.ts
function run({ options, dir }, context) {
  return runToolGate(
    {
      invocation: {
        tool: "flake8",
        command: "flake8",
        args: ["--extend-exclude", PYTHON_EXCLUDED_DIRS.join(","), ...options.args, "."],
        cwd: dir,
        installHint: "pip install flake8 (or apt-get install flake8)"
      },
      parse: (output) => parseFlake8(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      // flake8 exits 1 for violations and for crashes alike; a crash prints no violation.
      contradicts: (parsed, result) => result.exitCode !== 0 && parsed.ok && parsed.value.findings.length === 0 ? "failed without reporting a violation" : void 0,
      exclude: options.exclude,
      judgement: { failOn: options["fail-on"] }
    },
    context
  );
}
export {
  run
};
<<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
<<<<<<< HEAD:dist/chunks/run-FN45A6UB.js
//# sourceMappingURL=run-FN45A6UB.js.map
=======
<<<<<<<< HEAD:dist/chunks/run-LCYJLVIM.js
//# sourceMappingURL=run-LCYJLVIM.js.map
========
//# sourceMappingURL=run-OKLM4BLO.js.map
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-OKLM4BLO.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-LCYJLVIM.js
========
//# sourceMappingURL=run-P2EQQRYR.js.map
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-P2EQQRYR.js
