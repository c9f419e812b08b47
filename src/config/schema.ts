import { z } from 'zod';
import {
  duration,
  envMap,
  excludeGlobs,
  failOn as failOnFrom,
  repoPath,
  severity,
  strictObject,
  toolArgs,
  waiver,
} from './fields.ts';
import { monitorSchema } from './monitor-schema.ts';
import { databaseEnvField, djangoProjectFields } from './django-fields.ts';
import { postSchema } from './post-schema.ts';

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
  baseline: z.boolean().default(true).meta({
    description:
      'Whether the baseline file applies to this gate: false judges every finding of it that the change touched, baselined or not.',
  }),
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

const failOn = (fallback: z.infer<ReturnType<typeof severity>>) => failOnFrom(fallback, 'gate');

const ignore = () =>
  z
    .array(z.lazy(waiver))
    .default([])
    .meta({ description: 'Accepted findings, each with a reason and an optional expiry date.' });

/** Files whose findings a per-file tool gate drops (the tool still reads them). */
const excludeFindings = () =>
  excludeGlobs(
    'Files whose findings are dropped and counted: globs relative to the repository root ("**/migrations/**") or directories. The tool still reads them; to skip reading, use the tool\'s own config.',
  );

export const gatesSchema = strictObject({
  'pip-audit': gate('Known vulnerabilities in Python dependencies (pip-audit).', {
    path: projectPath('Python project'),
    requirements: repoPath(
      'A requirements file to audit (`pip-audit -r`); without it pip-audit audits the Python environment it runs in.',
    ).optional(),
    args: toolArgs('pip-audit', '"--skip-editable"'),
    'fail-on': failOn('high'),
    'unknown-severity': severity().default('critical').meta({
      description:
        "pip-audit's JSON carries no severity, so every vulnerability it reports is judged at this one. The default, critical, fails the gate on any known vulnerability whatever fail-on says; set it below fail-on to make pip-audit advisory.",
    }),
    ignore: ignore(),
  }),
  bandit: gate('Security issues in Python code (bandit).', {
    path: projectPath('Python code'),
    'fail-on': failOn('medium'),
    'min-confidence': z
      .enum(['low', 'medium', 'high'])
      .default('low')
      .meta({ description: 'Findings below this bandit confidence are dropped (and counted).' }),
    args: toolArgs('bandit', '"--skip", "B101"'),
    exclude: excludeFindings(),
    ignore: ignore(),
  }),
  black: gate('Python formatting (black --check).', {
    path: projectPath('Python code'),
    args: toolArgs('black', '"--line-length", "100"'),
    exclude: excludeFindings(),
    'fail-on': failOn('low'),
  }),
  flake8: gate('Python lint (flake8).', {
    path: projectPath('Python code'),
    args: toolArgs('flake8', '"--max-line-length=88", "--extend-ignore=E203,W503"'),
    exclude: excludeFindings(),
    'fail-on': failOn('low'),
  }),
  django: gate("Django's production settings check (manage.py check --deploy).", {
    ...djangoProjectFields,
    'fail-on': failOn('medium'),
    ignore: ignore(),
  }),
  migrations: gate(
    'Database migrations ready: no model change without its migration (makemigrations --check --dry-run) and, with a database, none left unapplied (migrate --check).',
    {
      ...djangoProjectFields,
      'database-env': databaseEnvField(
        'The variable the settings read the database URL from. When it is set (in env: or the job), `migrate --check --plan` also runs and every unapplied migration fails.',
      ),
    },
  ),
  secrets: gate('Required environment variables are set; no secrets are committed.', {
    'required-env': z
      .array(
        z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }),
      )
      .default([])
      .meta({ description: 'Variables that must be present and non-empty.' }),
    scan: z.boolean().default(true).meta({
      description:
        "Scan the files git tracks (the whole tree outside git) for committed secrets: secretlint's recommended token rules, literal Django SECRET_KEY values and fallbacks, literal database passwords, and committed .env / .env*.local files.",
    }),
    exclude: z.array(z.string()).default([]).meta({
      description:
        'Files the scan skips (fixtures, test data): globs such as "examples/**", or directories.',
    }),
    'fail-on': failOn('high'),
  }),
  'database-tls': gate('The database connection requires TLS.', {
    env: z.string().default('DATABASE_URL').meta({
      description:
        'The environment variable that holds the database URL; it must be set. PostgreSQL needs sslmode=require/verify-ca/verify-full, MySQL ssl-mode=REQUIRED/VERIFY_CA/VERIFY_IDENTITY (or ssl=true), unless the host is this machine (loopback, a Unix socket, or none: libpq’s default socket, unless PGHOST or PGHOSTADDR names another); SQLite warns.',
    }),
    'fail-on': failOn('high'),
  }),
  'npm-audit': gate('Known vulnerabilities in npm dependencies (npm audit).', {
    path: projectPath('Node project'),
    'fail-on': failOn('high'),
    omit: z
      .array(z.enum(['dev', 'optional', 'peer']))
      .default([])
      .meta({ description: 'Dependency types to leave out of the audit.' }),
    args: toolArgs('npm audit', '"--registry", "https://registry.example.com"'),
    ignore: ignore(),
  }),
  eslint: gate('JavaScript/TypeScript lint (the project’s ESLint).', {
    path: projectPath('Node project'),
    args: toolArgs('ESLint', '"--config", "eslint.ci.config.js"'),
    exclude: excludeFindings(),
    'fail-on': failOn('high'),
  }),
  typescript: gate('Type check (the project’s tsc --noEmit).', {
    path: projectPath('Node project'),
    project: z.string().default('tsconfig.json').meta({ description: 'The tsconfig to check.' }),
    args: toolArgs('tsc', '"--strict"'),
    'fail-on': failOn('high'),
  }),
  build: gate('The production build succeeds.', {
    path: projectPath('Node project'),
    run: z.string().min(1).default('npm run build').meta({ description: 'The build command.' }),
    env: envMap().default({}),
  }),
  'headers-config': gate('Security headers (CSP, HSTS, …) are configured in the front end.', {
    path: projectPath('front end'),
    'fail-on': failOn('high'),
  }),
  'https-urls': gate('API base URLs use https://.', {
    path: projectPath('front end'),
    files: z
      .array(repoPath('An env file, relative to the front end.'))
      .default(['.env.production'])
      .meta({ description: 'Env files to read, relative to the front end.' }),
    'fail-on': failOn('high'),
  }),
});

const commandSchema = z.lazy(() =>
  strictObject({
    name: z.string().min(1).meta({ description: 'Shown in the sign-off table.' }),
    run: z.string().min(1).meta({ description: 'A bash command line.' }),
    cwd: repoPath('Working directory, relative to the repository root.').default('.'),
    timeout: duration()
      .prefault('10m')
      .meta({ description: 'Killed (with its children) after this.' }),
    blocking: z.boolean().default(true).meta({ description: 'Whether a failure fails the run.' }),
    env: envMap().default({}),
  }),
);

/** Names a check run may not have: empty, or longer than GitHub shows. */
const checkRunName = z.string().trim().min(1).max(100);

/** A sticky-comment key: it goes into an HTML comment, so only a safe alphabet. */
export const commentKeySchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, {
  error: 'expected letters, digits, ".", "_" or "-" (at most 64)',
});

/**
 * A GitHub login: a user's (letters, digits, hyphens, at most 39) or an app's bot account
 * (`name[bot]`). Something that cannot be a login ("@octocat", a space) would never match a
 * comment, so it fails the config instead.
 */
export const githubLoginSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/, {
  error: 'expected a GitHub login, e.g. github-actions[bot] or a user name',
});

export const signoffSchema = strictObject({
  comment: z.boolean().default(true).meta({
    description:
      'Post the sign-off as one comment on the pull request, updated in place on every run.',
  }),
  'comment-key': commentKeySchema.default('signoff').meta({
    description:
      'Tells apart the comments of several Shipgate jobs on one pull request (e.g. "pre" and "post"): one comment per key.',
  }),
  'comment-author': githubLoginSchema.default('github-actions[bot]').meta({
    description:
      "The login the github-token posts as: only its comments carrying the marker are updated, so that a marker planted in someone else's comment is never edited. Set it to the token's user or app bot when github-token is not the workflow's own token.",
  }),
  'check-run': z
    .union([z.literal(false), z.literal(true), checkRunName])
    .default('Shipgate')
    .transform((value) => (value === true ? 'Shipgate' : value))
    .meta({
      description:
        'Name of the check run (the status check that branch protection can require), or false for none.',
    }),
  'max-annotations': z.number().int().min(0).max(1000).default(200).meta({
    description:
      'Findings annotated on the diff, highest severity first; the rest are counted in the check summary.',
  }),
  deadline: duration().prefault('1m').meta({
    description:
      'How long creating the check run, and then delivering the comment and completing the check run, may each take (every request at most 10 s, or a third of this). Past it Shipgate gives up with a warning; the job summary and the exit code are not held up.',
  }),
})
  .prefault({})
  .meta({ description: 'Where the sign-off is delivered on GitHub.' });

export const configSchema = strictObject({
  version: z
    .literal(1, { error: 'expected 1 (the only config version)' })
    .default(1)
    .meta({ description: 'The config format version.' }),
  concurrency: z
    .number()
    .int()
    .min(1, { error: 'expected at least 1' })
    .optional()
    .meta({ description: 'Checks run in parallel (default: the number of CPUs).' }),
  deadline: duration()
    .prefault('30m')
    .meta({ description: 'The whole run is stopped after this; unfinished checks become errors.' }),
  baseline: z
    .union([
      z.literal(false),
      repoPath('Path of the baseline file, relative to the repository root.'),
    ])
    .optional()
    .meta({
      description:
        'The baseline file: findings accepted when adopting Shipgate, by fingerprint, written by `shipgate baseline`. Only findings not in it are judged. Default: .github/shipgate-baseline.json when it exists; false: no baseline.',
    }),
  changes: z.enum(['lines', 'files', 'off']).default('lines').meta({
    description:
      'When the change has a base (a pull_request event, `--base REF`): `lines` judges only pre-deploy findings on lines it added or edited (an advisory: a package its manifest or lockfile changed), `files` findings in files it touched, `off` every finding. The others are existing, whatever the baseline says.',
  }),
  'pass-github-token': z.boolean().default(false).meta({
    description:
      "Give tools and commands the job's GITHUB_TOKEN (else the github-token input) as GITHUB_TOKEN, e.g. for a command that calls gh. Off by default: like an ordinary run: step, they never see the runner's tokens, the action's inputs or its output files.",
  }),
  pre: strictObject({
    gates: gatesSchema.default({}).meta({
      description:
        'Built-in gates: `true` = on with defaults, `false` = off, or options. Omit the key to let zero-config enable the gates whose inputs exist.',
    }),
    commands: z
      .array(commandSchema)
      .default([])
      .meta({ description: "The checklist's own steps." }),
    'missing-tools': z.enum(['error', 'skip']).default('error').meta({
      description:
        'What a configured gate whose tool is not installed becomes: `error` (a forgotten install must not pass) or `skip` with the install hint (for local runs). Zero-config gates always skip.',
    }),
  })
    .prefault({})
    .meta({ description: 'Pre-deploy gates, run on every pull request.' }),
  post: postSchema
    .prefault({})
    .meta({ description: 'Post-deploy probes against the deployed URLs.' }),
  monitor: monitorSchema,
  signoff: signoffSchema,
}).superRefine((config, context) => {
  // A rollback plan for a target that does not exist is a typo that would go unseen until
  // the incident it was written for.
  const targets = config.post.targets.map((target) => target.name);
  for (const name of Object.keys(config.monitor.rollback)) {
    if (targets.includes(name)) continue;
    context.addIssue({
      code: 'custom',
      path: ['monitor', 'rollback', name],
      message: `no target named "${name}" in post.targets${targets.length ? ` (targets: ${targets.join(', ')})` : ''}`,
    });
  }
});

export type Config = z.output<typeof configSchema>;
export type GatesConfig = z.output<typeof gatesSchema>;
export type GateKind = keyof GatesConfig;
/** The options of one gate once `true` has been expanded to its defaults. */
export type GateOptions<K extends GateKind> = Exclude<NonNullable<GatesConfig[K]>, false>;
export type CommandConfig = z.output<typeof commandSchema>;
export type SignoffConfig = z.output<typeof signoffSchema>;
