import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/gates/kit/gate.ts
function gateDir(stack, options, stacks) {
  if ("path" in options && typeof options.path === "string") return options.path;
  return stack === "root" ? "." : stacks[stack]?.dir ?? ".";
}

export {
  gateDir
};
//# sourceMappingURL=chunk-NXDHSMTZ.js.map
