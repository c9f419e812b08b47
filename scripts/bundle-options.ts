// How dist/ is bundled, shared by the bundle (scripts/bundle.mjs) and the start-up bench,
// which bundles the libraries the start needs the same way to measure them alone.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

const stub = (file: string) =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'stubs', file);

/**
 * Modules of dependencies that Shipgate never calls, by the importing package and the
 * specifier it uses, and the stub that takes their place.
 */
const STUBS = [
  // getIDToken (OIDC) is the only user of @actions/http-client, and through it of undici.
  { importer: '@actions/core', specifier: './oidc-utils.js', stub: stub('oidc-utils.js') },
  // core.platform.getDetails runs `uname` and friends through @actions/exec and @actions/io.
  { importer: '@actions/core', specifier: './platform.js', stub: stub('actions-platform.js') },
  // zod's error messages in 60 languages; Shipgate speaks English.
  { importer: 'zod', specifier: '../locales/index.js', stub: stub('zod-locales.js') },
  // z.compile and z.fromJSONSchema: Shipgate's schemas are built in code and parsed at run time.
  { importer: 'zod', specifier: './compile.js', stub: stub('zod-compile.js') },
  { importer: 'zod', specifier: './from-json-schema.js', stub: stub('zod-from-json-schema.js') },
];

const stubs: Plugin = {
  name: 'stubs',
  setup(build) {
    for (const { importer, specifier, stub: file } of STUBS) {
      const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      build.onResolve({ filter }, (args) =>
        args.importer.includes(`/node_modules/${importer}/`) ? { path: file } : undefined,
      );
    }
  },
};

/** esbuild's options for every bundle: ES modules for Node 24, mapped to their sources. */
export const bundleOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubs],
  // Bundled CommonJS dependencies still call require() for Node's built-in modules, and
  // some (playwright-core) name their own folder with __dirname.
  banner: {
    js: "import { createRequire as __shipgateRequire } from 'node:module';\nconst require = __shipgateRequire(import.meta.url);\nconst __filename = import.meta.filename;\nconst __dirname = import.meta.dirname;",
  },
};
