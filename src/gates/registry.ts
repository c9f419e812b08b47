import type { GateKind } from '../config/schema.ts';
import type { GateEntry } from './kit/gate.ts';

/**
 * Every built-in gate, in the order the sign-off lists them. Modules are imported lazily so
 * that a run pays only for the gates it plans. Complete: a gate in the schema without an
 * entry here fails the type check.
 */
export const GATES = {
  'pip-audit': {
    title: 'Dependency security (pip-audit)',
    stack: 'python',
    load: () => import('./pip-audit/run.ts'),
  },
  bandit: {
    title: 'Code security (bandit)',
    stack: 'python',
    load: () => import('./bandit/run.ts'),
  },
  black: {
    title: 'Code formatting (black)',
    stack: 'python',
    load: () => import('./black/run.ts'),
  },
  flake8: {
    title: 'Code quality (flake8)',
    stack: 'python',
    load: () => import('./flake8/run.ts'),
  },
  django: {
    title: 'Production settings (Django check --deploy)',
    stack: 'python',
    load: () => import('./django/run.ts'),
  },
  migrations: {
    title: 'Database migrations ready',
    stack: 'python',
    load: () => import('./migrations/run.ts'),
  },
  secrets: { title: 'Secret management', stack: 'root', load: () => import('./secrets/run.ts') },
  'database-tls': {
    title: 'Database TLS',
    stack: 'root',
    load: () => import('./database-tls/run.ts'),
  },
  'npm-audit': {
    title: 'Dependency security (npm audit)',
    stack: 'node',
    load: () => import('./npm-audit/run.ts'),
  },
  eslint: { title: 'Code quality (ESLint)', stack: 'node', load: () => import('./eslint/run.ts') },
  typescript: {
    title: 'Type check (TypeScript)',
    stack: 'node',
    load: () => import('./typescript/run.ts'),
  },
  build: {
    title: 'Production build',
    stack: 'node',
    writesTree: true,
    load: () => import('./build/run.ts'),
  },
  'headers-config': {
    title: 'Security headers configured',
    stack: 'node',
    load: () => import('./headers-config/run.ts'),
  },
  'https-urls': {
    title: 'API URLs on HTTPS',
    stack: 'node',
    load: () => import('./https-urls/run.ts'),
  },
} satisfies { [K in GateKind]: GateEntry<K> };
