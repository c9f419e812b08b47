#!/usr/bin/env node
import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  prepareStart
} from "../chunks/chunk-5QLP7SQN.js";
import "../chunks/chunk-F7LEYGOF.js";

// src/cli/index.ts
prepareStart(process.env);
await import("../chunks/cli-NWUQICKS.js");
//# sourceMappingURL=index.js.map
