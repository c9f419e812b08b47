import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What an entry point does before it loads the rest of Shipgate: stack traces point at src/
 * through dist/'s source maps, and V8 keeps the code it compiles on disk (under the runner's
 * temporary directory on GitHub Actions) so that the next start skips compiling it again.
 * Node ignores the cache when NODE_DISABLE_COMPILE_CACHE is set.
 */
export function prepareStart(env: NodeJS.ProcessEnv): void {
  process.setSourceMapsEnabled(true);
  enableCompileCache(path.join(env.RUNNER_TEMP || tmpdir(), 'shipgate-compile-cache'));
}
