import { run } from './main.ts';

await run();
// A request given up at its deadline may leave a retry back-off or a rate-limit wait behind:
// it must not keep the step alive. With nothing left, the process has exited by then anyway.
setTimeout(() => process.exit(), 1000).unref();
