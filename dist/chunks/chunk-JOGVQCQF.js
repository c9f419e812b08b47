import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

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

export {
  leadsOut,
  repoRelative
};
//# sourceMappingURL=chunk-JOGVQCQF.js.map
