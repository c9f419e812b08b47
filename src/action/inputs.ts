import { z } from 'zod';
import { UsageError } from '../util/errors.ts';

/** Every input name in action.yml, once; a test keeps the two in step. */
export const INPUTS = {
  config: 'config',
  phase: 'phase',
  workingDirectory: 'working-directory',
  report: 'report',
} as const;

/** Every output name in action.yml, once. */
export const OUTPUTS = {
  verdict: 'verdict',
  report: 'report',
} as const;

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

const inputsSchema = z.object({
  config: z.string().optional(),
  phase: z.enum(['pre', 'post', 'all']).default('all'),
  workingDirectory: z.string().default('.'),
  report: z.string().default('shipgate-report.json'),
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
