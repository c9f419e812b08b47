import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  PYTHON_FILES,
  changedTargets,
  nothingChanged,
  scannedOnly
} from "./chunk-C2HJ3B34.js";
import {
  runToolGate
} from "./chunk-5GAZYI2D.js";
import {
  filesScope
} from "./chunk-RCUJZTMG.js";
import "./chunk-DQHUGVDR.js";
import "./chunk-UOX7UXKJ.js";
import {
  repoRelative
} from "./chunk-LPPCQA4S.js";
import "./chunk-UC5UDIMU.js";
import {
  ok
} from "./chunk-OUPSEYEA.js";
import "./chunk-JWGI5UCX.js";
import {
  ruleSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

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
async function run({ options, dir }, context) {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged("Python");
  const outcome = await runToolGate(
    {
      invocation: {
        tool: "flake8",
        command: "flake8",
        args: [...options.args, ...targets ?? ["."]],
        cwd: dir,
        installHint: "pip install flake8 (or apt-get install flake8)"
      },
      parse: (output) => parseFlake8(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      // flake8 exits 1 for violations and for crashes alike; a crash prints no violation.
      contradicts: (parsed, result) => result.exitCode !== 0 && parsed.ok && parsed.value.findings.length === 0 ? "failed without reporting a violation" : void 0,
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options["fail-on"] }
    },
    context
  );
  return scannedOnly(outcome, dir, targets);
}
export {
  run
};
//# sourceMappingURL=run-GDRNBM3R.js.map
