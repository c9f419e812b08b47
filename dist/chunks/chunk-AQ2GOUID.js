import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/placeholder.ts
var PLACEHOLDER = /^(?:password|passwd|pass|secret|change[-_ ]?me|none|null|nil|undefined|missing|unset|empty|default|dummy|placeholder|todo|fixme|your[-_ ][a-z0-9_ -]*(?:password|passwd|pass|secret|key|token|here|value)|x+|\*+|\.+)$/i;
var REFERENCE = /^(?:<[^>]*>|\$\{[^}]*\}|\$[A-Z_]+)$/;
function isPlaceholder(value) {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDER.test(trimmed) || REFERENCE.test(trimmed);
}

export {
  isPlaceholder
};
//# sourceMappingURL=chunk-AQ2GOUID.js.map
