import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/duration.ts
var UNITS_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
var PERCENT_PATTERN = /^(\d+(?:\.\d+)?)%$/;
function parseDuration(text) {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return void 0;
  return Math.round(Number(match[1]) * UNITS_MS[match[2]]);
}
function parsePercent(text) {
  const match = PERCENT_PATTERN.exec(text.trim());
  return match ? Number(match[1]) / 100 : void 0;
}
function formatDuration(ms) {
  if (Math.round(ms) < 1e3) return `${Math.round(ms)}ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 100) return `${(tenths / 10).toFixed(1)}s`;
  const total = Math.round(ms / 1e3);
  if (total < 60) return `${total}s`;
  const [minutes, seconds] = [Math.floor(total / 60), total % 60];
  return seconds ? `${minutes}m ${seconds}s` : `${minutes}m`;
}

export {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  parseDuration,
  parsePercent,
  formatDuration
};
//# sourceMappingURL=chunk-BBOJJ26W.js.map
