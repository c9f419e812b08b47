import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec } from '../../src/engine/exec.ts';

/**
 * The shop fixture (Django, DRF, SimpleJWT) served by a real WSGI server, gunicorn, on
 * 127.0.0.1 at a port it picks itself: a scratch copy, migrated, with one user, in the variant
 * the environment chooses (DEBUG, SHOP_SERVE_ROOT, SHOP_OPEN_ADMIN).
 */

const SHOP_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/django/shop');
const PYTHON = '/usr/bin/python3';

export interface ShopServer {
  url: string;
  /** The scratch copy of the project, for a test to add files the variant serves. */
  root: string;
  close: () => Promise<void>;
}

export interface ShopOptions {
  env?: Record<string, string>;
  /** Called on the scratch copy before the server starts. */
  prepare?: (root: string) => Promise<void>;
  /** A user made with `createsuperuser`. */
  user?: { username: string; password: string };
}

async function manage(root: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<void> {
  const result = await exec(PYTHON, ['manage.py', ...args], { cwd: root, env });
  if (result.exitCode !== 0) throw new Error(`manage.py ${args[0]}: ${result.stderr}`);
}

export async function startShop(options: ShopOptions = {}): Promise<ShopServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-shop-'));
  await cp(SHOP_FIXTURE, root, { recursive: true });
  await options.prepare?.(root);
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:///${path.join(root, 'db.sqlite3')}`,
    ...options.env,
  };
  await manage(root, env, 'migrate', '-v0');
  if (options.user) {
    await manage(
      root,
      {
        ...env,
        DJANGO_SUPERUSER_USERNAME: options.user.username,
        DJANGO_SUPERUSER_PASSWORD: options.user.password,
        DJANGO_SUPERUSER_EMAIL: 'admin@example.com',
      },
      'createsuperuser',
      '--noinput',
    );
  }
  const child = spawn(
    PYTHON,
    ['-m', 'gunicorn', '--bind', '127.0.0.1:0', '--workers', '1', 'shop.wsgi'],
    { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      log += chunk;
      const listening = /Listening at: (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (listening && /Booting worker/.test(log)) resolve(listening[1]!);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`gunicorn exited ${code}: ${log}`)));
  });
  child.stderr.resume();
  return {
    url,
    root,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}
