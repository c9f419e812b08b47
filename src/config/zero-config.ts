import type { Stacks } from './detect.ts';
import type { GateKind } from './schema.ts';

/**
 * The gates zero-config turns on for what was detected: each one only where its input
 * exists, so that a repository without, say, a lockfile gets no npm-audit gate to trip on.
 */
export function detectedGates(
  stacks: Stacks,
  env: Readonly<Record<string, string | undefined>>,
): GateKind[] {
  const gates: GateKind[] = [];
  const { python, node } = stacks;
  if (python) {
    if (python.requirements || python.pyproject) gates.push('pip-audit');
    gates.push('bandit', 'black', 'flake8');
    if (python.manage) gates.push('django', 'migrations');
  }
  if (python || node) gates.push('secrets');
  if (env.DATABASE_URL) gates.push('database-tls');
  if (node) {
    if (node.lockfile) gates.push('npm-audit');
    if (node.eslintConfig || node.dependencies.includes('eslint')) gates.push('eslint');
    if (node.tsconfig) gates.push('typescript');
    if (node.scripts.build) gates.push('build');
    if (node.next || node.vercel) gates.push('headers-config');
    if (node.envProduction) gates.push('https-urls');
  }
  return gates;
}
