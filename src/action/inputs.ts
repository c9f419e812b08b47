import { z } from 'zod';
import { commentKeySchema, githubLoginSchema } from '../config/schema.ts';
import { parseOnly } from '../engine/only.ts';
import { UsageError } from '../util/errors.ts';

/** Every input name in action.yml, once; a test keeps the two in step. */
export const INPUTS = {
  config: 'config',
  phase: 'phase',
  only: 'only',
  reports: 'reports',
  reportsExpected: 'reports-expected',
  workingDirectory: 'working-directory',
  report: 'report',
  sarif: 'sarif',
  reportUrl: 'report-url',
  githubToken: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  commentAuthor: 'comment-author',
  checkRun: 'check-run',
} as const;

/** Every output name in action.yml, once. */
export const OUTPUTS = {
  verdict: 'verdict',
  report: 'report',
  sarif: 'sarif',
  commentUrl: 'comment-url',
  checkRunUrl: 'check-run-url',
  failed: 'failed',
  errors: 'errors',
  findings: 'findings',
  newFindings: 'new-findings',
  markdown: 'markdown',
  statusIssueUrl: 'status-issue-url',
} as const;

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

const inputsSchema = z
  .object({
    config: z.string().optional(),
    /** `monitor`: the post probes on a schedule, signed off in the status and incident issues. */
    phase: z.enum(['pre', 'post', 'all', 'monitor']).default('all'),
    /** Check ids or globs: this job is one shard of the checklist. */
    only: z
      .string()
      .transform((text, context) => {
        const parsed = parseOnly(text);
        if (parsed.ok) return parsed.value;
        context.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      })
      .optional(),
    /** A glob of shard reports: this job merges them into one sign-off and runs no check. */
    reports: z.string().optional(),
    reportsExpected: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, { error: 'expected a whole number of reports, at least 1' })
      .transform(Number)
      .optional(),
    workingDirectory: z.string().default('.'),
    report: z.string().default('shipgate-report.json'),
    sarif: z.string().optional(),
    /** Where the JSON report was uploaded (actions/upload-artifact's artifact-url): linked. */
    reportUrl: z
      .string()
      .regex(/^https:\/\/\S+$/, { error: 'expected an https:// URL (an artifact-url output)' })
      .optional(),
    githubToken: z.string().optional(),
    /** Overrides `signoff.comment` of the config when set. */
    comment: z.stringbool({ error: 'expected true or false' }).optional(),
    /** Overrides `signoff.comment-key`: one workflow file's pre and post jobs share a config. */
    commentKey: commentKeySchema.optional(),
    /** Overrides `signoff.comment-author`: it belongs with github-token, which the workflow sets. */
    commentAuthor: githubLoginSchema.optional(),
    /**
     * Overrides `signoff.check-run` of the config when set: a name, or false for none. It is
     * also the name used when the config itself cannot be read.
     */
    checkRun: z
      .string()
      .max(100, { error: 'expected a check name of at most 100 characters' })
      .transform((value) => (/^(false|no|off)$/i.test(value) ? (false as const) : value))
      .optional(),
  })
  .superRefine((inputs, context) => {
    if (inputs.only && inputs.reports) {
      context.addIssue({
        code: 'custom',
        path: ['reports'],
        message: 'cannot be combined with only: a merge job runs no checks, its shards do',
      });
    }
  });

export type ActionInputs = z.output<typeof inputsSchema>;

/**
 * Reads and validates every input in one place. `getInput` is @actions/core's, passed in so
 * that nothing below main.ts imports the toolkit.
 */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(
    Object.entries(INPUTS).map(([key, name]) => [key, blankToUndefined(getInput(name))]),
  ) as Record<keyof typeof INPUTS, string | undefined>;
  const parsed = inputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path[0] as keyof typeof INPUTS;
    return `Input '${INPUTS[key]}': ${issue.message} (got "${raw[key]}")`;
  });
  throw new UsageError(problems.join('\n'));
}
