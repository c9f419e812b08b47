import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/text.ts
import { stripVTControlCharacters } from "node:util";
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function normalizeOutput(raw) {
  const text = typeof raw === "string" ? raw.replace(/^\uFEFF/, "") : decoder.decode(raw);
  return stripVTControlCharacters(text).replace(/\r\n?/g, "\n");
}
function tail(text, maxLines = 40, maxChars = 4e3) {
  const trimmed = text.replace(/\s+$/, "");
  const lines = trimmed.split("\n");
  let kept = lines.slice(-maxLines).join("\n");
  if (kept.length > maxChars) kept = kept.slice(-maxChars);
  return kept.length < trimmed.length ? `\u2026
${kept}` : kept;
}
function percentDecoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function plural(count, noun, pluralNoun = `${noun}s`) {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
function slug(text, fallback) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || fallback;
}
function uniqueId(base, taken) {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export {
  normalizeOutput,
  tail,
  percentDecoded,
  plural,
  slug,
  uniqueId
};
//# sourceMappingURL=chunk-DVUULFWV.js.map
