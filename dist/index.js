import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  prepareStart
} from "./chunks/chunk-HTVYHSQM.js";
import "./chunks/chunk-UO5GEDUS.js";

// src/index.ts
prepareStart(process.env);
var { run } = await import("./chunks/main-SWG76J67.js");
await run();
setTimeout(() => process.exit(), 1e3).unref();
//# sourceMappingURL=index.js.map
