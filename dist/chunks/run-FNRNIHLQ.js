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
  isObject,
  list,
  position,
  text
} from "./chunk-DWJ3KT6V.js";
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
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import {
  normalizeSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/bandit/run.ts
import path from "node:path";

// src/gates/bandit/parse.ts
var CONFIDENCES = ["low", "medium", "high"];
var confidenceRank = (raw) => Math.max(0, CONFIDENCES.indexOf((raw ?? "").toLowerCase()));
var parseBandit = ({ stdout }, options) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const report = json.value;
  if (!isObject(report) || !Array.isArray(report.results)) {
    return fail('unexpected bandit JSON: no "results" array (is this bandit \u2265 1.0 with -f json?)');
  }
  const minRank = CONFIDENCES.indexOf(options.minConfidence);
  const resolved = /* @__PURE__ */ new Map();
  const where = (file) => {
    if (file === void 0) return void 0;
    if (!resolved.has(file)) resolved.set(file, repoRelative(options.root, options.cwd, file));
    return resolved.get(file);
  };
  const findings = [];
  let dropped = 0;
  for (const item of report.results) {
    if (!isObject(item)) continue;
    const confidence = text(item.issue_confidence);
    if (confidenceRank(confidence) < minRank) {
      dropped += 1;
      continue;
    }
    findings.push(resultFinding(item, confidence, where));
  }
  for (const item of list(report.errors)) {
    if (!isObject(item)) continue;
    const file = where(text(item.filename));
    findings.push({
      rule: "not-scanned",
      severity: "high",
      message: `bandit could not scan ${file ?? text(item.filename) ?? "a file"}: ${text(item.reason) ?? "unknown reason"}`,
      ...file ? { file } : {}
    });
  }
  const metrics = isObject(report.metrics) ? report.metrics : {};
  const totals = isObject(metrics._totals) ? metrics._totals : {};
  const files = Object.keys(metrics).filter((key) => key !== "_totals").length;
  const loc = typeof totals.loc === "number" ? totals.loc : 0;
  const nosec = typeof totals.nosec === "number" ? totals.nosec : 0;
  const scope = [`${plural(files, "file")}, ${plural(loc, "line")}`];
  if (nosec > 0) scope.push(`${plural(nosec, "line")} marked # nosec`);
  if (dropped > 0) scope.push(`${dropped} below min-confidence ${options.minConfidence}`);
  return ok({
    findings,
    scope: scope.join("; "),
    metrics: { files, loc, nosec, belowConfidence: dropped },
    ...files === 0 ? { nothingToCheck: "no Python files to scan" } : {}
  });
};
function resultFinding(item, confidence, where) {
  const line = position(item.line_number);
  const column = typeof item.col_offset === "number" ? position(item.col_offset + 1) : void 0;
  const file = where(text(item.filename));
  const testName = text(item.test_name);
  const url = text(item.more_info);
  const about = testName ? [testName] : [];
  if (confidence) about.push(`confidence ${confidence.toLowerCase()}`);
  const finding = {
    rule: text(item.test_id) ?? "bandit",
    severity: normalizeSeverity(text(item.issue_severity), "medium"),
    message: `${text(item.issue_text) ?? "bandit issue"}${about.length ? ` (${about.join(", ")})` : ""}`
  };
  if (file) finding.file = file;
  if (line) finding.line = line;
  if (column) finding.column = column;
  if (url) finding.url = url;
  return finding;
}

// src/gates/bandit/run.ts
async function run({ options, dir }, context) {
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged("Python");
  const cwd = path.resolve(context.root, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: "bandit",
        command: "bandit",
        // -q drops the INFO banner.
        args: ["-r", ...targets ?? ["."], "-f", "json", "-q", ...options.args],
        cwd: dir,
        installHint: "pip install bandit (or apt-get install bandit)"
      },
      parse: (output) => parseBandit(output, { root: context.root, cwd, minConfidence: options["min-confidence"] }),
      exclude: options.exclude,
      tracked: true,
      judgement: { failOn: options["fail-on"], waivers: options.ignore }
    },
    context
  );
  return scannedOnly(outcome, dir, targets);
}
export {
  run
};
//# sourceMappingURL=run-FNRNIHLQ.js.map
