import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/config/post-schema.ts';
import { run, runApplied } from '../../../src/gates/migrations/run.ts';
import { exec } from '../../../src/engine/exec.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/django/shop');
/** Scratch copies, removed once every test (they run concurrently) has finished. */
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

/** A database with every migration applied, made once: each test that needs one copies it. */
let migrated: string;
beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-migrated-'));
  await cp(fixture, root, { recursive: true });
  roots.push(root);
  migrated = path.join(root, 'db.sqlite3');
  await migrate(root, `sqlite:///${migrated}`);
});

/** A copy of the shop project (DRF, two catalog migrations) in a scratch directory. */
async function shop({ withDatabase = false } = {}): Promise<{ root: string; database: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-migrations-'));
  roots.push(root);
  await cp(fixture, root, { recursive: true });
  if (withDatabase) await cp(migrated, path.join(root, 'db.sqlite3'));
  return { root, database: `sqlite:///${path.join(root, 'db.sqlite3')}` };
}

/** Real `manage.py migrate` on the scratch database, up to `target` (default: everything). */
async function migrate(root: string, database: string, ...target: string[]) {
  const result = await exec('/usr/bin/python3', ['manage.py', 'migrate', '-v0', ...target], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database },
  });
  if (result.exitCode !== 0) throw new Error(result.stderr);
}

/** The system python (where Debian's Django is), so that only one test pays for discovery. */
const input = (section: object = {}) => ({
  options: gateOptions('migrations', { python: '/usr/bin/python3', ...section }),
  dir: '.',
  stacks: {},
});

// Each test has a project copy of its own, so they run side by side (Django starts slowly).
describe.concurrent('migrations gate (real manage.py makemigrations / migrate)', () => {
  it('passes a project whose models all have migrations, without a database', async () => {
    const { root } = await shop();
    const context = testContext({ root });
    const outcome = await run({ ...input(), options: gateOptions('migrations') }, context);
    expect(context.logged).toContainEqual(expect.stringMatching(/^using \S*python3 \(Django /));
    expect(outcome).toMatchObject({
      status: 'pass',
      findings: [],
      summary: 'no findings; no model changes without a migration',
    });
  });

  it('fails a model change without its migration, pointing at the models file', async () => {
    const { root } = await shop();
    await appendFile(
      path.join(root, 'catalog/models.py'),
      '    description = models.TextField(default="")\n',
    );
    const outcome = await run(input(), testContext({ root }));
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        rule: 'missing-migration',
        severity: 'high',
        message:
          'catalog: Add field description to product, with no migration (makemigrations would write catalog/migrations/0003_product_description.py)',
        file: 'catalog/models.py',
        hint: 'run `python manage.py makemigrations` and commit the migration with the model change',
      },
    ]);
    // --dry-run: nothing was written into the project.
    await expect(
      readFile(path.join(root, 'catalog/migrations/0003_product_description.py')),
    ).rejects.toThrow();
  });

  it('fails two migrations that branch from one parent (a conflict)', async () => {
    const { root } = await shop();
    const second = await readFile(path.join(root, 'catalog/migrations/0002_product_price.py'));
    await writeFile(
      path.join(root, 'catalog/migrations/0002_colour.py'),
      second.toString().replace("name='price'", "name='colour'"),
    );
    const outcome = await run(input(), testContext({ root }));
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => [f.rule, f.message])).toEqual([
      [
        'migration-conflict',
        'Conflicting migrations detected; multiple leaf nodes in the migration graph: (0002_colour, 0002_product_price in catalog).',
      ],
    ]);
  });

  it('with a database configured, fails the migrations it has not applied', async () => {
    const { root, database } = await shop({ withDatabase: true });
    await migrate(root, database, 'catalog', '0001');
    const outcome = await run(input(), testContext({ root, env: { DATABASE_URL: database } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => [f.rule, f.message])).toEqual([
      [
        'unapplied-migration',
        `catalog.0002_product_price is not applied to DATABASE_URL (sqlite:///${path.join(root, 'db.sqlite3')}) (Add field price to product)`,
      ],
    ]);
    expect(outcome.summary).toBe(
      '1 high (fail-on: high); no model changes without a migration; 1 migration not applied',
    );
  });

  it('with a database that has every migration, passes and says so', async () => {
    const { root, database } = await shop({ withDatabase: true });
    const outcome = await run(
      input({ 'database-env': 'SHOP_DB', env: { SHOP_DB: database, DATABASE_URL: database } }),
      testContext({ root }),
    );
    expect(outcome).toMatchObject({ status: 'pass', findings: [] });
    expect(outcome.summary).toContain('every migration applied to SHOP_DB (sqlite://');
  });

  it('is an error naming the variable when the database cannot be read', async () => {
    const { root } = await shop();
    const outcome = await run(
      input(),
      testContext({ root, env: { DATABASE_URL: 'sqlite:////nonexistent/dir/db.sqlite3' } }),
    );
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toBe(
      'migrations: migrate --check could not read DATABASE_URL (sqlite:////nonexistent/dir/db.sqlite3): django.db.utils.OperationalError: unable to open database file (exit code 1)',
    );
  });

  it('is an error with the cause when the settings cannot be imported', async () => {
    const { root } = await shop();
    const outcome = await run(input({ settings: 'shop.staging' }), testContext({ root }));
    expect(outcome).toMatchObject({
      status: 'error',
      summary:
        "migrations: makemigrations did not run with /usr/bin/python3: ModuleNotFoundError: No module named 'shop.staging'; pre.gates.migrations.settings names a settings module that does not exist (exit code 1)",
    });
  });

  it('gives the configured settings as DJANGO_SETTINGS_MODULE, as the django gate does', async () => {
    const root = path.resolve(import.meta.dirname, '../../fixtures/django/settings-from-env');
    const outcome = await run(
      input({ settings: 'fitness.settings.production', env: { SECRET_KEY: 'only-for-the-test' } }),
      testContext({ root }),
    );
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'no findings; no model changes without a migration',
    });
  });

  it('masks the database URL and its password before anything runs', async () => {
    const { root } = await shop();
    const masked: string[] = [];
    const url = 'postgres://shop:s3cr%40t@db.invalid:5432/shop';
    await run(
      input({ env: { DATABASE_URL: url } }),
      testContext({ root, maskSecret: (value) => masked.push(value) }),
    );
    expect(masked).toEqual([url, 's3cr%40t', 's3cr@t']);
  });
});

describe.concurrent('post-deploy migrations check', () => {
  const options = (section: object = {}) => {
    const parsed = postSchema.parse({
      migrations: { python: '/usr/bin/python3', ...section },
    }).migrations;
    if (!parsed) throw new Error('off');
    return parsed;
  };

  it('needs the production database URL: an error when the variable is unset', async () => {
    const { root } = await shop();
    const outcome = await runApplied(
      options({ 'database-env': 'PRODUCTION_DATABASE_URL' }),
      { dir: '.', stacks: {} },
      testContext({ root }),
    );
    expect(outcome).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('PRODUCTION_DATABASE_URL is not set') as string,
    });
  });

  it('checks only what is applied (a model change is the pre phase’s business)', async () => {
    const { root, database } = await shop({ withDatabase: true });
    await migrate(root, database, 'catalog', '0001');
    await appendFile(
      path.join(root, 'catalog/models.py'),
      '    sku = models.TextField(default="")\n',
    );
    const outcome = await runApplied(
      options(),
      { dir: '.', stacks: {} },
      testContext({ root, env: { DATABASE_URL: database } }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.rule)).toEqual(['unapplied-migration']);
  });
});
