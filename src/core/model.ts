// The vocabulary of a report: its statuses, severities and phases, and the types of a finding,
// a check's result and the report. The types come from the report's schema (report-schema.ts),
// which is loaded only where a report is read back: importing them costs a start nothing.

/** What a check concluded. `error` means the check itself could not run to a verdict. */
export const STATUSES = ['pass', 'warn', 'fail', 'error', 'skip'] as const;
export type Status = (typeof STATUSES)[number];

/** Normalised severities, highest first. Tools' own scales are mapped onto these. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `signoff` holds Shipgate's own checks on the sign-off itself, e.g. merging shard reports. */
export const PHASES = ['pre', 'post', 'signoff'] as const;
export type Phase = (typeof PHASES)[number];

export const REPORT_SCHEMA_ID = 'shipgate/report@1';

export type {
  CheckResult,
  Finding,
  FindingCounts,
  Report,
  Span,
  Verdict,
} from './report-schema.ts';
