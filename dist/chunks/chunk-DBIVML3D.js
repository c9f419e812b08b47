import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  PYTHON_EXCLUDED_DIRS,
  leadsOut
} from "./chunk-7HQWB2XS.js";

// src/gates/kit/changed-files.ts
import { lstat } from "node:fs/promises";
import path from "node:path";
var PYTHON_FILES = [".py", ".pyi"];
var SCRIPT_FILES = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"];
var EXCLUDED = new Set(PYTHON_EXCLUDED_DIRS);
async function changedTargets(context, dir, extensions) {
  if (!context.changedFiles) return void 0;
  const targets = [];
  for (const file of context.changedFiles) {
    const relative = path.posix.relative(dir === "." ? "" : dir, file);
    if (leadsOut(relative, path.posix)) continue;
    if (!extensions.includes(path.posix.extname(file))) continue;
    if (relative.split("/").some((part) => EXCLUDED.has(part))) continue;
    const stats = await lstat(path.join(context.root, file)).catch(() => void 0);
    if (stats?.isFile()) targets.push(relative);
  }
  return targets;
}
var nothingChanged = (what) => ({
  status: "pass",
  summary: `no changed ${what} files to check`,
  findings: [],
  scanned: []
});
var scannedOnly = (outcome, dir, targets) => targets ? { ...outcome, scanned: targets.map((file) => path.posix.join(dir, file)) } : outcome;

export {
  PYTHON_FILES,
  SCRIPT_FILES,
  changedTargets,
  nothingChanged,
  scannedOnly
};
//# sourceMappingURL=chunk-DBIVML3D.js.map
