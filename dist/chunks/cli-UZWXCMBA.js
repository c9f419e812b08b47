#!/usr/bin/env node
import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  VERSION,
  checkLine,
  httpUrl,
  loadConfig,
  mergeReportFiles,
  onTermination,
  parseOnly,
  renderText,
  runShipgate
} from "./chunk-7UAQWSFS.js";
import "./chunk-5DPLLPBZ.js";
import {
  renderMarkdown
} from "./chunk-ZSZWIB3Y.js";
import "./chunk-TDZ7VNTU.js";
import {
  formatDuration
} from "./chunk-JWG6RZIF.js";
import {
  UsageError,
  errorMessage
} from "./chunk-W4WQ2I6B.js";
import "./chunk-UIVOO5PT.js";
import "./chunk-KRFDJTDE.js";
import "./chunk-CUFLXAQW.js";
import "./chunk-4VSYR5X4.js";
import "./chunk-F7LEYGOF.js";

// src/cli.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/report/render.ts
var FORMATS = ["text", "markdown", "json"];
function renderReport(report, format) {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}
`;
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report);
  }
}

// src/cli/args.ts
var USAGE = `Usage: shipgate run [options]
       shipgate merge [options] REPORT...

run: runs the deployment checklist: pre-deploy gates, post-deploy probes, sign-off report.
merge: merges the JSON reports of sharded runs into one report; runs no check. The verdict
is recomputed from the checks; a duplicate check, reports for different commits, or fewer
reports than --expected fail it.

Options:
  --config FILE          config file (default: .github/shipgate.yml, else zero-config)
  --phase pre|post|all   which checks to run (default: all)
  --only IDS             run only these check ids or globs, comma-separated
                         (pre/bandit,pre/flake8 or pre/* or post/backend/*)
  --commit SHA           the commit judged, recorded in the report (merge: every report
                         must be for it)
  --job NAME             the job recorded in the report (default: $GITHUB_JOB)
  --expected N           merge: the number of reports there must be (default: 1)
  --format text|markdown|json
                         report format (default: text)
  --out FILE             write the report to FILE instead of standard output
  --sarif FILE           also write findings as SARIF 2.1.0
  --root DIR             repository root (default: the current directory)
  --url URL              the deployment URL, for post targets without a url of their own
  --revision SHA         the commit the deployment must run (the revision probe)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 verdict pass, 1 verdict fail, 2 bad usage or invalid config.
`;
var ONLY_FOR = {
  config: "run",
  phase: "run",
  only: "run",
  root: "run",
  url: "run",
  revision: "run",
  expected: "merge"
};
var PHASES = ["pre", "post", "all"];
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}
function deploymentUrl(value) {
  const parsed = httpUrl("--url").safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(`--url: ${parsed.error.issues[0]?.message ?? "invalid URL"}`);
}
function checkIds(value) {
  const parsed = parseOnly(value);
  if (parsed.ok) return parsed.value;
  throw new UsageError(`--only: ${parsed.error}`);
}
function commitSha(value) {
  if (/^[0-9a-f]{7,64}$/i.test(value)) return value.toLowerCase();
  throw new UsageError(`--commit must be a commit SHA (hex), got "${value}"`);
}
function positiveInteger(flag, value, fallback) {
  if (value === void 0) return fallback;
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw new UsageError(`--${flag} must be a positive whole number, got "${value}"`);
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string" },
        phase: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        sarif: { type: "string" },
        root: { type: "string" },
        url: { type: "string" },
        revision: { type: "string" },
        only: { type: "string" },
        commit: { type: "string" },
        job: { type: "string" },
        expected: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...extra] = positionals;
  if (command !== "run" && command !== "merge") {
    throw new UsageError(
      `${command ? `Unknown command "${command}"` : "No command given"}.

${USAGE}`
    );
  }
  for (const [flag, owner] of Object.entries(ONLY_FOR)) {
    if (owner !== command && values[flag] !== void 0) {
      throw new UsageError(`--${flag} is an option of shipgate ${owner}, not ${command}.`);
    }
  }
  const report = {
    format: oneOf("format", values.format, FORMATS, "text"),
    ...values.out !== void 0 ? { out: values.out } : {},
    ...values.sarif !== void 0 ? { sarif: values.sarif } : {},
    ...values.commit !== void 0 ? { commit: commitSha(values.commit) } : {},
    ...values.job !== void 0 ? { job: values.job } : {}
  };
  if (command === "merge") {
    if (!extra.length) throw new UsageError(`shipgate merge needs report files.

${USAGE}`);
    return {
      command: "merge",
      ...report,
      files: extra,
      expected: positiveInteger("expected", values.expected, 1)
    };
  }
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".

${USAGE}`);
  return {
    command: "run",
    ...report,
    phase: oneOf("phase", values.phase, PHASES, "all"),
    ...values.only !== void 0 ? { only: checkIds(values.only) } : {},
    ...values.config !== void 0 ? { config: values.config } : {},
    ...values.root !== void 0 ? { root: values.root } : {},
    ...values.url !== void 0 ? { url: deploymentUrl(values.url) } : {},
    ...values.revision !== void 0 ? { revision: values.revision } : {}
  };
}

// src/progress/terminal.ts
var SPINNER = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function terminalProgress(write, live) {
  const running = /* @__PURE__ */ new Map();
  let done = 0;
  let frame = 0;
  let timer;
  const statusLine = () => {
    const names = [...running.keys()];
    const oldest = Math.min(...running.values());
    const elapsed = names.length ? ` ${formatDuration(performance.now() - oldest)}` : "";
    return `${SPINNER[frame++ % SPINNER.length]} ${done} done \xB7 running: ${names.join(", ") || "\u2014"}${elapsed}`;
  };
  const redraw = () => write(`\r\x1B[2K${statusLine()}`);
  const clear = () => write("\r\x1B[2K");
  return {
    onStart(check) {
      running.set(check.id, performance.now());
      if (!live) return write(`start ${check.id}: ${check.title}
`);
      timer ??= setInterval(redraw, 100);
      timer.unref();
      redraw();
    },
    onEnd(check, result) {
      running.delete(check.id);
      done += 1;
      if (!live) return write(`${checkLine(result)}
`);
      clear();
      write(`${checkLine(result)}
`);
      if (running.size) redraw();
    },
    stop() {
      clearInterval(timer);
      timer = void 0;
      if (live) clear();
    }
  };
}

// src/cli.ts
async function runChecklist(args, job) {
  const root = path.resolve(args.root ?? process.cwd());
  const live = Boolean(process.stderr.isTTY) && !process.env.CI;
  const progress = terminalProgress((text) => process.stderr.write(text), live);
  onTermination((signal) => {
    progress.stop();
    process.stderr.write(`shipgate: cancelled (${signal}); the tools it started were stopped
`);
    return Promise.resolve();
  });
  const loaded = await loadConfig({ root, file: args.config, env: process.env });
  return runShipgate({
    root,
    loaded,
    phase: args.phase,
    env: process.env,
    observer: progress,
    warn: (message) => process.stderr.write(`shipgate: warning: ${message}
`),
    ...args.only ? { only: args.only } : {},
    ...args.commit ? { commit: args.commit } : {},
    ...job ? { job } : {},
    ...args.url !== void 0 ? { deploymentUrl: args.url } : {},
    ...args.revision !== void 0 ? { expectedRevision: args.revision } : {}
  }).finally(() => progress.stop());
}
async function main(argv) {
  const args = parseCliArgs(argv);
  if (args.command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.command === "version") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const job = args.job ?? process.env.GITHUB_JOB;
  const report = args.command === "merge" ? await mergeReportFiles(args.files, {
    expected: args.expected,
    now: () => /* @__PURE__ */ new Date(),
    ...args.commit ? { commit: args.commit } : {},
    ...job ? { job } : {}
  }) : await runChecklist(args, job);
  if (args.sarif) {
    const { toSarif } = await import("./sarif-VACDYDN7.js");
    await mkdir(path.dirname(path.resolve(args.sarif)), { recursive: true });
    await writeFile(args.sarif, `${JSON.stringify(toSarif(report, VERSION), null, 2)}
`);
    process.stderr.write(`Shipgate: SARIF written to ${args.sarif}
`);
  }
  const rendered = renderReport(report, args.format);
  if (args.out) {
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, rendered);
    process.stderr.write(`Shipgate: ${report.verdict} \xB7 report written to ${args.out}
`);
  } else {
    process.stdout.write(rendered);
  }
  return report.verdict === "pass" ? 0 : 1;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`shipgate: ${errorMessage(error)}
`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
);
//# sourceMappingURL=cli-UZWXCMBA.js.map
