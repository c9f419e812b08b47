#!/usr/bin/env node
import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  prepareStart
} from "../chunks/chunk-HTVYHSQM.js";
import "../chunks/chunk-UO5GEDUS.js";

// src/cli/index.ts
prepareStart(process.env);
await import("../chunks/cli-3LS45EFV.js");
//# sourceMappingURL=index.js.map
