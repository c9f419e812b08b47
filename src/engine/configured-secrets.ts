import type { Config } from '../config/schema.ts';
import { urlCredentials } from '../util/redact.ts';

/**
 * The values the config says are secret, read from the job's environment before any check
 * runs: the `required-env` variables and the database URLs (whole, and their passwords but
 * a placeholder, which hides nothing).
 * The gates mask them too, but checks run in parallel: masked up front, not even the first
 * line a command prints can show them.
 */
export function configuredSecrets(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const { secrets, 'database-tls': databaseTls, migrations } = config.pre.gates;
  const names = [
    ...(secrets ? secrets['required-env'] : []),
    ...(databaseTls ? [databaseTls.env] : []),
    ...(migrations ? [migrations['database-env']] : []),
    ...(config.post.migrations ? [config.post.migrations['database-env']] : []),
  ];
  return names.flatMap((name) => {
    const value = env[name];
    return value ? [value, ...urlCredentials(value)] : [];
  });
}
