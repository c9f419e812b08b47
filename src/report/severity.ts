import type { Severity } from './model.ts';

/**
 * The one table that maps every tool's own severity words onto Shipgate's scale.
 * Keys are lower-case; add a tool's vocabulary here rather than mapping inside a gate.
 */
const SEVERITY_ALIASES: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  high: 'high',
  error: 'high', // eslint 2, tsc "error", SARIF "error"
  medium: 'medium',
  moderate: 'medium', // npm audit, GitHub advisories
  warning: 'medium', // eslint 1, SARIF "warning"
  low: 'low',
  note: 'low', // SARIF "note"
  info: 'info',
  informational: 'info',
  undefined: 'info', // bandit's UNDEFINED severity
  none: 'info',
};

/** A tool's severity word in Shipgate's scale, or `fallback` when the word is unknown. */
export function normalizeSeverity(raw: string | undefined | null, fallback: Severity): Severity {
  if (!raw) return fallback;
  return SEVERITY_ALIASES[raw.trim().toLowerCase()] ?? fallback;
}
