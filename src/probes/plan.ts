import type { PostConfig, ProbeConfig } from '../config/post-schema.ts';
import type { PlannedCheck } from '../engine/check.ts';
import { slug, uniqueId } from '../util/text.ts';
import type { Target } from './target.ts';

/** What a run knows about the deployment beyond the config (from a deployment_status event). */
export interface DeploymentInfo {
  /** Base URL for targets that have no `url` of their own. */
  deploymentUrl?: string;
  /** The commit the deployment should run: the revision probe compares against it. */
  expectedRevision?: string;
}

/** "backend: health /api/health/" */
const titleOf = (target: string, probe: ProbeConfig) =>
  probe.type === 'tls' ? `${target}: tls` : `${target}: ${probe.type} ${probe.path}`;

/** `post/backend/page/admin-login`: target, probe type and path, readable and stable. */
const idOf = (target: string, probe: ProbeConfig) => {
  const path = probe.type === 'tls' ? '' : slug(probe.path, '');
  return `post/${slug(target, 'target')}/${probe.type}${path ? `/${path}` : ''}`;
};

/**
 * One PlannedCheck per configured probe (phase `post`), ids `post/<target>/<type>/<path>`
 * made unique with -2, -3…. Each check first shares its target's readiness wait, so its
 * budget is the wait timeout plus its own.
 */
export function planProbes(post: PostConfig, deployment: DeploymentInfo = {}): PlannedCheck[] {
  const ids = new Set<string>();
  return post.targets.flatMap((config) => {
    // One Target per configured target, shared by its probes (they share its readiness
    // wait), created on first use: the probe runtime is loaded only when a probe runs.
    let target: Promise<Target> | undefined;
    const runtime = () => import('./run-probe.ts');
    const targetOnce = () =>
      (target ??= runtime().then(
        ({ Target }) => new Target(config, post.wait.timeout, deployment.deploymentUrl),
      ));
    return config.probes.map((probe): PlannedCheck => {
      return {
        id: uniqueId(idOf(config.name, probe), ids),
        phase: 'post',
        kind: probe.type,
        title: titleOf(config.name, probe),
        blocking: probe.blocking,
        timeoutMs: post.wait.timeout + probe.timeout,
        skipIfToolMissing: false,
        run: async (context) =>
          (await runtime()).runProbe(await targetOnce(), probe, deployment, context),
      };
    });
  });
}
