import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/config/post-schema.ts';
import { exec } from '../../../src/engine/exec.ts';
import { planProbes } from '../../../src/probes/plan.ts';
import { testContext } from '../../support/context.ts';
import { startShop } from '../../support/django-shop.ts';
import { closeAll, serve } from '../../support/servers.ts';

afterEach(closeAll);

/** The exposure probe against `url`, planned from config and run as the engine runs it. */
async function exposure(url: string, options: Record<string, unknown> = {}) {
  const post = postSchema.parse({
    wait: { timeout: '5s' },
    targets: [{ name: 'shop', url, probes: [{ type: 'exposure', ...options }] }],
  });
  const [check] = planProbes(post);
  return check!.run(testContext({ root: '/', signal: AbortSignal.timeout(check!.timeoutMs) }));
}

/** The project as a Git repository with a committed .env. */
async function commitEnv(root: string): Promise<void> {
  await writeFile(
    path.join(root, '.env'),
    'SECRET_KEY=leaked-secret-key-value\nDATABASE_URL=postgres://shop:hunter2@db.internal/shop\n',
  );
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'shop');
}

/** …and a build that ships the source map beside the script. */
async function commitEnvAndMap(root: string): Promise<void> {
  await writeFile(
    path.join(root, 'static/app.js.map'),
    JSON.stringify({ version: 3, sources: ['src/app.ts'], names: [], mappings: 'AAAA' }),
  );
  await commitEnv(root);
}

const SHOP_MALFORMED = { malformed: ['/api/products/?filter={'] };

// Each test has a shop of its own, so they run side by side (Django starts slowly).
describe.concurrent('exposure probe (real Django on gunicorn)', { timeout: 120_000 }, () => {
  it('finds nothing on a production-configured shop, even with a .env in the project', async ({
    onTestFinished,
  }) => {
    const shop = await startShop({ prepare: commitEnv });
    onTestFinished(shop.close);
    const outcome = await exposure(shop.url, SHOP_MALFORMED);
    expect(outcome).toMatchObject({ status: 'pass', summary: 'nothing exposed (13 requests)' });
    expect(outcome.findings).toEqual([]);
  });

  it('names every leak of a shop with DEBUG on, its root served and an open admin', async ({
    onTestFinished,
  }) => {
    const shop = await startShop({
      prepare: commitEnvAndMap,
      env: { DEBUG: 'True', SHOP_SERVE_ROOT: 'True', SHOP_OPEN_ADMIN: 'True' },
    });
    onTestFinished(shop.close);
    const outcome = await exposure(shop.url, SHOP_MALFORMED);
    const seen = outcome.findings!.map((f) => [f.rule, f.severity, f.message]);
    expect(seen).toEqual([
      [
        'django-debug',
        'high',
        expect.stringMatching(
          new RegExp(
            `^${shop.url}/shipgate-[0-9a-f]{12}/: a path that does not exist answers 404 with Django's technical page \\("You're seeing this error because you have DEBUG = True"\\): DEBUG is on$`,
          ),
        ),
      ],
      [
        'env-file-served',
        'critical',
        `${shop.url}/.env: an environment file is served: 2 variables (SECRET_KEY, DATABASE_URL; values withheld)`,
      ],
      [
        'git-metadata-served',
        'high',
        `${shop.url}/.git/HEAD: the Git HEAD is served (ref: refs/heads/main): the repository can be downloaded`,
      ],
      [
        'git-metadata-served',
        'high',
        `${shop.url}/.git/config: the Git config is served (sections [core]; values withheld)`,
      ],
      [
        'directory-listing',
        'medium',
        `${shop.url}/static/: a directory listing is served ("Index of ./")`,
      ],
      [
        'source-map-served',
        'low',
        `${shop.url}/static/app.js.map: the source map of the page's own script is public: 1 source file (src/app.ts)`,
      ],
      [
        'stack-trace',
        'high',
        `${shop.url}/api/products/?filter={: a malformed request is answered 500 with a stack trace ("Traceback (most recent call last)")`,
      ],
      [
        'admin-without-login',
        'critical',
        `${shop.url}/admin/: the admin answers 200 with its own content to a visitor who has not logged in ("Site administration | Django site admin")`,
      ],
    ]);
    expect(outcome.status).toBe('fail');
    expect(JSON.stringify(outcome)).not.toMatch(/hunter2|leaked-secret-key-value/);
  });
});

describe('exposure probe: false alarms', () => {
  it('an SPA answering its index for every path exposes nothing', async () => {
    const index =
      '<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script src="/assets/app.js"></script></body></html>';
    const spa = await serve((req, res) => {
      if (req.url === '/assets/app.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end('console.log(1)');
      } else res.writeHead(200, { 'content-type': 'text/html' }).end(index);
    });
    const outcome = await exposure(spa.url);
    expect(outcome).toMatchObject({ status: 'pass', findings: [] });
  });
});
