import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/gates/kit/project-bin.ts
import path from "node:path";
var BIN_DIR = path.join("node_modules", ".bin");
var projectInstallHint = (dir) => `install the project's dependencies first: run npm ci in ${dir}`;
function projectBin(context, dir, name) {
  return {
    command: path.join(path.resolve(context.root, dir), BIN_DIR, name),
    installHint: projectInstallHint(dir)
  };
}

export {
  projectInstallHint,
  projectBin
};
//# sourceMappingURL=chunk-UKJ7ZJXU.js.map
