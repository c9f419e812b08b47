import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/engine/check.ts
var ToolMissingError = class extends Error {
  name = "ToolMissingError";
  tool;
  installHint;
  constructor(tool, installHint) {
    super(`${tool} is not installed: ${installHint}`);
    this.tool = tool;
    this.installHint = installHint;
  }
};
var LimitReachedError = class extends Error {
  name = "LimitReachedError";
};

export {
  ToolMissingError,
  LimitReachedError
};
//# sourceMappingURL=chunk-5UU6N2BL.js.map
