/**
 * Size budgets of the surfaces a sign-off is written to, each safely below GitHub's limit.
 * Comment and check run count characters: the budget is JS `.length` (UTF-16 units, never
 * fewer than the characters GitHub counts). The job summary counts bytes.
 */
export const BUDGETS = {
  /** Issue/PR comment body: 65,536 characters. */
  comment: 60_000,
  /** Check run `output.summary` and `output.text`: 65,535 characters each. */
  checkRun: 60_000,
  /**
   * Job summary, in UTF-8 bytes: 1 MiB per step, over which the upload fails. A character
   * can take 3 bytes (CJK, most symbols), so a `.length` budget alone is not enough.
   */
  jobSummaryBytes: 900_000,
} as const;

/**
 * `render(budget)` within `maxBytes` of UTF-8: rendered with a character budget of
 * `maxBytes`, then, while the bytes exceed it, again with the budget shrunk by the ratio
 * found (multi-byte text makes bytes outgrow characters). Two or three renders at most.
 */
export function withinBytes(render: (budget: number) => string, maxBytes: number): string {
  let budget = maxBytes;
  let text = render(budget);
  for (let bytes = Buffer.byteLength(text); bytes > maxBytes; bytes = Buffer.byteLength(text)) {
    budget = Math.floor((budget * maxBytes) / bytes) - 1000;
    text = render(Math.max(0, budget));
    if (budget <= 0) break;
  }
  return text;
}

/** `text` cut to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Shares `budget` characters fairly between sections: each renderer is called with the
 * most it may take and returns its text ('' when it cannot fit at all). Smaller sections
 * are served first, so what they leave unused goes to the larger ones; a single huge
 * section cannot crowd out the rest. Returns the texts in the original order.
 */
export function fitSections(
  renderers: readonly ((maxChars: number) => string)[],
  budget: number,
): string[] {
  const separator = 2;
  if (!Number.isFinite(budget)) return renderers.map((render) => render(budget));
  const full = renderers.map((render) => render(Number.POSITIVE_INFINITY));
  const order = full
    .map((text, index) => ({ index, size: text.length }))
    .sort((a, b) => a.size - b.size);
  const result: string[] = new Array<string>(renderers.length).fill('');
  let remaining = Math.max(0, budget);
  order.forEach(({ index, size }, position) => {
    const share = Math.floor(remaining / (order.length - position)) - separator;
    // Nothing fits in no room: thousands of sections past the budget cost no renders.
    if (share <= 0) return;
    const text = size <= share ? (full[index] ?? '') : (renderers[index]?.(share) ?? '');
    result[index] = text;
    remaining -= text ? text.length + separator : 0;
  });
  return result;
}
