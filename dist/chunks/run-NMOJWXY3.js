import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  projectBin
} from "./chunk-UKJ7ZJXU.js";
import {
  SCRIPT_FILES,
  changedTargets,
  nothingChanged,
  scannedOnly
} from "./chunk-DBIVML3D.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import {
  checkShape
} from "./chunk-DWJ3KT6V.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  filesScope
} from "./chunk-JL6IDB5D.js";
import {
  describeExit
} from "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import {
  listSourceFiles,
  repoRelative
} from "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import "./chunk-DVUULFWV.js";
import {
  normalizeSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/eslint/run.ts
import path2 from "node:path";

// src/gates/kit/untracked-paths.ts
import { readdir } from "node:fs/promises";
import path from "node:path";
var BUDGET = 24 * 1024;
async function untrackedPaths(context, dir) {
  const { files, source } = await listSourceFiles(context, dir);
  if (source !== "git") return [];
  const prefix = path.posix.normalize(dir.replaceAll("\\", "/")).replace(/^\.$|\/$/g, "");
  const tracked = new Set(files.map((file) => prefix ? file.slice(prefix.length + 1) : file));
  const trackedDirs = /* @__PURE__ */ new Set();
  for (const file of tracked)
    for (let at = file.indexOf("/"); at !== -1; at = file.indexOf("/", at + 1))
      trackedDirs.add(file.slice(0, at));
  const dirs = [];
  const loose = [];
  const walk = async (relative) => {
    const absolute = path.join(context.root, dir, relative);
    const entries = await readdir(absolute, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (context.signal.aborted) return;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name === ".git" && !relative) continue;
      if (entry.isDirectory()) {
        if (trackedDirs.has(child)) await walk(child);
        else dirs.push(`${child}/`);
      } else if (!tracked.has(child)) loose.push(child);
    }
  };
  await walk("");
  const kept = [];
  let length = 0;
  for (const entry of [...dirs.sort(), ...loose.sort()]) {
    length += entry.length + 20;
    if (length > BUDGET) break;
    kept.push(entry);
  }
  return kept;
}

// src/gates/eslint/parse.ts
var messageSchema = external_exports.object({
  ruleId: external_exports.string().nullish(),
  severity: external_exports.number(),
  message: external_exports.string(),
  fatal: external_exports.boolean().optional(),
  line: external_exports.number().int().optional(),
  column: external_exports.number().int().optional(),
  endLine: external_exports.number().int().optional(),
  endColumn: external_exports.number().int().optional()
});
var reportSchema = external_exports.array(external_exports.object({ filePath: external_exports.string(), messages: external_exports.array(messageSchema) }));
var SEVERITY_WORDS = { 1: "warning", 2: "error" };
var positive = (n) => n !== void 0 && n > 0 ? n : void 0;
var parseEslintReport = ({ stdout }, paths) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const report = checkShape(reportSchema, json.value, "ESLint JSON");
  if (!report.ok) return report;
  const findings = [];
  for (const file of report.value) {
    const where = repoRelative(paths.root, paths.cwd, file.filePath);
    for (const message of file.messages) {
      const rule = message.ruleId ?? (message.fatal ? "eslint/parse-error" : "eslint/directive");
      const severity = message.fatal ? "high" : normalizeSeverity(SEVERITY_WORDS[message.severity], "info");
      const position = {
        line: positive(message.line),
        column: positive(message.column),
        endLine: positive(message.endLine),
        endColumn: positive(message.endColumn)
      };
      findings.push({
        rule,
        severity,
        message: message.message,
        ...where ? { file: where } : {},
        ...Object.fromEntries(Object.entries(position).filter(([, v]) => v !== void 0))
      });
    }
  }
  const scope = filesScope(findings);
  return ok(scope ? { findings, scope } : { findings });
};

// src/gates/eslint/run.ts
var escapeGlob = (name) => name.replace(/[\\*?[\]{}()!+@]/g, (c) => `\\${c}`);
async function run({ options, dir }, context) {
  const targets = await changedTargets(context, dir, SCRIPT_FILES);
  if (targets?.length === 0) return nothingChanged("JavaScript or TypeScript");
  const untracked = targets ? [] : await untrackedPaths(context, dir);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: "eslint",
        ...projectBin(context, dir, "eslint"),
        args: [
          "--format",
          "json",
          ...untracked.flatMap((entry) => ["--ignore-pattern", escapeGlob(entry)]),
          ...options.args,
          ...targets ?? ["."]
        ],
        cwd: dir
      },
      reportingExits: { codes: [0, 1], otherwise: "could not lint (a config error or a crash)" },
      parse: (output) => {
        const parsed = parseEslintReport(output, {
          root: context.root,
          cwd: path2.resolve(context.root, dir)
        });
        return parsed.ok && targets ? {
          ...parsed,
          value: {
            ...parsed.value,
            findings: parsed.value.findings.filter(
              (f) => !(f.rule === "eslint/directive" && f.message.startsWith("File ignored"))
            )
          }
        } : parsed;
      },
      // Exit 1 means errors were found: a report without any is not one to trust.
      contradicts: (parsed, result) => parsed.ok && result.exitCode === 1 && !parsed.value.findings.some((f) => f.severity === "high") ? `reported no errors but ended with ${describeExit(result)}` : void 0,
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
//# sourceMappingURL=run-NMOJWXY3.js.map
