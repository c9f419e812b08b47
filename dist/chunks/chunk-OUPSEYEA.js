import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/result.ts
var ok = (value) => ({ ok: true, value });
var fail = (error) => ({ ok: false, error });
function parseJson(text) {
  const trimmed = text.trim();
  if (trimmed === "") return fail("no output (expected JSON)");
  try {
    return ok(JSON.parse(trimmed));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = startsJsonValue(trimmed) ? Number(/position (\d+)/.exec(message)?.[1] ?? NaN) : 0;
    const at = Number.isFinite(offset) ? offset : Math.max(0, trimmed.length - 60);
    const excerpt = trimmed.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ");
    const where = Number.isFinite(offset) ? `at offset ${offset}` : `near the end (${trimmed.length} chars)`;
    return fail(`invalid JSON ${where}: \u2026${excerpt}\u2026`);
  }
}
var startsJsonValue = (text) => /^(?:[[{"\d-]|true|false|null)/.test(text);

export {
  ok,
  fail,
  parseJson
};
//# sourceMappingURL=chunk-OUPSEYEA.js.map
