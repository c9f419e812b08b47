/**
 * Size budgets of the surfaces a sign-off is written to, as JS `.length` (UTF-16 units,
 * never fewer than the characters GitHub counts), each safely below GitHub's limit.
 */
export const BUDGETS = {
  /** Issue/PR comment body: 65,536 characters. */
  comment: 60_000,
  /** Check run `output.summary` and `output.text`: 65,535 characters each. */
  checkRun: 60_000,
  /** Job summary: 1 MiB per step; over it the upload fails. */
  jobSummary: 900_000,
} as const;

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
    const text =
      size <= share ? (full[index] ?? '') : (renderers[index]?.(Math.max(0, share)) ?? '');
    result[index] = text;
    remaining -= text ? text.length + separator : 0;
  });
  return result;
}
