import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** What zero-config found in the repository; every path is relative to the root, POSIX-style. */
export interface Stacks {
  python?: {
    dir: string;
    manage?: string;
    requirements?: string;
    pyproject?: string;
  };
  node?: {
    dir: string;
    next: boolean;
    lockfile?: string;
    eslintConfig?: string;
    tsconfig?: string;
    scripts: Record<string, string>;
    dependencies: string[];
    vercel: boolean;
    envProduction?: string;
  };
}

const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.venv',
  'venv',
  'env',
  '__pycache__',
  'dist',
  'build',
  '.next',
  'out',
  'coverage',
  '.tox',
  '.mypy_cache',
  'site-packages',
]);
const MAX_DEPTH = 3;

/** The directories to look at, shallowest first, so that the root project wins a tie. */
async function directories(root: string): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  let level = ['.'];
  for (let depth = 0; depth <= MAX_DEPTH && level.length; depth++) {
    const nextLevel: string[] = [];
    for (const dir of level) {
      const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
      found.set(dir, new Set(entries.filter((e) => e.isFile()).map((e) => e.name)));
      for (const entry of entries) {
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) {
          nextLevel.push(dir === '.' ? entry.name : `${dir}/${entry.name}`);
        }
      }
    }
    level = nextLevel.sort();
  }
  return found;
}

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);
const first = (files: Set<string>, names: readonly string[]) => names.find((n) => files.has(n));

/**
 * Finds the Python/Django and Node/Next projects in a repository (the shallowest of each),
 * the way DESIGN.md's zero-config promises: manage.py / requirements.txt / pyproject.toml,
 * package.json / next.config.*.
 */
export async function detectStacks(root: string): Promise<Stacks> {
  const stacks: Stacks = {};
  for (const [dir, files] of await directories(root)) {
    const manage = files.has('manage.py');
    const requirements = first(files, ['requirements.txt', 'requirements/production.txt']);
    const pyproject = files.has('pyproject.toml');
    if (!stacks.python && (manage || requirements || pyproject)) {
      stacks.python = {
        dir,
        ...(manage ? { manage: join(dir, 'manage.py') } : {}),
        ...(requirements ? { requirements: join(dir, requirements) } : {}),
        ...(pyproject ? { pyproject: join(dir, 'pyproject.toml') } : {}),
      };
    }
    if (!stacks.node && files.has('package.json')) {
      stacks.node = await describeNodeProject(root, dir, files);
    }
  }
  return stacks;
}

async function describeNodeProject(
  root: string,
  dir: string,
  files: Set<string>,
): Promise<NonNullable<Stacks['node']>> {
  let manifest: { scripts?: unknown; dependencies?: unknown; devDependencies?: unknown } = {};
  try {
    manifest = JSON.parse(
      await readFile(path.join(root, dir, 'package.json'), 'utf8'),
    ) as typeof manifest;
  } catch {
    // An unreadable package.json still marks a Node project; its gates report the problem.
  }
  const record = (value: unknown): Record<string, string> =>
    value && typeof value === 'object' ? (value as Record<string, string>) : {};
  const dependencies = [
    ...Object.keys(record(manifest.dependencies)),
    ...Object.keys(record(manifest.devDependencies)),
  ];
  const lockfile = first(files, [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
  ]);
  const eslintConfig = [...files].find((f) =>
    /^(eslint\.config\.[cm]?[jt]s|\.eslintrc(\.(c?js|json|ya?ml))?)$/.test(f),
  );
  const envProduction = first(files, ['.env.production']);
  return {
    dir,
    next:
      [...files].some((f) => /^next\.config\.(js|mjs|cjs|ts)$/.test(f)) ||
      dependencies.includes('next'),
    ...(lockfile ? { lockfile: join(dir, lockfile) } : {}),
    ...(eslintConfig ? { eslintConfig: join(dir, eslintConfig) } : {}),
    ...(files.has('tsconfig.json') ? { tsconfig: join(dir, 'tsconfig.json') } : {}),
    scripts: record(manifest.scripts),
    dependencies,
    vercel: files.has('vercel.json'),
    ...(envProduction ? { envProduction: join(dir, envProduction) } : {}),
  };
}
