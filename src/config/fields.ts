import { z } from 'zod';
import { SEVERITIES } from '../core/model.ts';
import {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  parseDuration,
  parsePercent,
} from '../util/duration.ts';
import { didYouMean } from './did-you-mean.ts';

/** Field builders shared by every part of the config schema. */

/** How an offending value reads in a message: `"soon"`, `4`, `nothing`. */
export const got = (input: unknown): string =>
  input === undefined ? 'nothing' : JSON.stringify(input);

/** "500ms", "30s", "2m", "1h", "1d" in the file; milliseconds once parsed. */
export const duration = () => {
  const message = (issue: { input?: unknown }) =>
    `expected a duration like "30s", got ${got(issue.input)}`;
  return z
    .string({ error: message })
    .regex(DURATION_PATTERN, { error: message })
    .transform((text) => parseDuration(text) ?? 0)
    .meta({ description: 'A duration: "500ms", "30s", "2m", "1h" or "1d".' });
};

/** "1%" in the file; a fraction (0.01) once parsed. */
export const percentage = () => {
  const message = (issue: { input?: unknown }) =>
    `expected a percentage like "1%", got ${got(issue.input)}`;
  return z
    .string({ error: message })
    .regex(PERCENT_PATTERN, { error: message })
    .transform((text) => parsePercent(text) ?? 0)
    .refine((fraction) => fraction <= 1, { error: 'a percentage cannot exceed 100%' })
    .meta({ description: 'A percentage, e.g. "1%".' });
};

export const severity = () =>
  z.enum(SEVERITIES, {
    error: (issue) => `expected one of ${SEVERITIES.join(', ')}, got ${got(issue.input)}`,
  });

/** A check's `fail-on` threshold, with the default that suits what the check reports. */
export const failOn = (fallback: z.infer<ReturnType<typeof severity>>, unit: 'gate' | 'probe') =>
  severity()
    .default(fallback)
    .meta({ description: `Findings at or above this severity fail the ${unit}; lower ones warn.` });

/** A path inside the repository, relative to its root. */
export const repoPath = (description: string) =>
  z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
      error: 'expected a path inside the repository (relative, without "..")',
    })
    .meta({ description });

/**
 * An object that rejects unknown keys with a did-you-mean, since a misspelt key that is
 * silently ignored would switch a safety check off without anyone noticing.
 */
export const strictObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys
          .map((key) => `unknown key "${key}"${didYouMean(key, Object.keys(shape))}`)
          .join('; ');
      }
      if (issue.code === 'invalid_type') return `expected an object, got ${got(issue.input)}`;
      return undefined;
    },
  });

/** A waiver: a finding id that is accepted for a reason, by an owner, until a date. */
export const waiver = () =>
  strictObject({
    id: z
      .string()
      .min(1)
      .meta({ description: 'The finding id: GHSA/CVE/PYSEC id, or a rule id such as B105.' }),
    reason: z.string().min(1).meta({ description: 'Why this is accepted; shown in the report.' }),
    owner: z.string().min(1).optional().meta({ description: 'Who answers for this waiver.' }),
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: (i) => `expected a date like 2026-12-31, got ${got(i.input)}`,
      })
      .optional()
      .meta({
        description: 'Last day the waiver applies (YYYY-MM-DD); after it the finding counts again.',
      }),
  });

export const envMap = () =>
  z.record(z.string(), z.string()).meta({ description: 'Extra environment variables.' });

/** Extra arguments for a tool, as a workflow's command line would pass them. */
export const toolArgs = (tool: string, example: string) =>
  z
    .array(z.string())
    .default([])
    .meta({
      description: `Extra arguments for ${tool}, placed before the path it checks, e.g. [${example}].`,
    });

/** Files whose findings a gate drops: globs relative to the repository root, or directories. */
export const excludeGlobs = (description: string) =>
  z.array(z.string().min(1)).default([]).meta({ description });
