import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact, scanEnvFile, scanForSecrets } from '../../../src/gates/secrets/scan.ts';
import { run } from '../../../src/gates/secrets/run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
// Token-shaped values are assembled at run time so that this file itself holds none.
const ghp = ['ghp', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('_');
const slack = ['xoxb', '123456789012', '1234567890123', 'AbCdEfGhIjKlMnOpQrStUvWx'].join('-');
const armour = (label: string) => ['-----BEGIN', `${label}-----`].join(' ');
const options = (overrides: object = {}) => gateOptions('secrets', overrides);
const where = (findings: { rule: string; file?: string; line?: number }[] = []) =>
  findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-secrets-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

describe('secrets gate', () => {
  it('finds the committed secrets of the CRM backend, redacted', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'shipgate-crm-'));
    await cp(path.join(repo, 'examples/crm/backend'), root, { recursive: true });
    const outcome = await run({ options: options(), dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.status).toBe('fail');
    expect(where(outcome.findings)).toEqual([
      'aws-access-key-id jewellery/legacy_settings.py:4',
      'django-secret-key jewellery/legacy_settings.py:3',
    ]);
    expect(outcome.findings?.map((f) => f.message).sort()).toEqual([
      'a literal Django SECRET_KEY is committed (…0e4a)',
      'an AWS access key id is committed (AKIA…MPLE)',
    ]);
  });

  it('checks required variables without ever printing a value, masking each one', async () => {
    const masked: string[] = [];
    const context = testContext({
      root: await tree({}),
      env: { SECRET_KEY: 's3cr3t-value-123', DATABASE_URL: '  ' },
      maskSecret: (value) => masked.push(value),
    });
    const outcome = await run(
      {
        options: options({
          'required-env': ['SECRET_KEY', 'DATABASE_URL', 'SENTRY_DSN'],
          scan: false,
        }),
        dir: '.',
        stacks: {},
      },
      context,
    );
    expect(masked).toEqual(['s3cr3t-value-123']);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.message)).toEqual([
      'required environment variable DATABASE_URL is set but empty',
      'required environment variable SENTRY_DSN is not set',
    ]);
    expect(JSON.stringify(outcome)).not.toContain('s3cr3t');
    expect(outcome.summary).toBe('2 high (fail-on: high); 3 required variables checked');
  });

  it('walks the tree outside git, skipping venvs, node_modules, binaries and excluded globs', async () => {
    const root = await tree({
      'app/config.py': `TOKEN = "${ghp}"\n`,
      'app/deploy.pem': `${armour('RSA PRIVATE KEY')}\nMIIE...\n`,
      '.venv/lib/x.py': `T = "${ghp}"\n`,
      'node_modules/pkg/index.js': `t = "${ghp}"\n`,
      'fixtures/fake.txt': `${slack}\n`,
      'img.bin': `\u0000${ghp}`,
    });
    const outcome = await run(
      { options: options({ exclude: ['fixtures/**'] }), dir: '.', stacks: {} },
      testContext({ root }),
    );
    expect(where(outcome.findings)).toEqual([
      'github-token app/config.py:1',
      'private-key app/deploy.pem:1',
    ]);
    const token = outcome.findings?.find((f) => f.rule === 'github-token');
    expect(token).toMatchObject({
      severity: 'critical',
      column: 10,
      message: 'a GitHub token is committed (ghp_…Q7r8)',
    });
    expect(JSON.stringify(outcome)).not.toContain(ghp);
  });

  it('reads what git would commit: tracked and new files, not ignored ones', async () => {
    const root = await tree({
      '.gitignore': 'local.py\n',
      'tracked.py': `SLACK = "${slack}"\n`,
      'new.py': `GH = "${ghp}"\n`,
      'local.py': `GH = "${ghp}"\n`,
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'tracked.py', '.gitignore'], { cwd: root });
    const context = testContext({ root });
    const outcome = await run({ options: options(), dir: '.', stacks: {} }, context);
    expect(where(outcome.findings)).toEqual(['github-token new.py:1', 'slack-token tracked.py:1']);
    expect(context.logged).toContain('scanning 3 files (tracked by git)');
  });

  it('passes a clean tree', async () => {
    const outcome = await run(
      { options: options(), dir: '.', stacks: {} },
      testContext({ root: await tree({ 'a.py': 'SECRET_KEY = os.environ["SECRET_KEY"]\n' }) }),
    );
    expect(outcome).toMatchObject({ status: 'pass', summary: 'no findings; 1 file scanned' });
  });
});

describe('secret patterns', () => {
  it('recognises each kind and shows only the public prefix and the last four characters', () => {
    const text = [
      `aws_secret_access_key = "${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'}EXAMPLEKEY"`,
      `key = "${['AIza', 'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'].join('')}"`,
      `pat = ${['github', 'pat', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123'].join('_')}`,
      `hook = https://hooks.slack.com/services/T0000/B0000/${'XXXXXXXXXXXXXXXXXXXXXXXX'}`,
      `stripe = ${['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_')}`,
      armour('OPENSSH PRIVATE KEY'),
      'SECRET_KEY = ""',
      'const notAKey = "AKIA-not-a-key"; const ghp_short = 1;',
    ].join('\n');
    expect(
      scanForSecrets('conf/x.py', text).map((f) => `${f.rule}:${f.line} ${f.message}`),
    ).toEqual([
      'aws-secret-access-key:1 an AWS secret access key is committed (…EKEY)',
      'gcp-api-key:2 a Google Cloud API key is committed (AIza…5p6Q)',
      'github-token:3 a GitHub fine-grained token is committed (github_pat_…0123)',
      'slack-webhook:4 a Slack incoming-webhook URL is committed (https://hooks.slack.com/services/…XXXX)',
      'stripe-secret-key:5 a Stripe live secret key is committed (sk_live_…p7dc)',
      'private-key:6 a private key is committed (OPENSSH PRIVATE KEY)',
    ]);
  });

  it('flags a literal SECRET_KEY only in Python files', () => {
    expect(scanForSecrets('a.py', "SECRET_KEY = 'abc'").map((f) => f.rule)).toEqual([
      'django-secret-key',
    ]);
    expect(scanForSecrets('a.md', "SECRET_KEY = 'abc'")).toEqual([]);
  });

  it('redacts short secrets to their prefix alone', () => {
    expect(redact('abcdefgh', 0)).toBe('…');
    expect(redact('ghp_1234567890abcdef', 4)).toBe('ghp_…cdef');
  });
});

describe('committed env files', () => {
  it('flags .env and .env*.local whatever they hold, never templates', () => {
    expect(scanEnvFile('backend/.env', '').map((f) => f.rule)).toEqual(['committed-env-file']);
    expect(scanEnvFile('.env.production.local', 'A=1').map((f) => f.rule)).toEqual([
      'committed-env-file',
    ]);
    expect(scanEnvFile('.env.example', 'SECRET_KEY=real-looking-value')).toEqual([]);
  });

  it('in other env files, flags secret-named variables with real values only', () => {
    const text = [
      'NEXT_PUBLIC_API_URL=https://api.example.com',
      'NEXT_PUBLIC_STRIPE_API_KEY=pk_test_123',
      'DATABASE_PASSWORD="hunter2hunter2"',
      'API_TOKEN=${API_TOKEN}',
      'export AUTH_SECRET=',
      'SENTRY_AUTH_TOKEN=<set in vercel>',
    ].join('\n');
    expect(scanEnvFile('frontend/.env.production', text)).toEqual([
      expect.objectContaining({
        rule: 'secret-in-env-file',
        line: 3,
        message: 'DATABASE_PASSWORD has a value committed in .env.production (…)',
      }),
    ]);
  });
});
