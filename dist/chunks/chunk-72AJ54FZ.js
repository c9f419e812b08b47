import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);

// src/gates/kit/project-bin.ts
import path from "node:path";
var BIN_DIR = ["node_modules", ".bin"].join(path.sep);
function projectBin(context, dir, name) {
  return {
    command: path.join(path.resolve(context.root, dir), BIN_DIR, name),
    installHint: `install the project's dependencies first: run npm ci in ${dir}`
  };
}

export {
  projectBin
};
//# sourceMappingURL=chunk-72AJ54FZ.js.map
