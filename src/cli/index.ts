#!/usr/bin/env node
// The CLI's entry (dist/cli/index.js, package.json's bin). Everything else is imported after
// prepareStart, so that its code is compiled through the cache and mapped to src/ in traces.
import { prepareStart } from '../util/start.ts';

prepareStart(process.env);
await import('../cli.ts');
