// The action's entry (action.yml's main). Everything else is imported after prepareStart, so
// that its code is compiled through the cache and mapped to src/ in traces.
import { prepareStart } from './util/start.ts';

prepareStart(process.env);
const { run } = await import('./main.ts');
await run();
// A request given up at its deadline may leave a retry back-off or a rate-limit wait behind:
// it must not keep the step alive. With nothing left, the process has exited by then anyway.
setTimeout(() => process.exit(), 1000).unref();
