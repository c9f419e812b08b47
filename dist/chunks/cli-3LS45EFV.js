#!/usr/bin/env node
import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  FORMATS,
  OutputTail,
  VERSION,
  baselinePath,
  checkLine,
  entriesOf,
  formatBaseline,
  onTermination,
  parseBaseline,
  parseOnly,
  renderReport,
  runShipgate,
  sarifJson,
  writeOutputs
} from "./chunk-5F6G2H2B.js";
import "./chunk-BKFSE73P.js";
import "./chunk-4CCUKTBK.js";
import "./chunk-UBWSTWLM.js";
import "./chunk-CP5KLOYK.js";
import {
  loadConfig
} from "./chunk-QS3KZZAL.js";
import "./chunk-OMK5WPS4.js";
import "./chunk-NXDHSMTZ.js";
import "./chunk-M5ASX7ZK.js";
import {
  didYouMean,
  httpUrl
} from "./chunk-DOZLVJPR.js";
import {
  UsageError,
  errorMessage
} from "./chunk-HQCFWBRV.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import {
  Redactor,
  runnerTokens
} from "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import "./chunk-T4WLO72Z.js";
import "./chunk-NHF6CQWA.js";
import "./chunk-DWJ3KT6V.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-OUPSEYEA.js";
import {
  normalizeOutput,
  plural,
  tail
} from "./chunk-DVUULFWV.js";
import "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/cli.ts
import { fstatSync } from "node:fs";
import path2 from "node:path";
import { styleText } from "node:util";

// src/cli/args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: shipgate run [options]
       shipgate merge [options] REPORT...
       shipgate baseline [--config FILE] [--root DIR] [--out FILE] [--prune]

run: runs the deployment checklist: pre-deploy gates, post-deploy probes, sign-off report.
merge: merges the JSON reports of sharded runs into one report; runs no check. The verdict
is recomputed from the checks; a duplicate check, reports for different commits, or fewer
reports than --expected fail it.
baseline: runs the pre-deploy gates and writes every finding they report to the baseline
file (default: the config's baseline, .github/shipgate-baseline.json), to commit: runs then
judge only findings not in it. --prune only removes the entries no longer found.

Options:
  --config FILE          config file (default: .github/shipgate.yml, else zero-config)
  --phase pre|post|all|monitor
                         which checks to run (default: all); monitor: the post probes
                         as a scheduled monitor runs them (monitor.wait, no migrations)
  --only IDS             run only these check ids or globs, comma-separated (repeatable)
                         (pre/bandit,pre/flake8 or pre/* or post/backend/*)
  --commit SHA           the commit judged, recorded in the report (merge: every report
                         must be for it)
  --job NAME             the job recorded in the report (default: $GITHUB_JOB)
  --expected N           merge: the number of reports there must be (default: 1)
  --format text|markdown|json
                         report format (default: text)
  --out FILE             write the report to FILE instead of standard output
                         (baseline: the baseline file to write)
  --prune                baseline: remove the entries no longer found, add none
  --sarif FILE           also write findings as SARIF 2.1.0
  --root DIR             repository root (default: the current directory)
  --url URL              the deployment URL, for post targets without a url of their own
  --revision SHA         the commit the deployment must run (the revision probe)
  --base REF             judge the change since REF (a branch, tag or commit): pre-deploy
                         findings outside the lines it changed are existing (config:
                         changes); the change is the work tree against the merge base
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 verdict pass, 1 verdict fail, 2 bad usage or invalid config.
`;
var COMMANDS = ["run", "merge", "baseline"];
var ONLY_FOR = {
  config: ["run", "baseline"],
  phase: ["run"],
  only: ["run"],
  root: ["run", "baseline"],
  url: ["run"],
  revision: ["run"],
  base: ["run"],
  expected: ["merge"],
  prune: ["baseline"],
  format: ["run", "merge"],
  sarif: ["run", "merge"],
  commit: ["run", "merge"],
  job: ["run", "merge"]
};
var PHASES = ["pre", "post", "all", "monitor"];
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
function baseRef(value) {
  if (/^[^-\s][^\s]*$/.test(value)) return value;
  throw new UsageError(`--base must be a branch, tag or commit, got "${value}"`);
}
function positiveInteger(flag, value, fallback) {
  if (value === void 0) return fallback;
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw new UsageError(`--${flag} must be a positive whole number, got "${value}"`);
}
var OPTIONS = {
  config: { type: "string" },
  phase: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  sarif: { type: "string" },
  root: { type: "string" },
  url: { type: "string" },
  revision: { type: "string" },
  base: { type: "string" },
  // Repeatable: `--only a --only b` runs both, as `--only a,b` does.
  only: { type: "string", multiple: true },
  commit: { type: "string" },
  job: { type: "string" },
  expected: { type: "string" },
  prune: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function argumentProblem(error) {
  const unknown = /^Unknown option '(--[^']+)'/.exec(error.message)?.[1];
  if (error.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || !unknown) return error.message;
  const known = Object.keys(OPTIONS).map((name) => `--${name}`);
  return `Unknown option ${unknown}${didYouMean(unknown, known)}.`;
}
function parseCliArgs(argv) {
  const { values, positionals } = tokens(argv);
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [name, ...extra] = positionals;
  const command = commandOf(name, values);
  if (command === "baseline") return baselineCommand(values, extra);
  if (command === "merge") return mergeCommand(values, extra);
  return runCommand(values, extra);
}
function tokens(argv) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error)}

${USAGE}`);
  }
}
function commandOf(name, values) {
  if (!COMMANDS.includes(name)) {
    throw new UsageError(`${name ? `Unknown command "${name}"` : "No command given"}.

${USAGE}`);
  }
  const command = name;
  for (const [flag, owners] of Object.entries(ONLY_FOR)) {
    if (!owners.includes(command) && values[flag] !== void 0) {
      throw new UsageError(
        `--${flag} is an option of shipgate ${owners.join(" and ")}, not ${command}.`
      );
    }
  }
  return command;
}
function noArguments(extra) {
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".

${USAGE}`);
}
function baselineCommand(values, extra) {
  noArguments(extra);
  return {
    command: "baseline",
    prune: values.prune === true,
    ...values.config !== void 0 ? { config: values.config } : {},
    ...values.root !== void 0 ? { root: values.root } : {},
    ...values.out !== void 0 ? { out: values.out } : {}
  };
}
function reportOptions(values) {
  return {
    format: oneOf("format", values.format, FORMATS, "text"),
    ...values.out !== void 0 ? { out: values.out } : {},
    ...values.sarif !== void 0 ? { sarif: values.sarif } : {},
    ...values.commit !== void 0 ? { commit: commitSha(values.commit) } : {},
    ...values.job !== void 0 ? { job: values.job } : {}
  };
}
function mergeCommand(values, files) {
  const report = reportOptions(values);
  if (!files.length) throw new UsageError(`shipgate merge needs report files.

${USAGE}`);
  return {
    command: "merge",
    ...report,
    files,
    expected: positiveInteger("expected", values.expected, 1)
  };
}
function runCommand(values, extra) {
  const report = reportOptions(values);
  noArguments(extra);
  return {
    command: "run",
    ...report,
    phase: oneOf("phase", values.phase, PHASES, "all"),
    ...values.only !== void 0 ? { only: checkIds(values.only.join(",")) } : {},
    ...values.config !== void 0 ? { config: values.config } : {},
    ...values.root !== void 0 ? { root: values.root } : {},
    ...values.url !== void 0 ? { url: deploymentUrl(values.url) } : {},
    ...values.revision !== void 0 ? { revision: values.revision } : {},
    ...values.base !== void 0 ? { base: baseRef(values.base) } : {}
  };
}

// src/progress/terminal.ts
var SPINNER = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
var ERROR_LOG_CHARS = 16 * 1024;
function terminalProgress(write, live) {
  const running = /* @__PURE__ */ new Map();
  const logs = /* @__PURE__ */ new Map();
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
      logs.set(check.id, new OutputTail(ERROR_LOG_CHARS));
      if (!live) return write(`start ${check.id}: ${check.title}
`);
      timer ??= setInterval(redraw, 100);
      timer.unref();
      redraw();
    },
    onOutput(check, text) {
      logs.get(check.id)?.push(text);
    },
    onEnd(check, result) {
      running.delete(check.id);
      done += 1;
      const unreported = result.status === "error" && !result.evidence;
      const log = unreported ? logs.get(check.id)?.toString().trim() : "";
      logs.delete(check.id);
      const shown = `${checkLine(result)}
${log ? `${indent(tail(log))}
` : ""}`;
      if (!live) return write(shown);
      clear();
      write(shown);
      if (running.size) redraw();
    },
    stop() {
      clearInterval(timer);
      timer = void 0;
      if (live) clear();
    }
  };
}
var indent = (text) => text.replace(/^/gm, "    ");

// src/baseline/write.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/baseline/update.ts
var key = (entry) => `${entry.check}\0${entry.fingerprint}`;
function updateBaseline(previous, report, { prune }) {
  const entries = [];
  const uncovered = [];
  for (const check of report.checks) {
    if (check.phase !== "pre") continue;
    const before = previous.filter((entry) => entry.check === check.id);
    if (check.status === "error" || check.status === "skip") {
      entries.push(...before);
      uncovered.push({ check: check.id, status: check.status, summary: check.summary });
      continue;
    }
    const found = entriesOf(check);
    if (!prune) {
      entries.push(...found);
      continue;
    }
    const still = new Set(found.map(key));
    entries.push(...before.filter((entry) => still.has(key(entry))));
  }
  const now = new Set(entries.map(key));
  const then = new Set(previous.map(key));
  return {
    entries,
    added: entries.filter((entry) => !then.has(key(entry))),
    removed: previous.filter((entry) => !now.has(key(entry))),
    uncovered
  };
}

// src/baseline/write.ts
async function readPrevious(root, file) {
  let text;
  try {
    text = normalizeOutput(await readFile(path.resolve(root, file)));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const parsed = parseBaseline(text, file);
  if (!parsed.ok) throw new UsageError(`Invalid baseline ${parsed.error}`);
  return parsed.value;
}
async function writeBaseline(root, file, report, { prune }) {
  const previous = await readPrevious(root, file);
  if (prune && previous === void 0) {
    throw new UsageError(`--prune: ${file} does not exist; run shipgate baseline to create it`);
  }
  const update = updateBaseline(previous ?? [], report, { prune });
  const absolute = path.resolve(root, file);
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, formatBaseline(update.entries));
  return {
    ...update,
    message: `${plural(update.entries.length, "entry", "entries")} in ${file} (${update.added.length} added, ${update.removed.length} removed)${notCovered(update.uncovered)}`
  };
}
var uncoveredCheck = ({ check, status, summary }) => `${check} (${status === "skip" ? "skipped" : "error"}${summary ? `: ${summary}` : ""})`;
function notCovered(uncovered) {
  if (!uncovered.length) return "";
  const [its, it] = uncovered.length === 1 ? ["its", "it"] : ["their", "they"];
  return `; not covered: ${uncovered.map(uncoveredCheck).join(", ")}; ${its} entries were kept as they were: run shipgate baseline again where ${it} can run, or ${its} findings count as new`;
}

// src/cli.ts
var redactor = new Redactor(runnerTokens(process.env));
var writeError = (text) => process.stderr.write(redactor.text(text));
function progressSeen() {
  try {
    const [out, err] = [fstatSync(1), fstatSync(2)];
    if (out.dev === err.dev && out.ino === err.ino) return true;
  } catch {
    return false;
  }
  return Boolean(process.env.CI) && !process.stdout.isTTY && !process.stderr.isTTY;
}
async function mergeShards(args, job, redactor2) {
  const { mergeReportFiles } = await import("./merge-shipgate-SQI7CANX.js");
  return mergeReportFiles(args.files, {
    expected: args.expected,
    now: () => /* @__PURE__ */ new Date(),
    ...args.commit ? { commit: args.commit } : {},
    ...job ? { job } : {},
    redactor: redactor2
  });
}
async function runChecklist(args, job, extra = {}) {
  const root = path2.resolve(args.root ?? process.cwd());
  const live = Boolean(process.stderr.isTTY) && !process.env.CI;
  const progress = terminalProgress(writeError, live);
  onTermination((signal) => {
    progress.stop();
    writeError(`shipgate: cancelled (${signal}); the tools it started were stopped
`);
    return Promise.resolve();
  });
  const loaded = await loadConfig({
    root,
    rootName: "--root",
    file: args.config,
    env: process.env
  });
  return runShipgate({
    root,
    loaded,
    phase: args.phase,
    env: process.env,
    observer: progress,
    redactor,
    warn: (message) => writeError(`shipgate: warning: ${message}
`),
    ...extra,
    info: (message) => process.stderr.write(`shipgate: ${message}
`),
    ...args.only ? { only: args.only } : {},
    ...args.commit ? { commit: args.commit } : {},
    ...job ? { job } : {},
    ...args.url !== void 0 ? { deploymentUrl: args.url } : {},
    ...args.revision !== void 0 ? { expectedRevision: args.revision } : {},
    ...args.base !== void 0 ? { base: { ref: args.base, fetch: false } } : {}
  }).finally(() => progress.stop());
}
async function baseline(args) {
  const root = path2.resolve(args.root ?? process.cwd());
  const { config } = await loadConfig({
    root,
    rootName: "--root",
    file: args.config,
    env: process.env
  });
  const file = args.out ?? baselinePath(config);
  if (file === void 0) {
    throw new UsageError("The config says baseline: false; name the file to write with --out.");
  }
  const report = await runChecklist(
    { phase: "pre", ...args.config ? { config: args.config } : {}, root },
    void 0,
    { judgeEverything: true }
  );
  const written = await writeBaseline(root, file, report, { prune: args.prune });
  writeError(`Shipgate baseline: ${written.message}
`);
  return written.uncovered.some((check) => check.status === "error") ? 1 : 0;
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
  if (args.command === "baseline") return baseline(args);
  const job = args.job ?? process.env.GITHUB_JOB;
  const report = args.command === "merge" ? await mergeShards(args, job, redactor) : await runChecklist(args, job);
  const rendered = renderReport(
    report,
    args.format,
    args.out ? {} : {
      // styleText checks the stream: colour on a terminal, none with NO_COLOR or when piped.
      style: (format, text) => styleText(format, text, { stream: process.stdout }),
      progressShown: progressSeen()
    }
  );
  const written = await writeOutputs([
    ...args.sarif ? [{ kind: "sarif", path: args.sarif, text: () => sarifJson(report) }] : [],
    ...args.out ? [{ kind: "report", path: args.out, text: () => rendered }] : []
  ]);
  if (written.paths.sarif) writeError(`Shipgate: SARIF written to ${args.sarif}
`);
  if (written.paths.report) {
    writeError(`Shipgate: ${report.verdict} \xB7 report written to ${args.out}
`);
  }
  if (!args.out) process.stdout.write(rendered);
  for (const problem of written.problems) writeError(`shipgate: ${problem}
`);
  if (written.problems.length) return 2;
  return report.verdict === "pass" ? 0 : 1;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    writeError(`shipgate: ${errorMessage(error)}
`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
);
//# sourceMappingURL=cli-3LS45EFV.js.map
