#!/usr/bin/env node
import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import "../chunks/chunk-F7LEYGOF.js";

// src/util/start.ts
import { enableCompileCache } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
function prepareStart(env) {
  process.setSourceMapsEnabled(true);
  enableCompileCache(path.join(env.RUNNER_TEMP || tmpdir(), "shipgate-compile-cache"));
}

// src/cli/index.ts
prepareStart(process.env);
<<<<<<< HEAD
<<<<<<< HEAD
await import("../chunks/cli-NWUQICKS.js");
=======
<<<<<<< HEAD
await import("../chunks/cli-AZ5PTB22.js");
=======
await import("../chunks/cli-ZJW7OMUV.js");
>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open)
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open)
=======
await import("../chunks/cli-RIURRD4P.js");
>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling)
//# sourceMappingURL=index.js.map
