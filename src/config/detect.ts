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
  /**
   * Projects found beside the chosen one, at its depth, and not checked: zero-config checks
   * one project of each stack. Absent when there are none.
   */
  unchecked?: UncheckedProject[];
}

/** What a project is, as the log names it. */
export type ProjectKind = 'Django' | 'Python' | 'Next.js' | 'Node';

/** A project zero-config found and did not choose. */
export interface UncheckedProject {
  dir: string;
  kind: ProjectKind;
  /** The folder of the project of its stack that was chosen instead. */
  chosen: string;
}

export const pythonKind = (python: NonNullable<Stacks['python']>): ProjectKind =>
  python.manage ? 'Django' : 'Python';
export const nodeKind = (node: NonNullable<Stacks['node']>): ProjectKind =>
  node.next ? 'Next.js' : 'Node';

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
      if (entries.some((e) => e.isDirectory() && e.name === REQUIREMENTS_DIR)) {
        await addRequirementsFiles(root, dir, found.get(dir)!);
      }
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

/** A project's pinned requirements may live in a folder of their own (requirements/production.txt). */
const REQUIREMENTS_DIR = 'requirements';

async function addRequirementsFiles(root: string, dir: string, files: Set<string>): Promise<void> {
  const entries = await readdir(path.join(root, dir, REQUIREMENTS_DIR), {
    withFileTypes: true,
  }).catch(() => []);
  for (const entry of entries) if (entry.isFile()) files.add(`${REQUIREMENTS_DIR}/${entry.name}`);
}

const join = (dir: string, file: string) => (dir === '.' ? file : `${dir}/${file}`);
const first = (files: Set<string>, names: readonly string[]) => names.find((n) => files.has(n));

/**
 * Finds the Python/Django and Node/Next projects in a repository, the way DESIGN.md's
 * zero-config promises: manage.py / requirements.txt / pyproject.toml, package.json /
 * next.config.*. Of each stack it takes the shallowest project; between several at that depth,
 * a Django project or a Next.js app before the others, then the first by name. The others at
 * that depth are named in `unchecked`, so that the log can say what was not checked.
 */
export async function detectStacks(root: string): Promise<Stacks> {
  const dirs = [...(await directories(root))];
  const python = choose(
    shallowest(dirs.filter(([, files]) => isPythonProject(files))).map(([dir, files]) =>
      describePythonProject(dir, files),
    ),
    (project) => Boolean(project.manage),
  );
  const node = choose(
    await Promise.all(
      shallowest(dirs.filter(([, files]) => files.has('package.json'))).map(([dir, files]) =>
        describeNodeProject(root, dir, files),
      ),
    ),
    (project) => project.next,
  );
  const unchecked = [...unchosen(python, pythonKind), ...unchosen(node, nodeKind)];
  return {
    ...(python ? { python: python.chosen } : {}),
    ...(node ? { node: node.chosen } : {}),
    ...(unchecked.length ? { unchecked } : {}),
  };
}

const depth = (dir: string) => (dir === '.' ? 0 : dir.split('/').length);

/** The entries at the least depth among `dirs` (in the name order they come in). */
function shallowest<T extends readonly [string, ...unknown[]]>(dirs: readonly T[]): T[] {
  const least = Math.min(...dirs.map(([dir]) => depth(dir)));
  return dirs.filter(([dir]) => depth(dir) === least);
}

/** The first `preferred` project, else the first; and the others. */
function choose<T>(projects: readonly T[], preferred: (project: T) => boolean) {
  const chosen = projects.find(preferred) ?? projects[0];
  return chosen === undefined
    ? undefined
    : { chosen, others: projects.filter((project) => project !== chosen) };
}

function unchosen<T extends { dir: string }>(
  choice: { chosen: T; others: T[] } | undefined,
  kind: (project: T) => ProjectKind,
): UncheckedProject[] {
  if (!choice) return [];
  const chosen = choice.chosen.dir;
  return choice.others.map((project) => ({ dir: project.dir, kind: kind(project), chosen }));
}

/** Where a project pins what production installs: the first of these that exists. */
export const REQUIREMENTS = [
  'requirements.txt',
  'requirements/production.txt',
  'requirements/prod.txt',
  'requirements/base.txt',
];

const isPythonProject = (files: Set<string>) =>
  files.has('manage.py') || files.has('pyproject.toml') || Boolean(first(files, REQUIREMENTS));

function describePythonProject(dir: string, files: Set<string>): NonNullable<Stacks['python']> {
  const requirements = first(files, REQUIREMENTS);
  return {
    dir,
    ...(files.has('manage.py') ? { manage: join(dir, 'manage.py') } : {}),
    ...(requirements ? { requirements: join(dir, requirements) } : {}),
    ...(files.has('pyproject.toml') ? { pyproject: join(dir, 'pyproject.toml') } : {}),
  };
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
