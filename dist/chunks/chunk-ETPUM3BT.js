import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  PYTHON_EXCLUDED_DIRS
} from "./chunk-O6P5F42L.js";
import {
  normalizeOutput
} from "./chunk-JWGI5UCX.js";

// src/gates/kit/repo-files.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var WALK_SKIPPED = /* @__PURE__ */ new Set([...PYTHON_EXCLUDED_DIRS, ".next"]);
async function listRepoFiles(context) {
  const listed = await context.exec(
    "git",
    ["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: context.root }
  );
  if (listed.exitCode === 0 && !listed.truncated) {
    return { files: listed.stdout.split("\0").filter(Boolean), source: "git" };
  }
  return { files: await walk(context.root, "", context.signal), source: "walk" };
}
async function walk(root, dir, signal) {
  if (signal.aborted) return [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isFile()) files.push(relative);
    else if (entry.isDirectory() && !WALK_SKIPPED.has(entry.name)) {
      files.push(...await walk(root, relative, signal));
    }
  }
  return files;
}
function readProjectText(file) {
  return readFile(file).then(normalizeOutput, () => void 0);
}
var repoJoin = (dir, name) => dir === "." ? name : `${dir}/${name}`;
async function readFirstProjectFile(root, dir, names) {
  for (const name of names) {
    const text = await readProjectText(path.join(root, dir, name));
    if (text !== void 0) return { path: repoJoin(dir, name), text };
  }
  return void 0;
}

export {
  listRepoFiles,
  readProjectText,
  repoJoin,
  readFirstProjectFile
};
//# sourceMappingURL=chunk-ETPUM3BT.js.map
