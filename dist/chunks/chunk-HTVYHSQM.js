import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/start.ts
import { enableCompileCache } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
function prepareStart(env) {
  process.setSourceMapsEnabled(true);
  enableCompileCache(path.join(env.RUNNER_TEMP || tmpdir(), "shipgate-compile-cache"));
}

export {
  prepareStart
};
//# sourceMappingURL=chunk-HTVYHSQM.js.map
