import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  cspTest,
  hstsTest,
  referrerPolicyTest,
  xContentTypeOptionsTest,
  xFrameOptionsTest
} from "./chunk-FJNYCB5X.js";
import "./chunk-HQCFWBRV.js";
import "./chunk-O37QRWLD.js";
import "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import {
  repoJoin
} from "./chunk-KTKGKL7N.js";
import {
  LimitReachedError
} from "./chunk-5UU6N2BL.js";
import {
  describeSkipped,
  readSourceFile
} from "./chunk-7HQWB2XS.js";
import {
  judgeFindings
} from "./chunk-UC5UDIMU.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/gates/headers-config/run.ts
import path from "node:path";

// src/engine/worker.ts
var WORKER_HEAP_MB = 512;
function runInWorker(script, data, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  const worker = new Worker(script, {
    workerData: data,
    stdout: false,
    stderr: false,
    // Input that makes the analysis allocate without end ends it, not the run.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(signal.reason));
    signal.addEventListener("abort", onAbort, { once: true });
    worker.once("message", (message) => settle(() => resolve(message)));
    worker.on(
      "error",
      (error) => settle(
        () => reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new LimitReachedError(
            `the analysis ran out of memory (its limit is ${WORKER_HEAP_MB} MB)`
          ) : error
        )
      )
    );
    worker.once(
      "exit",
      (code) => settle(() => reject(new Error(`the analysis worker exited (code ${code}) without a result`)))
    );
  });
}

// src/gates/headers-config/run.ts
var CONFIG_FILES = [
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "next.config.cjs",
  "vercel.json",
  "middleware.ts",
  "middleware.js",
  "src/middleware.ts",
  "src/middleware.js"
];
var READER = new URL(`./headers-config-worker${path.extname(import.meta.url)}`, import.meta.url);
var TESTS = [
  cspTest,
  hstsTest,
  xFrameOptionsTest,
  xContentTypeOptionsTest,
  referrerPolicyTest
];
var REFERRER_POLICY_MISSING = {
  rule: "referrer-policy-not-implemented",
  severity: "low",
  message: "Referrer-Policy is not set, so browsers fall back to their default.",
  hint: "Set Referrer-Policy: strict-origin-when-cross-origin (or no-referrer)."
};
async function run({ options, dir }, context) {
  const files = [];
  const skipped = [];
  for (const name of CONFIG_FILES) {
    const file = repoJoin(dir, name);
    const source = await readSourceFile(context.root, file);
    if (source.kind === "text") files.push({ file, text: source.text });
    else if (source.kind === "skipped") skipped.push({ file, reason: source.reason });
  }
  const skippedNote = skipped.length ? `; ${describeSkipped(skipped)}` : "";
  const first = files[0];
  if (!first) {
    return {
      status: "skip",
      summary: `nothing to read: no next.config.*, vercel.json or middleware in ${dir}${skippedNote}`
    };
  }
  const findings = [];
  const entries = [];
  let anchor;
  const reads = await runInWorker(READER, files, context.signal);
  for (const read of reads) {
    entries.push(...read.entries);
    if (!anchor && read.anchorLine) anchor = { file: read.file, line: read.anchorLine };
    for (const problem of read.unreadable) {
      findings.push({
        ...unreadableFinding(problem),
        file: read.file,
        line: problem.line,
        column: problem.column
      });
    }
  }
  const namesKnown = reads.every((read) => read.unreadable.every((u) => u.hides === "value"));
  const missingAt = namesKnown ? anchor ?? { file: first.file, line: 1 } : void 0;
  findings.push(
    ...judgeHeaders(
      entries,
      missingAt,
      files.some((f) => f.file.endsWith("vercel.json"))
    )
  );
  const sources = plural(files.length, "config file");
  return judgeFindings(findings, {
    failOn: options["fail-on"],
    scope: `${sources} read${skippedNote}`
  });
}
function unreadableFinding(problem) {
  if (problem.kind === "unparsable") {
    return {
      rule: "headers-config/unparsable",
      severity: "medium",
      message: `Cannot read the headers this file sets: it does not parse (${problem.message}), so no header is reported missing.`,
      hint: "Fix the syntax error (the build would fail on it too), or check the headers after deploy with the headers probe."
    };
  }
  const [what, so] = problem.hides === "value" ? ["this header", ""] : ["which headers are set here", ", so no header is reported missing"];
  return {
    rule: "headers-config/not-static",
    severity: "medium",
    message: `Cannot check ${what}: ${problem.message}, and Shipgate reads the config without running it${so}.`,
    hint: "Set security headers from string literals or constants, or check them after deploy with the headers probe."
  };
}
function judgeHeaders(entries, missingAt, vercel) {
  const base = {
    url: "https://deployment.invalid/",
    status: 200,
    body: "",
    headers: {}
  };
  for (const entry of entries) {
    if (entry.value !== void 0 && base.headers[entry.name] === void 0) {
      base.headers[entry.name] = entry.value;
    }
  }
  const findings = [];
  for (const test of TESTS) {
    const name = test(base).test;
    const setting = entries.filter((e) => e.name === name);
    if (setting.length === 0) {
      if (!missingAt) continue;
      const missing = [
        ...test(base).findings.map((finding) => adjustMissing(finding, name, vercel)),
        ...name === "referrer-policy" ? [REFERRER_POLICY_MISSING] : []
      ];
      for (const finding of missing) {
        findings.push({ ...finding, ...sendItFrom(finding, missingAt.file), ...missingAt });
      }
      continue;
    }
    for (const entry of setting) {
      if (entry.value === void 0) continue;
      const response = { ...base, headers: { ...base.headers, [name]: entry.value } };
      for (const finding of test(response).findings) {
        findings.push({ ...finding, file: entry.file, line: entry.line, column: entry.column });
      }
    }
  }
  return findings;
}
function sendItFrom(finding, file) {
  const name = path.posix.basename(file);
  const where = name === "vercel.json" ? `in vercel.json's "headers", for the source "/(.*)"` : name.startsWith("middleware.") ? `on the response in ${name} (response.headers.set)` : `from headers() in ${name}, for the source '/(.*)'`;
  return { hint: `${finding.hint ?? "Set it."} Send it ${where}.` };
}
function adjustMissing(finding, header, vercel) {
  if (!vercel || header !== "strict-transport-security") return finding;
  return {
    ...finding,
    severity: "low",
    message: `${finding.message} Vercel adds one by default; set it in vercel.json to choose max-age and includeSubDomains.`
  };
}
export {
  run
};
//# sourceMappingURL=run-YAKJD4L3.js.map
