import { z } from 'zod';
import { duration, envMap, repoPath, severity, strictObject, waiver } from './fields.ts';

/**
 * The Shipgate configuration (`.github/shipgate.yml`): the single source of truth for its
 * types, its defaults and the JSON Schema in schema/shipgate.schema.json.
 */

const gateCommon = {
  blocking: z
    .boolean()
    .default(true)
    .meta({ description: 'A failing blocking check fails the run; an advisory one only reports.' }),
  timeout: duration()
    .prefault('10m')
    .meta({ description: 'How long the gate may run before its process tree is killed.' }),
};

/** `true` = on with defaults, `false` = off, or an object of options. */
const gate = <Shape extends z.ZodRawShape>(description: string, options: Shape) => {
  const object = strictObject({ ...gateCommon, ...options });
  return z
    .union([z.boolean(), object])
    .transform((setting) => (setting === true ? object.parse({}) : setting))
    .optional()
    .meta({ description });
};

const projectPath = (what: string) =>
  repoPath(
    `Directory of the ${what}, relative to the repository root (default: detected).`,
  ).optional();

const failOn = (fallback: z.infer<ReturnType<typeof severity>>) =>
  severity()
    .default(fallback)
    .meta({ description: 'Findings at or above this severity fail the gate; lower ones warn.' });

const ignore = () =>
  z
    .array(waiver())
    .default([])
    .meta({ description: 'Accepted findings, each with a reason and an optional expiry date.' });

export const gatesSchema = strictObject({
  'pip-audit': gate('Known vulnerabilities in Python dependencies (pip-audit).', {
    path: projectPath('Python project'),
    requirements: repoPath('A requirements file to audit instead of the environment.').optional(),
    'fail-on': failOn('high'),
    'unknown-severity': severity().default('critical').meta({
      description:
        'pip-audit reports no severity; this is the severity assumed for its findings (strict by default).',
    }),
    ignore: ignore(),
  }),
  bandit: gate('Security issues in Python code (bandit).', {
    path: projectPath('Python code'),
    'fail-on': failOn('medium'),
    'min-confidence': z
      .enum(['low', 'medium', 'high'])
      .default('low')
      .meta({ description: 'Findings below this confidence are dropped.' }),
    ignore: ignore(),
  }),
  black: gate('Python formatting (black --check).', { path: projectPath('Python code') }),
  flake8: gate('Python lint (flake8).', {
    path: projectPath('Python code'),
    'fail-on': failOn('low'),
  }),
  django: gate("Django's production settings check (manage.py check --deploy).", {
    manage: repoPath('Path of manage.py (default: detected).').optional(),
    settings: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'DJANGO_SETTINGS_MODULE for the check.' }),
    python: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Python interpreter that has Django installed (default: detected).' }),
    env: envMap().default({}),
  }),
  secrets: gate('Required environment variables are set; no secrets are committed.', {
    'required-env': z
      .array(
        z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }),
      )
      .default([])
      .meta({ description: 'Variables that must be present and non-empty.' }),
    scan: z
      .boolean()
      .default(true)
      .meta({ description: 'Scan tracked files for committed secrets.' }),
    exclude: z
      .array(z.string())
      .default([])
      .meta({ description: 'Glob patterns of files the scan skips (fixtures, test data).' }),
  }),
  'database-tls': gate('The database connection requires TLS.', {
    env: z
      .string()
      .default('DATABASE_URL')
      .meta({ description: 'The environment variable that holds the database URL.' }),
  }),
  'npm-audit': gate('Known vulnerabilities in npm dependencies (npm audit).', {
    path: projectPath('Node project'),
    'fail-on': failOn('high'),
    omit: z
      .array(z.enum(['dev', 'optional', 'peer']))
      .default([])
      .meta({ description: 'Dependency types to leave out of the audit.' }),
    ignore: ignore(),
  }),
  eslint: gate('JavaScript/TypeScript lint (the project’s ESLint).', {
    path: projectPath('Node project'),
    'fail-on': failOn('high'),
  }),
  typescript: gate('Type check (the project’s tsc --noEmit).', {
    path: projectPath('Node project'),
    project: z.string().default('tsconfig.json').meta({ description: 'The tsconfig to check.' }),
  }),
  build: gate('The production build succeeds.', {
    path: projectPath('Node project'),
    run: z.string().min(1).default('npm run build').meta({ description: 'The build command.' }),
    env: envMap().default({}),
  }),
  'headers-config': gate('Security headers (CSP, HSTS, …) are configured in the front end.', {
    path: projectPath('front end'),
  }),
  'https-urls': gate('API base URLs use https://.', {
    path: projectPath('front end'),
    files: z
      .array(z.string())
      .default(['.env.production'])
      .meta({ description: 'Env files to read, relative to the front end.' }),
  }),
});

export const commandSchema = strictObject({
  name: z.string().min(1).meta({ description: 'Shown in the sign-off table.' }),
  run: z.string().min(1).meta({ description: 'A bash command line.' }),
  cwd: repoPath('Working directory, relative to the repository root.').default('.'),
  timeout: duration()
    .prefault('10m')
    .meta({ description: 'Killed (with its children) after this.' }),
  blocking: z.boolean().default(true).meta({ description: 'Whether a failure fails the run.' }),
  env: envMap().default({}),
});

export const configSchema = strictObject({
  version: z.literal(1, { error: 'expected 1 (the only config version)' }).default(1),
  concurrency: z
    .number()
    .int()
    .min(1, { error: 'expected at least 1' })
    .optional()
    .meta({ description: 'Checks run in parallel (default: the number of CPUs).' }),
  deadline: duration()
    .prefault('30m')
    .meta({ description: 'The whole run is stopped after this; unfinished checks become errors.' }),
  pre: strictObject({
    gates: gatesSchema.default({}),
    commands: z
      .array(commandSchema)
      .default([])
      .meta({ description: "The checklist's own steps." }),
  }).prefault({}),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type GatesConfig = z.output<typeof gatesSchema>;
export type GateKind = keyof GatesConfig;
/** The options of one gate once `true` has been expanded to its defaults. */
export type GateOptions<K extends GateKind> = Exclude<NonNullable<GatesConfig[K]>, false>;
export type CommandConfig = z.output<typeof commandSchema>;
