import type { Stacks } from '../config/detect.ts';
import type { PostMigrationsConfig } from '../config/post-schema.ts';
import type { Config, GateKind, GateOptions, GatesConfig } from '../config/schema.ts';
import { runCommand } from '../gates/command/run.ts';
import { planProbes, type DeploymentInfo } from '../probes/plan.ts';
import { gateDir, type GateEntry } from '../gates/kit/gate.ts';
import { GATES } from '../gates/registry.ts';
import type { Phase } from '../core/model.ts';
import type { PlannedCheck } from './check.ts';
import { slug, uniqueId } from '../util/text.ts';

export type PhaseFilter = Phase | 'all';

export interface PlanInput {
  config: Config;
  stacks: Stacks;
  /** Gates that zero-config enabled rather than the user: their missing tools only skip. */
  autoDetected: ReadonlySet<GateKind>;
  phase: PhaseFilter;
  /** The deployment URL and commit a deployment_status event supplies, for the post probes. */
  deployment?: DeploymentInfo;
}

/** Turns the validated config into the ordered list of checks to run. */
export function planChecks({
  config,
  stacks,
  autoDetected,
  phase,
  deployment,
}: PlanInput): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  if (phase === 'pre' || phase === 'all') {
    const skipsMissingTools = config.pre['missing-tools'] === 'skip';
    const skipIfToolMissing = (kind: GateKind) => skipsMissingTools || autoDetected.has(kind);
    checks.push(...planGates(config.pre.gates, stacks, skipIfToolMissing));
    const ids = new Set<string>();
    for (const command of config.pre.commands) {
      checks.push({
        id: uniqueId(`pre/command/${slug(command.name, 'command')}`, ids),
        phase: 'pre',
        kind: 'command',
        title: command.name,
        blocking: command.blocking,
        timeoutMs: command.timeout,
        skipIfToolMissing: false,
        run: (context) => runCommand(command, context),
      });
    }
  }
  if (phase === 'post' || phase === 'all') {
    checks.push(...planProbes(config.post, deployment));
    if (config.post.migrations) checks.push(planAppliedMigrations(config.post.migrations, stacks));
  }
  return checks;
}

/** The post-deploy migrations check: against the production database, after the deploy. */
function planAppliedMigrations(options: PostMigrationsConfig, stacks: Stacks): PlannedCheck {
  return {
    id: 'post/migrations',
    phase: 'post',
    kind: 'migrations',
    title: 'Database migrations applied',
    blocking: options.blocking,
    timeoutMs: options.timeout,
    skipIfToolMissing: false,
    run: async (context) =>
      (await import('../gates/migrations/run.ts')).runApplied(
        options,
        { dir: stacks.python?.dir ?? '.', stacks },
        context,
      ),
  };
}

function planGates(
  gates: GatesConfig,
  stacks: Stacks,
  skipIfToolMissing: (kind: GateKind) => boolean,
): PlannedCheck[] {
  const planned: PlannedCheck[] = [];
  for (const kind of Object.keys(GATES) as GateKind[]) {
    const setting = gates[kind];
    if (!setting) continue;
    planned.push(
      planGate(
        kind,
        GATES[kind] as GateEntry<typeof kind>,
        setting,
        { stacks, gates },
        skipIfToolMissing(kind),
      ),
    );
  }
  return planned;
}

function planGate<K extends GateKind>(
  kind: K,
  entry: GateEntry<K>,
  setting: GateOptions<GateKind>,
  { stacks, gates }: { stacks: Stacks; gates: GatesConfig },
  skipIfToolMissing: boolean,
): PlannedCheck {
  const options = setting as GateOptions<K>;
  const dir = gateDir(entry.stack, options, stacks);
  return {
    id: `pre/${kind}`,
    phase: 'pre',
    kind,
    title: entry.title,
    blocking: options.blocking,
    timeoutMs: options.timeout,
    skipIfToolMissing,
    ...(entry.writesTree ? { writesTree: true } : {}),
    run: async (context) => (await entry.load()).run({ options, dir, stacks, gates }, context),
  };
}
