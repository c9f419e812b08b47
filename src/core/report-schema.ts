import { z } from 'zod';
import { PHASES, REPORT_SCHEMA_ID, SEVERITIES, STATUSES } from './model.ts';

/** A range of lines of a file, both ends included. */
const spanSchema = z.object({
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Span = z.infer<typeof spanSchema>;

const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  /** Other ids of the same issue (CVE, GHSA, PYSEC): a waiver may name any of them. */
  aliases: z.array(z.string()).optional(),
  /** Where to read more, e.g. an advisory or rule page. */
  url: z.string().optional(),
  /** What to do about it, when the tool or Shipgate knows. */
  hint: z.string().optional(),
  /** Set when a waiver (ignore entry) matched: the finding is kept for the record but not counted. */
  waived: z.string().optional(),
  /**
   * What the finding is about when its line does not say it: the package of an advisory,
   * the settings module of a Django check. Part of its fingerprint.
   */
  subject: z.string().optional(),
  /**
   * Every range of lines the finding covers when it covers several (the lines black would
   * rewrite): its fingerprint reads them all, and a change to any of them makes it new.
   */
  spans: z.array(spanSchema).optional(),
  /**
   * A stable id of the finding that survives lines moving: from the check, the rule, the
   * file, the normalised text of its lines (or its subject) and its occurrence among equal
   * ones. Baselines list fingerprints; SARIF carries it in `partialFingerprints`.
   */
  fingerprint: z.string().optional(),
  /**
   * False for a finding the change did not introduce: in the baseline, or outside the lines
   * the pull request changed. Only new findings are judged; existing ones are shown.
   */
  new: z.boolean().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

const checkResultSchema = z.object({
  id: z.string(),
  phase: z.enum(PHASES),
  kind: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  blocking: z.boolean(),
  durationMs: z.number().nonnegative(),
  summary: z.string(),
  findings: z.array(findingSchema),
  metrics: z.record(z.string(), z.number()),
  /** The tail of the tool's output, kept as evidence for a reviewer. */
  evidence: z.string().optional(),
  /**
   * Findings the change introduced (`new`), those it did not (`existing`), and baseline
   * entries of this check no longer found (`fixed`: prune them from the baseline).
   */
  counts: z
    .object({
      new: z.number().int().nonnegative(),
      existing: z.number().int().nonnegative(),
      fixed: z.number().int().nonnegative(),
    })
    .optional(),
  /**
   * What was left out to keep the report bounded: `findings` beyond the per-check cap (the
   * most severe are kept; the summary and status count them all), and `outputBytes` a tool
   * printed past the capture limit. Absent when nothing was.
   */
  trimmed: z
    .object({
      findings: z.number().int().positive().optional(),
      outputBytes: z.number().int().positive().optional(),
    })
    .optional(),
  /**
   * The check's `fail-on`: unwaived findings at or above it are what failed the check.
   * Absent when the check judges otherwise (a command's exit code, a headers grade).
   */
  failOn: z.enum(SEVERITIES).optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;
export type FindingCounts = NonNullable<CheckResult['counts']>;

export const reportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  verdict: z.enum(['pass', 'fail']),
  startedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  /** The commit judged: the PR head, the deployed or pushed commit. Shards must agree on it. */
  commit: z.string().optional(),
  /** The workflow job that produced the report (GITHUB_JOB), to tell shards apart. */
  job: z.string().optional(),
  checks: z.array(checkResultSchema),
});
export type Report = z.infer<typeof reportSchema>;
export type Verdict = Report['verdict'];
