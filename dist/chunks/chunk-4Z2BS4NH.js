import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/paths.ts
import path from "node:path";
function repoRelative(root, cwd, file) {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root, absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep).join("/");
}

export {
  repoRelative
};
//# sourceMappingURL=chunk-4Z2BS4NH.js.map
