import path from 'node:path';
import { requirementLines } from '../gates/pip-audit/parse.ts';
import { parseJson } from '../util/result.ts';
import type { ChangeSet } from './diff.ts';

/**
 * The packages a change added or changed, as dependency-review-action tells them: from the
 * manifests and lockfiles of the base and the head, compared package by package (pure).
 * An advisory about any other package was there before the change.
 */

export type Ecosystem = 'npm' | 'pip';

/** Which files declare a project's packages, and of which ecosystem. */
export function manifestEcosystem(file: string): Ecosystem | undefined {
  const name = path.posix.basename(file);
  if (name === 'package-lock.json' || name === 'package.json') return 'npm';
  if (/^requirements.*\.txt$/.test(name)) return 'pip';
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What each npm package resolves to (name → versions), from package-lock.json or package.json. */
function npmPackages(text: string): Map<string, string> {
  const parsed = parseJson(text);
  const versions = new Map<string, Set<string>>();
  const add = (name: string, version: unknown) => {
    if (!name || typeof version !== 'string') return;
    versions.set(name, (versions.get(name) ?? new Set()).add(version));
  };
  if (!parsed.ok || !isRecord(parsed.value)) return new Map();
  const document = parsed.value;
  if (isRecord(document.packages)) {
    // lockfileVersion 2 and 3: "node_modules/a/node_modules/@s/b" → "@s/b".
    for (const [key, entry] of Object.entries(document.packages)) {
      const name = key.split('node_modules/').pop() ?? '';
      if (key.includes('node_modules/') && isRecord(entry)) add(name, entry.version);
    }
  } else if (isRecord(document.dependencies) && typeof document.lockfileVersion === 'number') {
    // lockfileVersion 1: nested `dependencies`.
    const walk = (dependencies: Record<string, unknown>) => {
      for (const [name, entry] of Object.entries(dependencies)) {
        if (!isRecord(entry)) continue;
        add(name, entry.version);
        if (isRecord(entry.dependencies)) walk(entry.dependencies);
      }
    };
    walk(document.dependencies);
  } else {
    for (const field of [
      'dependencies',
      'devDependencies',
      'optionalDependencies',
      'peerDependencies',
    ]) {
      const declared = document[field];
      if (isRecord(declared)) for (const [name, spec] of Object.entries(declared)) add(name, spec);
    }
  }
  return new Map([...versions].map(([name, set]) => [name, [...set].sort().join(' ')]));
}

/** What each requirement pins (normalised name → what follows the name, without comment or spaces). */
function pipPackages(text: string): Map<string, string> {
  const lines = text.split('\n');
  return new Map(
    [...requirementLines(text)].map(([name, line]) => [
      name,
      (lines[line - 1] ?? '')
        .replace(/#.*/, '')
        .replace(/\s+/g, '')
        .replace(/^[A-Za-z0-9._-]+/, ''),
    ]),
  );
}

const packagesOf = (ecosystem: Ecosystem, text: string | undefined) =>
  text === undefined
    ? new Map<string, string>()
    : ecosystem === 'npm'
      ? npmPackages(text)
      : pipPackages(text);

/** Packages present in `head` that are absent from `base` or resolve differently there. */
export function changedPackages(
  ecosystem: Ecosystem,
  base: string | undefined,
  head: string | undefined,
): Set<string> {
  const before = packagesOf(ecosystem, base);
  const changed = new Set<string>();
  for (const [name, version] of packagesOf(ecosystem, head)) {
    if (before.get(name) !== version) changed.add(name);
  }
  return changed;
}

/** The changed manifests of a change set, by ecosystem, as head paths with their base paths. */
export function changedManifests(
  changes: ChangeSet,
): { ecosystem: Ecosystem; head: string; base: string | undefined }[] {
  return [...changes.files.values()].flatMap((file) => {
    const ecosystem = manifestEcosystem(file.path);
    if (!ecosystem) return [];
    return [
      { ecosystem, head: file.path, base: file.added ? undefined : (file.oldPath ?? file.path) },
    ];
  });
}
