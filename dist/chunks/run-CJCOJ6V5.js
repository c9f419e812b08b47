import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  PYTHON_FILES,
  changedTargets,
  nothingChanged,
  scannedOnly
} from "./chunk-DBIVML3D.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import "./chunk-JL6IDB5D.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import {
  repoRelative
} from "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  fail,
  ok
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/black/run.ts
import path from "node:path";

// src/gates/black/parse.ts
var WOULD_REFORMAT = /^would reformat (.+)$/;
var CANNOT_FORMAT = /^error: cannot format (.+?): (.*)$/;
var CANNOT_PARSE_AT = /Cannot parse[^:]*: (\d+):(\d+)/;
var NOTHING_TO_DO = /^No Python files are present to be formatted/;
var UNCHANGED = /(\d+) files? would be left unchanged/;
var TALLY = /\d+ files? (?:would be (?:reformatted|left unchanged)|would fail to reformat)/;
var DIFF_FROM = /^--- (.+?)(?:\t.*)?$/;
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
function changedSpans(diff) {
  const spans = /* @__PURE__ */ new Map();
  let file;
  let line = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let open;
  for (const text of diff.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      const mark = text[0];
      if (mark === "\\") continue;
      if (mark === "-" || mark === "+") {
        if (!open && file !== void 0) {
          open = { line: Math.max(1, line), endLine: Math.max(1, line) };
          spans.set(file, [...spans.get(file) ?? [], open]);
        }
        if (mark === "-") {
          if (open) open.endLine = Math.max(open.line, line);
          line += 1;
          oldLeft -= 1;
        } else newLeft -= 1;
      } else {
        open = void 0;
        line += 1;
        oldLeft -= 1;
        newLeft -= 1;
      }
      continue;
    }
    open = void 0;
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      oldLeft = Number(hunk[2] ?? 1);
      newLeft = Number(hunk[3] ?? 1);
      continue;
    }
    const from = DIFF_FROM.exec(text);
    if (from) file = from[1];
  }
  return spans;
}
var parseBlack = ({ stdout, stderr }, { root, cwd }) => {
  const where = (file) => repoRelative(root, cwd, file);
  const changed = /* @__PURE__ */ new Map();
  for (const [file, spans] of changedSpans(stdout)) {
    const relative = where(file);
    if (relative) changed.set(relative, spans);
  }
  const findings = [];
  let unchanged = 0;
  let nothing = false;
  let tallied = false;
  for (const text of stderr.split("\n")) {
    const reformat = WOULD_REFORMAT.exec(text);
    if (reformat?.[1] !== void 0) {
      const file = where(reformat[1]);
      const spans = file ? changed.get(file) : void 0;
      const line = spans?.[0]?.line;
      findings.push({
        rule: "would-reformat",
        severity: "low",
        message: `black would reformat this file${line ? ` (first change at line ${line})` : ""}`,
        ...file ? { file } : {},
        ...line ? { line } : {},
        ...spans ? { spans } : {},
        hint: "run black on it and commit the result"
      });
      continue;
    }
    const cannot = CANNOT_FORMAT.exec(text);
    if (cannot?.[1] !== void 0) {
      const file = where(cannot[1]);
      const at = CANNOT_PARSE_AT.exec(cannot[2] ?? "");
      findings.push({
        rule: "cannot-format",
        severity: "high",
        message: `black cannot format this file: ${cannot[2] ?? ""}`,
        ...file ? { file } : {},
        ...at && Number(at[1]) > 0 ? { line: Number(at[1]) } : {},
        ...at && Number(at[2]) > 0 ? { column: Number(at[2]) } : {}
      });
      continue;
    }
    unchanged = Number(UNCHANGED.exec(text)?.[1] ?? unchanged);
    nothing ||= NOTHING_TO_DO.test(text);
    tallied ||= TALLY.test(text);
  }
  if (findings.length === 0 && !tallied && !nothing) {
    return fail("no black report in its output (neither a file nor the closing tally)");
  }
  const files = unchanged + findings.length;
  return ok({
    findings,
    scope: `${plural(files, "file")} checked`,
    metrics: { files, wouldReformat: findings.filter((f) => f.rule === "would-reformat").length },
    ...nothing ? { nothingToCheck: "no Python files to check" } : {}
  });
};

// src/gates/black/run.ts
async function run({ options, dir }, context) {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged("Python");
  const outcome = await runToolGate(
    {
      invocation: {
        tool: "black",
        command: "black",
        args: ["--check", "--diff", ...options.args, ...targets ?? ["."]],
        cwd: dir,
        installHint: "pip install black (or apt-get install black)"
      },
      // 0 all formatted, 1 some would be reformatted, 123 some could not be.
      reportingExits: { codes: [0, 1, 123], otherwise: "did not finish its check" },
      parse: (output) => parseBlack(output, { root: context.root, cwd: path.resolve(context.root, dir) }),
      contradicts: (parsed, result) => result.exitCode !== 0 && (!parsed.ok || parsed.value.findings.length === 0) ? "failed without naming a file" : void 0,
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
//# sourceMappingURL=run-CJCOJ6V5.js.map
