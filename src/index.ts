// The action's entry (dist/index.js). Everything else is imported after prepareStart, so that
// its code is compiled through the cache and mapped to src/ in stack traces.
import { prepareStart } from './util/start.ts';

prepareStart(process.env);
const { run } = await import('./main.ts');
await run();
