import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  gateDir
} from "./chunk-NXDHSMTZ.js";
import {
  PYTHON_FILES,
  changedTargets,
  nothingChanged,
  scannedOnly
} from "./chunk-DBIVML3D.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  readProjectText,
  repoJoin
} from "./chunk-KTKGKL7N.js";
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
  ruleSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/flake8/run.ts
import path2 from "node:path";

// src/gates/flake8/black-compatible.ts
import path from "node:path";
var BLACK_LINE_LENGTH = 88;
var FLAKE8_CONFIG_FILES = ["setup.cfg", "tox.ini", ".flake8"];
var BLACK_IGNORES = "E203,E701,E704,W503";
var hasSection = (text, name) => text.split("\n").some((line) => line.trim() === `[${name}]`);
function isFlake8Config(file, text) {
  return path.posix.basename(file) === ".flake8" || hasSection(text, "flake8");
}
function blackLineLength(args, pyproject) {
  for (const [i, arg] of args.entries()) {
    const value = /^(?:--line-length=|-l)(\d+)$/.exec(arg)?.[1] ?? (arg === "--line-length" || arg === "-l" ? args[i + 1] : void 0);
    if (value !== void 0 && /^\d+$/.test(value)) return Number(value);
  }
  const lines = pyproject?.split("\n") ?? [];
  const start = lines.findIndex((line) => line.trim() === "[tool.black]");
  if (start < 0) return BLACK_LINE_LENGTH;
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith("[")) break;
    const value = /^\s*["']?line[-_]length["']?\s*=\s*(\d+)\s*(?:#.*)?$/.exec(line)?.[1];
    if (value !== void 0) return Number(value);
  }
  return BLACK_LINE_LENGTH;
}
var blackCompatibleArgs = (lineLength) => [
  `--max-line-length=${lineLength}`,
  `--extend-ignore=${BLACK_IGNORES}`
];
function upToRoot(dir) {
  const dirs = [];
  for (let at = path.posix.normalize(dir); ; at = path.posix.dirname(at)) {
    dirs.push(at);
    if (at === path.posix.dirname(at)) return dirs;
  }
}
async function nearest(root, dir, names, accept = () => true) {
  for (const at of upToRoot(dir)) {
    for (const name of names) {
      const file = repoJoin(at, name);
      const text = await readProjectText(root, file);
      if (text !== void 0 && accept(file, text)) return { file, text };
    }
  }
  return void 0;
}
async function blackCompatibility({ options, dir, stacks, gates }, context) {
  const black = gates?.black;
  if (!black) return [];
  if (options.args.some((arg) => arg.startsWith("--config"))) return [];
  const own = await nearest(context.root, dir, FLAKE8_CONFIG_FILES, isFlake8Config);
  if (own) return [];
  const blackDir = gateDir("python", black, stacks);
  const pyproject = await nearest(context.root, blackDir, ["pyproject.toml"]);
  return blackCompatibleArgs(blackLineLength(black.args, pyproject?.text));
}
var blackCompatibilityNote = (args) => args.length > 0 ? `no flake8 config of the project's own, so black-compatible: ${args.join(" ")}` : void 0;

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
async function run(input, context) {
  const { options, dir } = input;
  const targets = await changedTargets(context, dir, PYTHON_FILES);
  if (targets?.length === 0) return nothingChanged("Python");
  const compatible = await blackCompatibility(input, context);
  const note = blackCompatibilityNote(compatible);
  const outcome = await runToolGate(
    {
      invocation: {
        tool: "flake8",
        command: "flake8",
        args: [...compatible, ...options.args, ...targets ?? ["."]],
        cwd: dir,
        installHint: "pip install flake8 (or apt-get install flake8)"
      },
      parse: (output) => {
        const parsed = parseFlake8(output, {
          root: context.root,
          cwd: path2.resolve(context.root, dir)
        });
        if (!parsed.ok || !note) return parsed;
        return ok({ ...parsed.value, notes: [{ text: note, warn: false }] });
      },
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
//# sourceMappingURL=run-6FTO7GIR.js.map
