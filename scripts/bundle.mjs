// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// ncc deletes every .js file under its output directory, so each entry is built into a
// scratch directory first and the results are assembled into a fresh dist/. Type checking is
// `npm run typecheck`'s job (--transpile-only): the bundle depends on the sources alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const entries = [
  { source: 'src/index.ts', out: 'dist' },
  { source: 'src/cli.ts', out: 'dist/cli' },
];
const scratch = mkdtempSync(path.join(tmpdir(), 'shipgate-bundle-'));
try {
  for (const { source, out } of entries) {
    const target = path.join(scratch, out);
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        source,
        '-o',
        target,
        '--license',
        'licenses.txt',
        '--quiet',
        '--target',
        'es2023',
      ],
      { stdio: 'inherit' },
    );
  }
  rmSync('dist', { recursive: true, force: true });
  cpSync(path.join(scratch, 'dist'), 'dist', { recursive: true });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
