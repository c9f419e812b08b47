import type { Config } from '../config/schema.ts';

/**
 * The config a monitor run plans from: the post-deploy probes only (not the migrations
 * check, which belongs to a deploy), with the monitor's readiness wait instead of the
 * deploy's. A monitored target should already answer; a down one must not hold every
 * scheduled run for the deploy's wait.
 */
export function monitorPlanConfig(config: Config): Config {
  const post = { ...config.post, wait: { ...config.post.wait, timeout: config.monitor.wait } };
  delete post.migrations;
  return { ...config, post };
}
