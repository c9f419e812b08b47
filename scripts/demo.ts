// `npm run demo`: the whole Shipgate pipeline on the bundled example (examples/crm), with the
// bundled CLI, exactly as a user would run it — pre-deploy gates on the code, post-deploy
// probes against a local stand-in for the deployed API — and the sign-off printed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_USER, startDemoDeployment } from './demo/deployment.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(repo, 'examples/crm');
const frontend = path.join(example, 'frontend');

// The front-end gates run the project's own ESLint and tsc: install them once.
if (!existsSync(path.join(frontend, 'node_modules'))) {
  console.log('Installing the example front end’s dependencies (npm ci in examples/crm/frontend)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: frontend,
    stdio: 'inherit',
  });
  if (install.status !== 0)
    console.log('npm ci failed: the front-end gates will report their tools as missing.');
}

const deployment = await startDemoDeployment();
console.log(`Stand-in for the deployed API listening on ${deployment.url}\n`);

const code = await new Promise<number | null>((resolve) => {
  const child = spawn(
    process.execPath,
    [path.join(repo, 'dist/cli/index.js'), 'run', '--root', example, '--url', deployment.url],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        // What the production environment would provide; the URL deliberately lacks sslmode.
        DATABASE_URL: 'postgres://crm:demo-password@db.internal:5432/crm',
        SECRET_KEY: 'a-production-secret-from-the-environment-0123456789-abcdefghij',
        // The smoke-test account the auth probe logs in with (a secret in a real workflow).
        CRM_SMOKE_USER: DEMO_USER.username,
        CRM_SMOKE_PASSWORD: DEMO_USER.password,
      },
    },
  );
  child.once('close', resolve);
});
deployment.server.close();

if (code === 0 || code === 1) {
  console.log(
    `\nThe example has deliberate findings (examples/crm/README.md), so a "fail" verdict is the expected outcome.`,
  );
  process.exitCode = 0;
} else {
  process.exitCode = code ?? 1;
}
