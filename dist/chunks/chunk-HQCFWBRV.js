import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/errors.ts
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
function errorTrace(error) {
  return error instanceof Error && error.stack ? error.stack : errorMessage(error);
}
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  errorMessage,
  errorTrace,
  UsageError
};
//# sourceMappingURL=chunk-HQCFWBRV.js.map
