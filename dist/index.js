import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  prepareStart
} from "./chunks/chunk-5QLP7SQN.js";
import "./chunks/chunk-F7LEYGOF.js";

// src/index.ts
prepareStart(process.env);
var { run } = await import("./chunks/main-E4Q3MFLA.js");
await run();
//# sourceMappingURL=index.js.map
