import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  listSourceFiles
} from "./chunk-S6X7XKXJ.js";

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

export {
  untrackedPaths
};
//# sourceMappingURL=chunk-JRMVNSN5.js.map
