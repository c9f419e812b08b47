import { SEVERITIES, type Finding, type Severity, type Status } from './model.ts';

/**
 * Shipgate's severity scale and the one rule that turns findings into a status. Every gate
 * and probe decides its status here, with thresholds that come from its config (`fail-on`,
 * `warn-on`), so that a finding means the same thing whichever check reports it.
 */

/** 0 for critical up to 4 for info: lower is more severe. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** True when `severity` is at or above `threshold` (critical > high > medium > low > info). */
export const atLeast = (severity: Severity, threshold: Severity): boolean =>
  severityRank(severity) <= severityRank(threshold);

/** The more severe of two severities. */
export const moreSevere = (a: Severity, b: Severity): Severity =>
  severityRank(a) <= severityRank(b) ? a : b;

/** Orders findings most severe first (a stable sort keeps the tool's order within a level). */
export const bySeverity = (a: Pick<Finding, 'severity'>, b: Pick<Finding, 'severity'>): number =>
  severityRank(a.severity) - severityRank(b.severity);

/** The thresholds of one check, from its config: what fails it, and what only warns. */
export interface StatusRule {
  /** Unwaived findings at or above this fail the check; undefined: findings never fail it. */
  failOn?: Severity | undefined;
  /** Unwaived findings at or above this (and below `failOn`) warn. Default: every finding. */
  warnFrom?: Severity | undefined;
}

/**
 * True for a finding that is judged: neither waived nor existing (in the baseline, or
 * outside the lines the change touched). The others are kept in the report but never judged.
 */
export const isJudged = (finding: Finding): boolean => !finding.waived && finding.new !== false;

/**
 * The status a list of findings earns: `fail` when a judged finding reaches `failOn`,
 * `warn` when one reaches `warnFrom`, else `pass`. Waived and existing findings are kept in
 * the report but never judged.
 */
export function statusOf(
  findings: readonly Finding[],
  { failOn, warnFrom = 'info' }: StatusRule,
): Extract<Status, 'pass' | 'warn' | 'fail'> {
  let status: 'pass' | 'warn' = 'pass';
  for (const finding of findings) {
    if (!isJudged(finding)) continue;
    if (failOn && atLeast(finding.severity, failOn)) return 'fail';
    if (atLeast(finding.severity, warnFrom)) status = 'warn';
  }
  return status;
}

/**
 * The one table that maps every tool's own severity words onto Shipgate's scale.
 * Keys are lower-case; add a tool's vocabulary here rather than mapping inside a gate.
 */
const SEVERITY_ALIASES: Readonly<Record<string, Severity>> = {
  critical: 'critical', // also Django's CRITICAL level
  high: 'high',
  error: 'high', // eslint 2, tsc "error", SARIF "error", Django ERROR
  medium: 'medium',
  moderate: 'medium', // npm audit, GitHub advisories
  warning: 'medium', // eslint 1, SARIF "warning", Django WARNING
  low: 'low',
  note: 'low', // SARIF "note"
  info: 'info', // also Django INFO
  informational: 'info',
  debug: 'info', // Django DEBUG
  suggestion: 'info', // tsc "suggestion"
  message: 'info', // tsc "message"
  undefined: 'info', // bandit's UNDEFINED severity
  none: 'info',
};

/** A tool's severity word in Shipgate's scale, or `fallback` when the word is unknown. */
export function normalizeSeverity(raw: string | undefined | null, fallback: Severity): Severity {
  if (!raw) return fallback;
  return SEVERITY_ALIASES[raw.trim().toLowerCase()] ?? fallback;
}

/**
 * Severities by rule id for tools that give none of their own (flake8) or whose level word
 * understates a rule (Django). Prefixes, longest match wins.
 *
 * flake8: E9 (syntax and I/O errors), F63 (invalid comparisons), F7 (statements outside
 * their block) and F82 (undefined names) are the codes GitHub's Python starter workflow
 * treats as "errors that stop the build": code that cannot run. Other pyflakes codes
 * (unused imports and variables) are likely bugs; pycodestyle and mccabe codes are style.
 *
 * Django: DEBUG = True in production (security.W018) exposes settings and tracebacks to
 * anyone, so it is critical although Django reports it as a warning.
 */
const RULE_SEVERITIES: Readonly<Record<string, Readonly<Record<string, Severity>>>> = {
  flake8: {
    E9: 'high',
    F63: 'high',
    F7: 'high',
    F82: 'high',
    F: 'medium',
    E: 'low',
    W: 'low',
    C: 'low',
  },
  django: {
    'security.W018': 'critical',
  },
};

/** The severity the table gives `rule` of `tool`, or `fallback` when no prefix matches. */
export function ruleSeverity(tool: string, rule: string, fallback: Severity): Severity {
  const table = RULE_SEVERITIES[tool];
  if (!table) return fallback;
  let best: string | undefined;
  for (const prefix of Object.keys(table)) {
    if (rule.startsWith(prefix) && prefix.length > (best?.length ?? -1)) best = prefix;
  }
  return best === undefined ? fallback : (table[best] ?? fallback);
}
