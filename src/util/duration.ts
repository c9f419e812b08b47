const UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
export const PERCENT_PATTERN = /^(\d+(?:\.\d+)?)%$/;

/** "500ms" | "30s" | "2m" | "1h" | "1d" → milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * UNITS_MS[match[2] as keyof typeof UNITS_MS]);
}

/** "1%" → 0.01, or undefined when the text is not a percentage. */
export function parsePercent(text: string): number | undefined {
  const match = PERCENT_PATTERN.exec(text.trim());
  return match ? Number(match[1]) / 100 : undefined;
}

/** 950 → "950ms", 1500 → "1.5s", 125000 → "2m 5s": for people, not for parsing. */
export function formatDuration(ms: number): string {
  // Each unit is chosen after rounding to it, so that 59,999 ms reads "1m", not "60s".
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 100) return `${(tenths / 10).toFixed(1)}s`;
  const total = Math.round(ms / 1000);
  if (total < 60) return `${total}s`;
  const [minutes, seconds] = [Math.floor(total / 60), total % 60];
  return seconds ? `${minutes}m ${seconds}s` : `${minutes}m`;
}
