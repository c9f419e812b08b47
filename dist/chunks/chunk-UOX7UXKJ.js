import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/gates/kit/globs.ts
import path from "node:path";
function isExcluded(file, globs) {
  return globs.some((glob) => {
    const bare = glob.replace(/\/+$/, "");
    return file === bare || file.startsWith(`${bare}/`) || path.posix.matchesGlob(file, glob);
  });
}

export {
  isExcluded
};
//# sourceMappingURL=chunk-UOX7UXKJ.js.map
