// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with esbuild, and the
// scripts they start in worker threads (dist/chunks/*-worker.js).
//
// Both entries are ES modules split into shared chunks (dist/chunks/): code behind an
// `import()` is loaded only when a run needs it (a gate, a probe, Octokit, SARIF), and the
// action and the CLI share those chunks instead of each carrying a copy. What the bundle can
// never call is replaced by a stub (scripts/stubs/), so that it is neither shipped nor
// compiled at start. The output is not minified: dist/ stays readable, and its source maps
// point a stack trace at src/. Type checking is `npm run typecheck`'s job: the bundle depends
// on the sources alone.
import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions } from './bundle-options.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
rmSync(out, { recursive: true, force: true });
const { metafile } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/index.ts',
    'cli/index': 'src/cli/index.ts',
    // A worker thread's script is a file of its own, beside the chunk that starts it, which
    // finds it by its name (src/gates/headers-config/run.ts).
    'chunks/headers-config-worker': 'src/gates/headers-config/headers-config-worker.ts',
  },
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  metafile: true,
  ...bundleOptions,
});

// Node runs dist/ as ES modules even where the package.json above it says otherwise.
writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
chmodSync(path.join(out, 'cli/index.js'), 0o755);
// playwright-core reads its browser table from its package root, which is dist/ once bundled.
copyFileSync(
  path.join(root, 'node_modules/playwright-core/browsers.json'),
  path.join(out, 'browsers.json'),
);
writeFileSync(path.join(out, 'licenses.txt'), thirdPartyLicenses(metafile));

/** Every bundled package's name, version, license and license text, sorted by name. */
function thirdPartyLicenses({ inputs }) {
  const packages = new Map();
  for (const input of Object.keys(inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const dir = path.join(root, input.slice(0, match.index + match[0].length));
    if (!packages.has(match[1])) packages.set(match[1], dir);
  }
  return [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '(no license file)';
      return `${name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text}\n`;
    })
    .join('\n');
}
