import {
  nodeKind,
  pythonKind,
  REQUIREMENTS,
  type ProjectKind,
  type Stacks,
  type UncheckedProject,
} from './detect.ts';
import type { GateKind } from './schema.ts';

/** "in backend/", or "at the root" for the repository root. */
const where = (dir: string) => (dir === '.' ? 'at the root' : `in ${dir}/`);

/** What zero-config decided: the gates it turns on, and each one it left off with why. */
export interface ZeroConfigPlan {
  enabled: GateKind[];
  leftOff: { gate: GateKind; reason: string }[];
}

/**
 * The gates zero-config turns on for what was detected: each one only where its input
 * exists, so that a repository without, say, a lockfile gets no npm-audit gate to trip on.
 * Every gate it leaves off carries the reason, in words that say what would turn it on.
 */
export function zeroConfigPlan(
  stacks: Stacks,
  env: Readonly<Record<string, string | undefined>>,
): ZeroConfigPlan {
  const plan: ZeroConfigPlan = { enabled: [], leftOff: [] };
  const decide = (gate: GateKind, on: unknown, reason: string) => {
    if (on) plan.enabled.push(gate);
    else plan.leftOff.push({ gate, reason });
  };
  const { python, node } = stacks;
  const noPython = 'no manage.py, requirements.txt or pyproject.toml';
  const noNode = 'no package.json';
  decide(
    'pip-audit',
    python?.requirements || python?.pyproject,
    python ? `no ${REQUIREMENTS.join(', ')} or pyproject.toml ${where(python.dir)}` : noPython,
  );
  for (const gate of ['bandit', 'black', 'flake8'] as const) decide(gate, python, noPython);
  for (const gate of ['django', 'migrations'] as const) {
    decide(gate, python?.manage, python ? `no manage.py ${where(python.dir)}` : noPython);
  }
  decide('secrets', python || node, `${noPython}; ${noNode}`);
  decide('database-tls', env.DATABASE_URL, 'no DATABASE_URL in the environment');
  const inNode = (what: string) => (node ? `${what} ${where(node.dir)}` : noNode);
  decide('npm-audit', node?.lockfile, inNode('no lockfile'));
  decide(
    'eslint',
    node?.eslintConfig || node?.dependencies.includes('eslint'),
    inNode('no ESLint config or eslint dependency'),
  );
  decide('typescript', node?.tsconfig, inNode('no tsconfig.json'));
  decide('build', node?.scripts.build, inNode('no "build" script in package.json'));
  decide('headers-config', node?.next || node?.vercel, inNode('no Next.js or vercel.json'));
  decide('https-urls', node?.envProduction, inNode('no .env.production'));
  return plan;
}

const PROJECT: Record<ProjectKind, string> = {
  Django: 'Django project',
  Python: 'Python project',
  'Next.js': 'Next.js app',
  Node: 'Node project',
};

/** How a config checks a project of this kind instead: the keys that name its folder. */
const NAMED_BY: Record<ProjectKind, string> = {
  Django: "the gates' `path`, and `manage` of django and migrations",
  Python: "the gates' `path`",
  'Next.js': "the gates' `path`",
  Node: "the gates' `path`",
};

/** A project left out, the one checked instead, and how to check it. */
const notChecked = ({ dir, kind, chosen }: UncheckedProject) =>
  `${dir}/: another ${PROJECT[kind]}, not checked (zero-config checks one project of each stack, the one ${where(chosen)}); to check it, name it in .github/shipgate.yml (${NAMED_BY[kind]}).`;

/** What zero-config detected and did, one line each, for the log of every run that used it. */
export function describeZeroConfig(stacks: Stacks, plan: ZeroConfigPlan): string[] {
  const found = [
    ...(stacks.python ? [`${pythonKind(stacks.python)} ${where(stacks.python.dir)}`] : []),
    ...(stacks.node ? [`${nodeKind(stacks.node)} ${where(stacks.node.dir)}`] : []),
  ];
  return [
    `Zero-config (no pre.gates in a config): detected ${found.length ? found.join(', ') : 'no Python or Node project'}.`,
    ...(stacks.unchecked ?? []).map(notChecked),
    `Gates enabled: ${plan.enabled.length ? plan.enabled.join(', ') : 'none'}.`,
    ...(plan.leftOff.length
      ? [`Left off: ${plan.leftOff.map(({ gate, reason }) => `${gate} (${reason})`).join('; ')}.`]
      : []),
  ];
}
