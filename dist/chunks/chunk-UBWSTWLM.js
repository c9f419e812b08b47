import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/report/budget.ts
var BUDGETS = {
  /** Issue/PR comment body: 65,536 characters. */
  comment: 6e4,
  /** Check run `output.summary` and `output.text`: 65,535 characters each. */
  checkRun: 6e4,
  /**
   * Job summary, in UTF-8 bytes: 1 MiB per step, over which the upload fails. A character
   * can take 3 bytes (CJK, most symbols), so a `.length` budget alone is not enough.
   */
  jobSummaryBytes: 9e5
};
function withinBytes(render, maxBytes) {
  let budget = maxBytes;
  let text = render(budget);
  for (let bytes = Buffer.byteLength(text); bytes > maxBytes; bytes = Buffer.byteLength(text)) {
    budget = Math.floor(budget * maxBytes / bytes) - 1e3;
    text = render(Math.max(0, budget));
    if (budget <= 0) break;
  }
  return text;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
function fitSections(renderers, budget) {
  const separator = 2;
  if (!Number.isFinite(budget)) return renderers.map((render) => render(budget));
  const full = renderers.map((render) => render(Number.POSITIVE_INFINITY));
  const order = full.map((text, index) => ({ index, size: text.length })).sort((a, b) => a.size - b.size);
  const result = new Array(renderers.length).fill("");
  let remaining = Math.max(0, budget);
  order.forEach(({ index, size }, position) => {
    const share = Math.floor(remaining / (order.length - position)) - separator;
    if (share <= 0) return;
    const text = size <= share ? full[index] ?? "" : renderers[index]?.(share) ?? "";
    result[index] = text;
    remaining -= text ? text.length + separator : 0;
  });
  return result;
}

export {
  BUDGETS,
  withinBytes,
  clip,
  fitSections
};
//# sourceMappingURL=chunk-UBWSTWLM.js.map
