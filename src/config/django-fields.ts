import { z } from 'zod';
import { envMap, repoPath } from './fields.ts';

/**
 * How a check finds and starts a Django project: shared by the `django` and `migrations`
 * gates and the post-deploy migrations check, so that all three discover the interpreter and
 * the settings the same way.
 */
export const djangoProjectFields = {
  manage: repoPath('Path of manage.py (default: detected).').optional(),
  settings: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'DJANGO_SETTINGS_MODULE for the check.' }),
  python: z.string().min(1).optional().meta({
    description:
      'Python interpreter that has Django installed (default: the first of python3 on PATH and /usr/bin/python3 that can import django).',
  }),
  env: envMap().default({}),
};

/** The variable a project's settings read their database URL from. */
export const databaseEnvField = (description: string) =>
  z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' })
    .default('DATABASE_URL')
    .meta({ description });
