import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  normalizeOutput,
  plural
} from "./chunk-DVUULFWV.js";

// src/gates/kit/source-files.ts
import { constants } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import path2 from "node:path";

// src/engine/run-values.ts
var runValue = (compute) => ({
  compute
});
function runValues() {
  const computed = /* @__PURE__ */ new Map();
  return (value, scope) => {
    const known = computed.get(value);
    if (known) return known;
    const computing = value.compute(scope());
    computed.set(value, computing);
    return computing;
  };
}

// src/util/paths.ts
import path from "node:path";
function leadsOut(relative, paths = path) {
  return paths.isAbsolute(relative) || relative.split(paths.sep)[0] === "..";
}
function repoRelative(root, cwd, file) {
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative === "" || leadsOut(relative)) return void 0;
  return relative.split(path.sep).join("/");
}

// src/gates/kit/python-excludes.ts
var PYTHON_EXCLUDED_DIRS = [
  ".git",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  "site-packages",
  "node_modules",
  ".mypy_cache"
];

// src/gates/kit/source-files.ts
var WALK_SKIPPED = /* @__PURE__ */ new Set([...PYTHON_EXCLUDED_DIRS, ".next"]);
var SOURCE_FILE_MAX_BYTES = 16 * 1024 * 1024;
var REPOSITORY_FILES = runValue(async ({ root, exec, signal }) => {
  const listed = await exec("git", ["-c", "core.quotepath=off", "ls-files", "-z", "--cached"], {
    cwd: root
  });
  return listed.exitCode === 0 && !listed.truncated ? { files: listed.stdout.split("\0").filter(Boolean), source: "git" } : { files: await walk(root, "", signal), source: "walk" };
});
async function listSourceFiles(context, under = ".") {
  const { files, source } = await context.shared(REPOSITORY_FILES);
  const prefix = under.replace(/^\.\/?|\/+$/g, "");
  return {
    files: prefix ? files.filter((file) => file.startsWith(`${prefix}/`)) : files,
    source
  };
}
async function walk(root, dir, signal) {
  if (signal.aborted) return [];
  const entries = await readdir(path2.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!WALK_SKIPPED.has(entry.name)) files.push(...await walk(root, relative, signal));
    } else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative);
  }
  return files;
}
var isInside = (root, candidate) => !leadsOut(path2.relative(root, candidate));
var sizeLabel = (bytes) => bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
async function readSourceFile(root, file, maxBytes = SOURCE_FILE_MAX_BYTES) {
  const absolute = path2.resolve(root, file);
  if (!isInside(path2.resolve(root), absolute))
    return { kind: "skipped", reason: "outside the repository" };
  let real;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    return { kind: "skipped", reason: code === "ELOOP" ? "a symlink loop" : "unreadable" };
  }
  const realRoot = await realpath(root).catch(() => path2.resolve(root));
  if (!isInside(realRoot, real)) return { kind: "skipped", reason: "outside the repository" };
  const stats = await stat(real).catch(() => void 0);
  if (!stats) return { kind: "skipped", reason: "unreadable" };
  if (!stats.isFile()) return { kind: "skipped", reason: "not a regular file" };
  if (stats.size > maxBytes) return { kind: "skipped", reason: `over ${sizeLabel(maxBytes)}` };
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
  const handle = await open(real, flags).catch(() => void 0);
  if (!handle) return { kind: "skipped", reason: "unreadable" };
  try {
    if (!(await handle.stat()).isFile()) return { kind: "skipped", reason: "not a regular file" };
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { kind: "skipped", reason: `over ${sizeLabel(maxBytes)}` };
    return { kind: "text", text: normalizeOutput(buffer.subarray(0, length)) };
  } catch {
    return { kind: "skipped", reason: "unreadable" };
  } finally {
    await handle.close();
  }
}
function describeSkipped(skipped, shown = 5) {
  if (skipped.length === 0) return "";
  const named = skipped.slice(0, shown).map(
    ({ file, reason }) => reason === "outside the repository" ? `${file} -> ${reason}` : `${file}: ${reason}`
  );
  const more = skipped.length > shown ? `, and ${skipped.length - shown} more` : "";
  return `skipped ${plural(skipped.length, "file")}: ${named.join(", ")}${more}`;
}

export {
  runValues,
  leadsOut,
  repoRelative,
  PYTHON_EXCLUDED_DIRS,
  listSourceFiles,
  isInside,
  readSourceFile,
  describeSkipped
};
//# sourceMappingURL=chunk-7HQWB2XS.js.map
