import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  STATUS_LABEL,
  findingKey,
  findingLocation,
  renderMarkdown,
  ruleDocsUrl,
  triage,
  verdictTally
} from "./chunk-BKFSE73P.js";
import {
  planProbes
} from "./chunk-4CCUKTBK.js";
import {
  describeZeroConfig,
  formatKeyPath,
  verdictOf
} from "./chunk-QS3KZZAL.js";
import {
  runCommand
} from "./chunk-OMK5WPS4.js";
import {
  gateDir
} from "./chunk-NXDHSMTZ.js";
import {
  annotatablePath
} from "./chunk-M5ASX7ZK.js";
import {
  UsageError,
  errorMessage,
  errorTrace
} from "./chunk-HQCFWBRV.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import {
  urlCredentials
} from "./chunk-4L62NAGK.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import {
  requirementLines
} from "./chunk-NHF6CQWA.js";
import {
  LimitReachedError,
  ToolMissingError
} from "./chunk-5UU6N2BL.js";
import {
  runValues
} from "./chunk-7HQWB2XS.js";
import {
  fail,
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  normalizeOutput,
  plural,
  slug,
  tail,
  uniqueId
} from "./chunk-DVUULFWV.js";
import {
  bySeverity,
  isJudged
} from "./chunk-XG56XFHO.js";
import {
  REPORT_SCHEMA_ID
} from "./chunk-J6AANBPF.js";

// src/engine/exec.ts
var DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
var DEFAULT_KILL_GRACE_MS = 1500;
var PIPE_GRACE_MS = 200;
var liveGroups = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
function killAllProcessGroups() {
  for (const pid of liveGroups) killGroup(pid, "SIGKILL");
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", killAllProcessGroups);
}
var CappedOutput = class {
  #maxBytes;
  #chunks = { stdout: [], stderr: [] };
  #sizes = { stdout: 0, stderr: 0 };
  #droppedBytes = 0;
  constructor(maxBytes) {
    this.#maxBytes = maxBytes;
  }
  add(stream, chunk) {
    const room = this.#maxBytes - this.#sizes[stream];
    const kept = chunk.length > room ? chunk.subarray(0, Math.max(0, room)) : chunk;
    this.#droppedBytes += chunk.length - kept.length;
    if (!kept.length) return;
    this.#chunks[stream].push(kept);
    this.#sizes[stream] += kept.length;
  }
  result() {
    return {
      stdout: normalizeOutput(Buffer.concat(this.#chunks.stdout)),
      stderr: normalizeOutput(Buffer.concat(this.#chunks.stderr)),
      truncated: this.#droppedBytes > 0,
      droppedBytes: this.#droppedBytes
    };
  }
};
function trackGroup(pid, graceMs) {
  if (pid !== void 0) {
    installExitHook();
    liveGroups.add(pid);
  }
  let killTimer;
  return {
    terminate: () => {
      if (pid === void 0 || !killGroup(pid, "SIGTERM")) return;
      clearTimeout(killTimer);
      killTimer = setTimeout(() => killGroup(pid, "SIGKILL"), graceMs);
      killTimer.unref();
    },
    release: () => {
      clearTimeout(killTimer);
      if (pid !== void 0) liveGroups.delete(pid);
    }
  };
}
function spawnDetached(command, args, options) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
}
var exec = (command, args, options) => new Promise((resolve) => {
  const started = performance.now();
  const output = new CappedOutput(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT);
  const child = spawnDetached(command, args, options);
  const group = trackGroup(child.pid, options.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
  let aborted = false;
  let exit = { exitCode: null, signal: null };
  let settled = false;
  const onAbort = () => {
    aborted = true;
    group.terminate();
  };
  const finish = (notFound) => {
    if (settled) return;
    settled = true;
    group.release();
    options.signal?.removeEventListener("abort", onAbort);
    const durationMs = Math.round(performance.now() - started);
    resolve({ ...exit, ...output.result(), durationMs, notFound, aborted });
  };
  for (const stream of ["stdout", "stderr"]) {
    child[stream].on("data", (chunk) => {
      options.onOutput?.(chunk.toString("utf8"), stream);
      output.add(stream, chunk);
    });
  }
  child.once("error", (error) => {
    if (child.pid === void 0) {
      output.add("stderr", Buffer.from(error.message));
      finish(error.code === "ENOENT");
    }
  });
  child.once("exit", (exitCode, signal) => {
    exit = { exitCode, signal };
    group.terminate();
    setTimeout(() => {
      child.stdout.destroy();
      child.stderr.destroy();
      finish(false);
    }, PIPE_GRACE_MS).unref();
  });
  child.once("close", () => finish(false));
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
});

// src/engine/termination.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function onTermination(cleanup, timeoutMs = 5e3) {
  let stopped;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopped) return;
      process.exitCode = EXIT_CODES[signal];
      killAllProcessGroups();
      const deadline = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      stopped = Promise.race([cleanup(signal).catch(() => {
      }), deadline]).finally(
        () => process.exit(EXIT_CODES[signal])
      );
    });
  }
  return {
    get stopping() {
      return stopped !== void 0;
    },
    get stopped() {
      return stopped ?? Promise.resolve();
    }
  };
}

// src/report/render-text.ts
var plain = (_format, text) => text;
var STATUS_STYLE = {
  fail: ["red", "bold"],
  error: ["magenta", "bold"],
  warn: "yellow",
  pass: "green",
  skip: "dim"
};
var SEVERITY_STYLE = {
  critical: ["red", "bold"],
  high: "red",
  medium: "yellow",
  low: "cyan",
  info: "dim"
};
var OUTPUT_TAIL = { lines: 15, chars: 2e3 };
function checkLine(check, style = plain) {
  const label = STATUS_LABEL[check.status].text.toUpperCase().padEnd(5);
  const advisory = check.blocking ? "" : " [advisory]";
  return `${style(STATUS_STYLE[check.status], label)} ${check.id} (${formatDuration(check.durationMs)}): ${check.summary}${advisory}`;
}
var INDENT = "      ";
function findingLine(finding, style = plain, from = "") {
  const where = findingLocation(finding);
  const severity = style(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
  const waived = finding.waived ? ` (waived: ${finding.waived})` : "";
  const existing = finding.new === false ? " (existing)" : "";
  return `${severity} ${style("bold", finding.rule)}${where ? ` ${where}` : ""}: ${finding.message}${waived}${existing}${from}`;
}
function blockerLines({ finding, check, alsoFrom }, style) {
  const from = style("dim", ` \xB7 ${[check.title, ...alsoFrom].join(", ")}`);
  const docs = ruleDocsUrl(check.kind, finding);
  return [
    `  ${findingLine(finding, style, from)}`,
    ...finding.hint ? [`  ${INDENT}   fix: ${finding.hint}`] : [],
    ...docs ? [`  ${INDENT}   ${style("dim", `docs: ${docs}`)}`] : []
  ];
}
function outputLines(check, style) {
  const evidence = check.evidence?.trim();
  if (!evidence) return [];
  return tail(evidence, OUTPUT_TAIL.lines, OUTPUT_TAIL.chars).split("\n").map((line) => `${INDENT}${style("dim", "\u2502")} ${line}`);
}
function attentionLines(check, shown, style, limit) {
  const rest = [...check.findings].filter((f) => !f.waived && !shown.has(findingKey(f))).sort(bySeverity);
  for (const finding of rest) shown.add(findingKey(finding));
  const lines = [`  ${checkLine(check, style)}`];
  lines.push(...rest.slice(0, limit).map((f) => `${INDENT}${findingLine(f, style)}`));
  if (rest.length > limit) {
    lines.push(`${INDENT}\u2026and ${rest.length - limit} more (see --format json)`);
  }
  const failed = check.status === "fail" || check.status === "error";
  if (failed && !check.findings.some(isJudged)) lines.push(...outputLines(check, style));
  return lines;
}
function renderText(report, options = {}) {
  const style = options.style ?? plain;
  const maxBlocking = options.maxBlocking ?? 20;
  const perCheck = options.maxFindingsPerCheck ?? 10;
  const t = triage(report);
  const verdict = style(
    report.verdict === "pass" ? ["green", "bold"] : ["red", "bold"],
    report.verdict.toUpperCase()
  );
  const sections = [
    [`Shipgate: ${verdict} \xB7 ${verdictTally(report, t)} \xB7 ${formatDuration(report.durationMs)}`]
  ];
  const shown = new Set(t.blocking.map((b) => findingKey(b.finding)));
  if (t.blocking.length) {
    const left = t.blocking.length - maxBlocking;
    sections.push([
      style("bold", "What blocks this merge:"),
      ...t.blocking.slice(0, maxBlocking).flatMap((b) => blockerLines(b, style)),
      ...left > 0 ? [`  \u2026and ${left} more (see --format json)`] : []
    ]);
  }
  const blocking = t.attention.filter((c) => c.blocking);
  const advisory = t.attention.filter((c) => !c.blocking);
  if (blocking.length) {
    sections.push([
      style("bold", `Did not pass (${plural(blocking.length, "check")}):`),
      ...blocking.flatMap((c) => attentionLines(c, shown, style, perCheck))
    ]);
  }
  if (advisory.length) {
    sections.push([
      style("bold", `Advisory, never blocks (${plural(advisory.length, "check")}):`),
      ...advisory.flatMap((c) => attentionLines(c, shown, style, perCheck))
    ]);
  }
  const quiet = [...t.passed, ...t.skipped];
  if (!options.progressShown && quiet.length) {
    const inOrder = report.checks.filter((c) => quiet.includes(c));
    sections.push([
      style("bold", "Passed or skipped:"),
      ...inOrder.map((c) => `  ${checkLine(c, style)}`)
    ]);
  }
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}

// src/report/render.ts
var FORMATS = ["text", "markdown", "json"];
function renderReport(report, format, text = {}) {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}
`;
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, text);
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/output/files.ts
var reportJson = (report) => renderReport(report, "json");
async function sarifJson(report) {
  const { toSarif } = await import("./sarif-WDKUT5MS.js");
  return `${JSON.stringify(toSarif(report, VERSION), null, 2)}
`;
}

// src/output/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var LABELS = {
  report: "the report",
  sarif: "the SARIF file",
  markdown: "the sign-off markdown"
};
function reason(error) {
  const code = error?.code;
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR" || code === "EEXIST")
    return "a part of the path is a file, not a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  return errorMessage(error);
}
async function writeOutputs(files) {
  const written = { paths: {}, problems: [] };
  for (const file of files) {
    const target = path.resolve(file.path);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await file.text());
      written.paths[file.kind] = target;
    } catch (error) {
      written.problems.push(`Could not write ${LABELS[file.kind]} to ${target}: ${reason(error)}.`);
    }
  }
  return written;
}

// src/baseline/load.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/baseline/file.ts
var BASELINE_SCHEMA_ID = "shipgate/baseline@1";
var DEFAULT_BASELINE_PATH = ".github/shipgate-baseline.json";
var entrySchema = external_exports.strictObject({
  check: external_exports.string().min(1),
  rule: external_exports.string(),
  file: external_exports.string().optional(),
  fingerprint: external_exports.string().regex(/^[0-9a-f]{16}$/, { error: "expected 16 hex digits" })
});
var baselineSchema = external_exports.strictObject({
  schema: external_exports.literal(BASELINE_SCHEMA_ID),
  entries: external_exports.array(entrySchema)
});
function indexBaseline(entries) {
  const index = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const byCheck = index.get(entry.check) ?? /* @__PURE__ */ new Map();
    byCheck.set(entry.fingerprint, entry);
    index.set(entry.check, byCheck);
  }
  return index;
}
function entryLine(text, index) {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.trimStart().startsWith('{"check"'));
  return first < 0 ? void 0 : first + index + 1;
}
function parseBaseline(text, file) {
  const json = parseJson(text);
  if (!json.ok) return fail(`${file}: ${json.error}`);
  const parsed = baselineSchema.safeParse(json.value);
  if (parsed.success) return ok(parsed.data.entries);
  const issue = parsed.error.issues[0];
  const [key2, index] = issue.path;
  const line = key2 === "entries" && typeof index === "number" ? entryLine(text, index) : void 0;
  const where = issue.path.length ? `${formatKeyPath(issue.path)}: ` : "";
  return fail(`${file}${line ? `:${line}` : ""}: ${where}${issue.message}`);
}
var compare = (a, b) => a.check.localeCompare(b.check, "en") || (a.file ?? "").localeCompare(b.file ?? "", "en") || a.rule.localeCompare(b.rule, "en") || a.fingerprint.localeCompare(b.fingerprint, "en");
function formatBaseline(entries) {
  const lines = [...entries].sort(compare).map(
    (entry) => JSON.stringify({
      check: entry.check,
      rule: entry.rule,
      ...entry.file !== void 0 ? { file: entry.file } : {},
      fingerprint: entry.fingerprint
    })
  );
  const body = lines.length ? `
    ${lines.join(",\n    ")}
  ` : "";
  return `{
  "schema": "${BASELINE_SCHEMA_ID}",
  "entries": [${body}]
}
`;
}
function entriesOf(check) {
  return check.findings.flatMap(
    (finding) => finding.fingerprint && !finding.waived ? [
      {
        check: check.id,
        rule: finding.rule,
        ...finding.file !== void 0 ? { file: finding.file } : {},
        fingerprint: finding.fingerprint
      }
    ] : []
  );
}

// src/baseline/load.ts
var baselinePath = (config) => config.baseline === false ? void 0 : config.baseline ?? DEFAULT_BASELINE_PATH;
async function loadBaseline(root, config) {
  const file = baselinePath(config);
  if (file === void 0) return void 0;
  let text;
  try {
    text = normalizeOutput(await readFile(path2.join(root, file)));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && config.baseline === void 0) return void 0;
    throw new UsageError(
      code === "ENOENT" ? `baseline: ${file} does not exist (create it with \`shipgate baseline\`, or set baseline: false)` : `baseline: ${file} cannot be read (${code ?? String(error)})`
    );
  }
  const parsed = parseBaseline(text, file);
  if (!parsed.ok) throw new UsageError(`Invalid baseline ${parsed.error}`);
  return { file, entries: parsed.value };
}

// src/run-shipgate.ts
import os from "node:os";

// src/gates/registry.ts
var GATES = {
  "pip-audit": {
    title: "Dependency security (pip-audit)",
    stack: "python",
    load: () => import("./run-Z4WSNUVV.js")
  },
  bandit: {
    title: "Code security (bandit)",
    stack: "python",
    load: () => import("./run-FNRNIHLQ.js")
  },
  black: {
    title: "Code formatting (black)",
    stack: "python",
    load: () => import("./run-CJCOJ6V5.js")
  },
  flake8: {
    title: "Code quality (flake8)",
    stack: "python",
    load: () => import("./run-6FTO7GIR.js")
  },
  django: {
    title: "Production settings (Django check --deploy)",
    stack: "python",
    load: () => import("./run-JIO7AWDZ.js")
  },
  migrations: {
    title: "Database migrations ready",
    stack: "python",
    load: () => import("./run-MA5C2YIY.js")
  },
  secrets: { title: "Secret management", stack: "root", load: () => import("./run-DDJURPNH.js") },
  "database-tls": {
    title: "Database TLS",
    stack: "root",
    load: () => import("./run-XFRRASBJ.js")
  },
  "npm-audit": {
    title: "Dependency security (npm audit)",
    stack: "node",
    load: () => import("./run-3UDP5BVN.js")
  },
  eslint: { title: "Code quality (ESLint)", stack: "node", load: () => import("./run-NMOJWXY3.js") },
  typescript: {
    title: "Type check (TypeScript)",
    stack: "node",
    load: () => import("./run-PQGKO2P7.js")
  },
  build: {
    title: "Production build",
    stack: "node",
    writesTree: true,
    load: () => import("./run-R66JLRBD.js")
  },
  "headers-config": {
    title: "Security headers configured",
    stack: "node",
    load: () => import("./run-YAKJD4L3.js")
  },
  "https-urls": {
    title: "API URLs on HTTPS",
    stack: "node",
    load: () => import("./run-UQPKOE65.js")
  }
};

// src/engine/plan.ts
function planChecks({
  config,
  stacks,
  autoDetected,
  phase,
  deployment
}) {
  const checks = [];
  if (phase === "pre" || phase === "all") {
    const skipsMissingTools = config.pre["missing-tools"] === "skip";
    const skipIfToolMissing = (kind) => skipsMissingTools || autoDetected.has(kind);
    checks.push(...planGates(config.pre.gates, stacks, skipIfToolMissing));
    const ids = /* @__PURE__ */ new Set();
    for (const command of config.pre.commands) {
      checks.push({
        id: uniqueId(`pre/command/${slug(command.name, "command")}`, ids),
        phase: "pre",
        kind: "command",
        title: command.name,
        blocking: command.blocking,
        timeoutMs: command.timeout,
        skipIfToolMissing: false,
        run: (context) => runCommand(command, context)
      });
    }
  }
  if (phase === "post" || phase === "all") {
    checks.push(...planProbes(config.post, deployment));
    if (config.post.migrations) checks.push(planAppliedMigrations(config.post.migrations, stacks));
  }
  return checks;
}
function planAppliedMigrations(options, stacks) {
  return {
    id: "post/migrations",
    phase: "post",
    kind: "migrations",
    title: "Database migrations applied",
    blocking: options.blocking,
    timeoutMs: options.timeout,
    skipIfToolMissing: false,
    run: async (context) => (await import("./run-MA5C2YIY.js")).runApplied(
      options,
      { dir: stacks.python?.dir ?? ".", stacks },
      context
    )
  };
}
function planGates(gates, stacks, skipIfToolMissing) {
  const planned = [];
  for (const kind of Object.keys(GATES)) {
    const setting = gates[kind];
    if (!setting) continue;
    planned.push(
      planGate(
        kind,
        GATES[kind],
        setting,
        { stacks, gates },
        skipIfToolMissing(kind)
      )
    );
  }
  return planned;
}
function planGate(kind, entry, setting, { stacks, gates }, skipIfToolMissing) {
  const options = setting;
  const dir = gateDir(entry.stack, options, stacks);
  return {
    id: `pre/${kind}`,
    phase: "pre",
    kind,
    title: entry.title,
    blocking: options.blocking,
    timeoutMs: options.timeout,
    skipIfToolMissing,
    ...entry.writesTree ? { writesTree: true } : {},
    run: async (context) => (await entry.load()).run({ options, dir, stacks, gates }, context)
  };
}

// src/engine/only.ts
var PATTERN = /^[A-Za-z0-9/_.*?-]+$/;
function parseOnly(text) {
  const patterns = text.split(/[,\n]/).map((entry) => entry.trim()).filter(Boolean);
  const bad = patterns.find((pattern) => !PATTERN.test(pattern));
  if (bad !== void 0) {
    return fail(
      `"${bad}" is not a check id or glob (letters, digits, / _ . - and the wildcards * ?)`
    );
  }
  return patterns.length ? ok(patterns) : fail("expected check ids or globs, got none");
}
function globToRegExp(pattern) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}
function selectChecks(checks, patterns) {
  const matchers = patterns.map((pattern) => ({ pattern, regex: globToRegExp(pattern) }));
  const unmatched = matchers.filter(({ regex }) => !checks.some((check) => regex.test(check.id)));
  if (unmatched.length) {
    const planned = checks.map((check) => check.id);
    const listed = planned.length ? `the checks planned are ${planned.slice(0, 30).join(", ")}${planned.length > 30 ? `, and ${planned.length - 30} more` : ""}` : "no checks are planned";
    throw new UsageError(
      `only: ${unmatched.map(({ pattern }) => `"${pattern}"`).join(", ")} ${unmatched.length === 1 ? "matches" : "match"} no check of this run; ${listed}.`
    );
  }
  return checks.filter((check) => matchers.some(({ regex }) => regex.test(check.id)));
}

// src/core/bounds.ts
var MAX_FINDINGS_PER_CHECK = 1e4;
function boundFindings(findings, max = MAX_FINDINGS_PER_CHECK) {
  if (findings.length <= max) return { kept: [...findings], dropped: 0 };
  return { kept: [...findings].sort(bySeverity).slice(0, max), dropped: findings.length - max };
}

// src/engine/tool-env.ts
var WITHHELD_PREFIXES = [
  "INPUT_",
  "ACTIONS_RUNTIME_",
  "ACTIONS_ID_TOKEN_",
  "ACTIONS_CACHE_",
  "ACTIONS_RESULTS_"
];
var WITHHELD = /* @__PURE__ */ new Set([
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_TOKEN"
]);
var withheld = (name) => WITHHELD.has(name.toUpperCase()) || WITHHELD_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix));
function toolEnvironment(env, passGitHubToken) {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !withheld(name)));
  const token = env.GITHUB_TOKEN || env["INPUT_GITHUB-TOKEN"];
  return passGitHubToken && token ? { ...kept, GITHUB_TOKEN: token } : kept;
}

// src/engine/run.ts
async function runChecks(checks, options) {
  const deadline = new AbortController();
  const deadlineTimer = setTimeout(
    () => deadline.abort(
      new Error(`the run's deadline of ${formatDuration(options.deadlineMs)} passed`)
    ),
    options.deadlineMs
  );
  const run = {
    toolEnv: toolEnvironment(options.env, options.passGitHubToken ?? false),
    deadline: deadline.signal,
    values: runValues()
  };
  const results = new Array(checks.length);
  const runStage = async (indices2) => {
    let next = 0;
    const worker = async () => {
      while (next < indices2.length) {
        const index = indices2[next++];
        const check = checks[index];
        options.observer?.onStart?.(check);
        const result = await runOne(check, options, run);
        results[index] = result;
        options.observer?.onEnd?.(check, result);
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency, indices2.length));
    await Promise.all(Array.from({ length: workers }, worker));
  };
  const indices = checks.map((_, index) => index);
  try {
    await runStage(indices.filter((i) => !checks[i].writesTree));
    await runStage(indices.filter((i) => checks[i].writesTree));
  } finally {
    clearTimeout(deadlineTimer);
  }
  return results;
}
async function runOne(check, options, run) {
  const { deadline } = run;
  const started = performance.now();
  let droppedBytes = 0;
  const finish = (outcome) => resultOf(check, outcome, Math.round(performance.now() - started), droppedBytes);
  if (deadline.aborted) {
    return finish({ status: "error", summary: `not run: ${errorMessage(deadline.reason)}` });
  }
  const { signal, dispose } = checkSignal(check.timeoutMs, deadline);
  const context = checkContext(check, options, run, signal, (bytes) => {
    droppedBytes += bytes;
  });
  try {
    const outcome = await outcomeWithin(check, context, options.killGraceMs);
    return signal.aborted ? finish({ ...outcome, status: "error", summary: errorMessage(signal.reason) }) : finish(outcome);
  } finally {
    dispose();
  }
}
function resultOf(check, outcome, durationMs, droppedBytes) {
  const findings = boundFindings(outcome.findings ?? []);
  const trimmed = {
    ...findings.dropped ? { findings: findings.dropped } : {},
    ...droppedBytes ? { outputBytes: droppedBytes } : {}
  };
  return {
    id: check.id,
    phase: check.phase,
    kind: check.kind,
    title: check.title,
    status: outcome.status,
    blocking: check.blocking,
    durationMs,
    summary: outcome.summary,
    findings: findings.kept,
    metrics: outcome.metrics ?? {},
    ...outcome.evidence ? { evidence: outcome.evidence } : {},
    ...outcome.counts ? { counts: outcome.counts } : {},
    ...Object.keys(trimmed).length ? { trimmed } : {},
    ...outcome.failOn ? { failOn: outcome.failOn } : {}
  };
}
function checkSignal(timeoutMs, deadline) {
  const controller = new AbortController();
  const timeout = setTimeout(
    () => controller.abort(new Error(`timed out after ${formatDuration(timeoutMs)}`)),
    timeoutMs
  );
  const onDeadline = () => controller.abort(deadline.reason);
  deadline.addEventListener("abort", onDeadline, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timeout);
      deadline.removeEventListener("abort", onDeadline);
    }
  };
}
function commandsOf(check, options, env, signal, onOutput) {
  const exec2 = options.exec ?? exec;
  return async (command, args, execOptions) => {
    const result = await exec2(command, args, {
      ...execOptions,
      env: { ...env, ...execOptions.env },
      signal,
      ...options.killGraceMs !== void 0 ? { killGraceMs: options.killGraceMs } : {},
      ...onOutput ? { onOutput } : {}
    });
    options.observer?.onCommand?.(check, {
      command,
      args,
      cwd: execOptions.cwd,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs
    });
    return result;
  };
}
function checkContext(check, options, run, signal, onDroppedBytes) {
  const exec2 = commandsOf(
    check,
    options,
    { ...run.toolEnv, ...check.env },
    signal,
    (text) => options.observer?.onOutput?.(check, text)
  );
  const scope = () => ({
    root: options.root,
    signal: run.deadline,
    exec: commandsOf(check, options, run.toolEnv, run.deadline)
  });
  return {
    root: options.root,
    signal,
    exec: async (command, args, execOptions) => {
      const result = await exec2(command, args, execOptions);
      onDroppedBytes(result.droppedBytes);
      return result;
    },
    log: (line) => options.observer?.onOutput?.(check, `${line}
`),
    env: options.env,
    maskSecret: options.maskSecret ?? (() => {
    }),
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    shared: (value) => run.values(value, scope),
    ...options.changedFiles ? { changedFiles: options.changedFiles } : {}
  };
}
function outcomeWithin(check, context, killGraceMs = DEFAULT_KILL_GRACE_MS) {
  const { signal } = context;
  const running = Promise.resolve().then(() => check.run(context)).then(
    (outcome) => outcome,
    (error) => crashOutcome(check, error, context.log)
  );
  const aborted = new Promise((resolve) => {
    const onAbort = () => {
      const cutShort = { status: "error", summary: errorMessage(signal.reason) };
      const timer = setTimeout(() => resolve(cutShort), killGraceMs + 500);
      void running.finally(() => {
        clearTimeout(timer);
        resolve(cutShort);
      });
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([running, aborted]);
}
function crashOutcome(check, error, log) {
  if (error instanceof ToolMissingError) {
    return check.skipIfToolMissing ? { status: "skip", summary: `${error.tool} not installed: ${error.installHint}` } : { status: "error", summary: `${error.tool} not installed: ${error.installHint}` };
  }
  if (error instanceof LimitReachedError) return { status: "error", summary: error.message };
  log(`Shipgate crashed in this check, a bug to report with this trace:
${errorTrace(error)}`);
  return { status: "error", summary: `crashed: ${errorMessage(error)}` };
}

// src/engine/configured-secrets.ts
function configuredSecrets(config, env) {
  const { secrets, "database-tls": databaseTls, migrations } = config.pre.gates;
  const names = [
    ...secrets ? secrets["required-env"] : [],
    ...databaseTls ? [databaseTls.env] : [],
    ...migrations ? [migrations["database-env"]] : [],
    ...config.post.migrations ? [config.post.migrations["database-env"]] : []
  ];
  return names.flatMap((name) => {
    const value = env[name];
    return value ? [value, ...urlCredentials(value)] : [];
  });
}

// src/baseline/fingerprint.ts
var MAX_LINES = 2e3;
var normalizeLine = (text) => text.trim().replace(/\s+/g, " ");
function spansOf(finding) {
  if (finding.spans?.length) return finding.spans;
  return finding.line ? [{ line: finding.line, endLine: finding.line }] : [];
}
function textOf(finding, lines) {
  const file = finding.file === void 0 ? void 0 : lines(finding.file);
  if (!file) return "";
  const text = [];
  for (const span of spansOf(finding)) {
    for (let n = span.line; n <= span.endLine && text.length < MAX_LINES; n++) {
      text.push(normalizeLine(file[n - 1] ?? ""));
    }
  }
  return text.join("\n");
}
var digest = (parts) => process.getBuiltinModule("node:crypto").createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
function fingerprints(checkId, findings, lines, pathOf = (finding) => finding.file) {
  const identities = findings.map(
    (finding) => digest([
      checkId,
      finding.rule,
      pathOf(finding) ?? "",
      finding.subject ?? "",
      textOf(finding, lines)
    ])
  );
  const order = findings.map((finding, index) => ({ index, line: finding.line ?? 0, column: finding.column ?? 0 })).sort((a, b) => a.line - b.line || a.column - b.column || a.index - b.index);
  const seen = /* @__PURE__ */ new Map();
  const result = new Array(findings.length);
  for (const { index } of order) {
    const identity = identities[index];
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    result[index] = digest([identity, String(occurrence)]);
  }
  return result;
}
function withFingerprints(checkId, findings, lines) {
  const ids = fingerprints(checkId, findings, lines);
  return findings.map((finding, i) => ({ ...finding, fingerprint: ids[i] }));
}

// src/baseline/source-lines.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import path3 from "node:path";
var MAX_BYTES = 8 * 1024 * 1024;
async function readLines(root, file) {
  const relative = annotatablePath(file);
  if (relative === void 0) return void 0;
  const absolute = path3.join(root, relative);
  try {
    const info = await stat(absolute);
    if (!info.isFile() || info.size > MAX_BYTES) return void 0;
    return normalizeOutput(await readFile2(absolute)).split("\n");
  } catch {
    return void 0;
  }
}
async function sourceLines(root, findings) {
  const files = new Set(findings.flatMap((f) => f.file && (f.line || f.spans) ? [f.file] : []));
  const read = /* @__PURE__ */ new Map();
  for (const file of files) read.set(file, await readLines(root, file));
  return (file) => read.get(file);
}

// src/baseline/touched.ts
var AUDITS = { "npm-audit": "npm", "pip-audit": "pip" };
var spansOf2 = (finding) => finding.spans?.length ? finding.spans : finding.line ? [{ line: finding.line, endLine: finding.endLine ?? finding.line }] : [];
function meets(lines, spans) {
  return spans.some((span) => {
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (lines[middle] < span.line) low = middle + 1;
      else high = middle;
    }
    return low < lines.length && lines[low] <= span.endLine;
  });
}
function touchedBy(scope, kind, finding) {
  const ecosystem = AUDITS[kind];
  if (ecosystem)
    return finding.subject !== void 0 && scope.packages[ecosystem].has(finding.subject);
  if (finding.file === void 0) return true;
  const file = scope.changes.files.get(finding.file);
  if (!file) return false;
  if (scope.mode === "files") return file.lines.length > 0;
  const spans = spansOf2(finding);
  return spans.length === 0 ? file.lines.length > 0 : meets(file.lines, spans);
}

// src/baseline/review.ts
function tally(findings, fixed) {
  const unwaived = findings.filter((f) => !f.waived);
  const existing = unwaived.filter((f) => f.new === false).length;
  return { new: unwaived.length - existing, existing, fixed };
}
async function reviewOutcome(check, outcome, root, review = {}) {
  const found = outcome.findings ?? [];
  const fingerprinted = withFingerprints(check.id, found, await sourceLines(root, found));
  const accepted = check.phase === "pre" && !review.ignoresBaseline?.has(check.kind) ? review.baseline?.get(check.id) : void 0;
  const scope = check.phase === "pre" ? review.scope : void 0;
  const findings = fingerprinted.map((f) => ({
    ...f,
    new: !accepted?.has(f.fingerprint) && (!scope || touchedBy(scope, check.kind, f))
  }));
  const concluded = outcome.status !== "error" && outcome.status !== "skip";
  const seen = new Set(findings.map((f) => f.fingerprint));
  const checked = outcome.scanned && new Set(outcome.scanned);
  const fixed = concluded && accepted ? [...accepted.values()].filter(
    (entry) => !seen.has(entry.fingerprint) && (!checked || entry.file !== void 0 && checked.has(entry.file))
  ).length : 0;
  const rejudged = concluded && outcome.judge && findings.some((f) => !f.new) ? outcome.judge(findings) : outcome;
  const summary = fixed > 0 ? `${rejudged.summary}; ${fixed} fixed` : rejudged.summary;
  return {
    ...outcome,
    status: rejudged.status,
    summary,
    ...outcome.findings ? { findings } : {},
    counts: tally(findings, fixed)
  };
}
function reviewed(checks, review = {}) {
  return checks.map((check) => ({
    ...check,
    run: async (context) => reviewOutcome(check, await check.run(context), context.root, review)
  }));
}

// src/baseline/changes.ts
import { readFile as readFile3 } from "node:fs/promises";
import path5 from "node:path";

// src/baseline/diff.ts
var MOVED_MIN_CHARS = 8;
var movedKey = (text) => {
  const key2 = text.trim().replace(/\s+/g, " ");
  return key2.replace(/[^\p{L}\p{N}]/gu, "").length >= MOVED_MIN_CHARS ? key2 : void 0;
};
var ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  '"': '"',
  "\\": "\\"
};
function unquote(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(ESCAPES[body[i + 1] ?? ""] ?? body[i + 1] ?? ""));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function sidePath(rest) {
  const name = unquote(rest.replace(/\t.*$/, ""));
  if (name === "/dev/null") return void 0;
  return name.replace(/^[ab]\//, "");
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parseDiff(text) {
  const { files, removed } = readDiff(text);
  return changeSetOf(files, removed);
}
function readDiff(text) {
  const files = [];
  const removed = /* @__PURE__ */ new Map();
  let current;
  let next = 0;
  let inHunk = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.startsWith("diff --git ")) {
      const names = /^diff --git (?:"(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(line);
      current = {
        change: { path: sidePath(names?.[1] ?? "") ?? "", added: false, lines: [] },
        deleted: false,
        added: []
      };
      files.push(current);
      inHunk = false;
      continue;
    }
    if (!current) continue;
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (inHunk && line.startsWith("+")) {
      current.added.push({ line: next++, text: line.slice(1) });
      continue;
    }
    if (inHunk && line.startsWith("-")) {
      const key2 = movedKey(line.slice(1));
      if (key2) removed.set(key2, (removed.get(key2) ?? 0) + 1);
      continue;
    }
    if (inHunk && (line.startsWith(" ") || line.startsWith("\\"))) {
      if (line.startsWith(" ")) next++;
      continue;
    }
    inHunk = false;
    readHeader(current, line);
  }
  return { files, removed };
}
function readHeader(file, line) {
  const { change } = file;
  if (line.startsWith("new file mode")) change.added = true;
  else if (line.startsWith("deleted file mode")) file.deleted = true;
  else if (line.startsWith("rename from ")) change.oldPath = unquote(line.slice(12));
  else if (line.startsWith("rename to ")) change.path = unquote(line.slice(10));
  else if (line.startsWith("--- ")) {
    const from = sidePath(line.slice(4));
    if (from === void 0) change.added = true;
    else if (from !== change.path && !change.oldPath) change.oldPath = from;
  } else if (line.startsWith("+++ ")) {
    const to = sidePath(line.slice(4));
    if (to === void 0) file.deleted = true;
    else change.path = to;
  }
}
function changeSetOf(pending, removed) {
  const files = /* @__PURE__ */ new Map();
  const deleted = [];
  for (const { change, deleted: gone, added } of pending) {
    if (!change.path) continue;
    if (gone) {
      deleted.push(change.oldPath ?? change.path);
      continue;
    }
    for (const { line, text: content } of added) {
      const key2 = movedKey(content);
      const left = key2 === void 0 ? 0 : removed.get(key2) ?? 0;
      if (left > 0) removed.set(key2, left - 1);
      else change.lines.push(line);
    }
    if (change.oldPath === change.path) delete change.oldPath;
    files.set(change.path, change);
  }
  return { files, deleted };
}
var editedFiles = (changes) => [...changes.files.values()].filter((file) => file.lines.length > 0).map((file) => file.path);

// src/baseline/packages.ts
import path4 from "node:path";
function manifestEcosystem(file) {
  const name = path4.posix.basename(file);
  if (name === "package-lock.json" || name === "package.json") return "npm";
  if (/^requirements.*\.txt$/.test(name)) return "pip";
  return void 0;
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function npmPackages(text) {
  const parsed = parseJson(text);
  const versions = /* @__PURE__ */ new Map();
  const add = (name, version) => {
    if (!name || typeof version !== "string") return;
    versions.set(name, (versions.get(name) ?? /* @__PURE__ */ new Set()).add(version));
  };
  if (!parsed.ok || !isRecord(parsed.value)) return /* @__PURE__ */ new Map();
  const document = parsed.value;
  if (isRecord(document.packages)) {
    for (const [key2, entry] of Object.entries(document.packages)) {
      const name = key2.split("node_modules/").pop() ?? "";
      if (key2.includes("node_modules/") && isRecord(entry)) add(name, entry.version);
    }
  } else if (isRecord(document.dependencies) && typeof document.lockfileVersion === "number") {
    const walk = (dependencies) => {
      for (const [name, entry] of Object.entries(dependencies)) {
        if (!isRecord(entry)) continue;
        add(name, entry.version);
        if (isRecord(entry.dependencies)) walk(entry.dependencies);
      }
    };
    walk(document.dependencies);
  } else {
    for (const field of [
      "dependencies",
      "devDependencies",
      "optionalDependencies",
      "peerDependencies"
    ]) {
      const declared = document[field];
      if (isRecord(declared)) for (const [name, spec] of Object.entries(declared)) add(name, spec);
    }
  }
  return new Map([...versions].map(([name, set]) => [name, [...set].sort().join(" ")]));
}
function pipPackages(text) {
  const lines = text.split("\n");
  return new Map(
    [...requirementLines(text)].map(([name, line]) => [
      name,
      (lines[line - 1] ?? "").replace(/#.*/, "").replace(/\s+/g, "").replace(/^[A-Za-z0-9._-]+/, "")
    ])
  );
}
var packagesOf = (ecosystem, text) => text === void 0 ? /* @__PURE__ */ new Map() : ecosystem === "npm" ? npmPackages(text) : pipPackages(text);
function changedPackages(ecosystem, base, head) {
  const before = packagesOf(ecosystem, base);
  const changed = /* @__PURE__ */ new Set();
  for (const [name, version] of packagesOf(ecosystem, head)) {
    if (before.get(name) !== version) changed.add(name);
  }
  return changed;
}
function changedManifests(changes) {
  return [...changes.files.values()].flatMap((file) => {
    const ecosystem = manifestEcosystem(file.path);
    if (!ecosystem) return [];
    return [
      { ecosystem, head: file.path, base: file.added ? void 0 : file.oldPath ?? file.path }
    ];
  });
}

// src/baseline/changes.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var short = (sha) => sha.slice(0, 7);
async function resolveChanges(root, request, { exec: exec2, env }) {
  const git = (...args) => exec2("git", ["-c", "core.quotePath=false", ...args], {
    cwd: root,
    env: { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
  });
  const head = await git("cat-file", "commit", "HEAD");
  if (head.notFound) return fail("git is not installed: changed lines need git on the PATH");
  if (head.exitCode !== 0) {
    return fail(`${root} is not a git work tree with a commit (${head.stderr.trim()})`);
  }
  const parents = [...head.stdout.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  const found = await findBase(git, request, parents);
  if (!found.ok) return found;
  const { base, how } = found.value;
  const diff = await git(
    "diff",
    "--unified=0",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    base
  );
  if (diff.exitCode !== 0) return fail(`git diff ${short(base)} failed: ${diff.stderr.trim()}`);
  return ok({
    base,
    how,
    changes: parseDiff(diff.stdout),
    baseFile: async (path6) => {
      const shown = await git("show", `${base}:${path6}`);
      return shown.exitCode === 0 ? shown.stdout : void 0;
    }
  });
}
async function findBase(git, request, parents) {
  const commitOf = async (ref) => {
    const found = await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
    return found.exitCode === 0 ? found.stdout.trim() : void 0;
  };
  const fetched = async (ref) => {
    const present = await commitOf(ref);
    if (present || !request.fetch) return present;
    const fetch = await git("fetch", "--no-tags", "--depth=1", "origin", ref);
    if (fetch.exitCode !== 0) return void 0;
    return commitOf(SHA.test(ref) ? ref : "FETCH_HEAD");
  };
  const [first, second] = parents;
  if (request.prHead && parents.length === 2 && second === request.prHead) {
    const base2 = await fetched(first);
    if (!base2) return fail(`the merge commit's first parent ${first} could not be fetched`);
    const how = `HEAD is the merge commit of ${short(request.prHead)}: its first parent ${short(first)}`;
    return ok({ base: base2, how });
  }
  const tip = await fetched(request.ref);
  if (!tip) {
    return fail(
      `the base ${request.ref} is not a commit in this clone${request.fetch ? " and could not be fetched from origin" : " (fetch it, or name another with --base)"}`
    );
  }
  const mergeBase = await git("merge-base", tip, "HEAD");
  if (mergeBase.exitCode !== 0) {
    const shallow = await git("rev-parse", "--is-shallow-repository");
    return fail(
      shallow.stdout.trim() === "true" ? `the merge base of ${short(tip)} and HEAD is beyond this shallow clone's history: set \`fetch-depth: 0\` on actions/checkout (or keep its default ref, the pull request's merge commit)` : `${short(tip)} and HEAD have no common ancestor`
    );
  }
  const base = mergeBase.stdout.trim();
  return ok({ base, how: `the merge base of ${request.ref} and HEAD, ${short(base)}` });
}
async function changeScope(root, resolved, mode) {
  const packages = { npm: /* @__PURE__ */ new Set(), pip: /* @__PURE__ */ new Set() };
  for (const manifest of changedManifests(resolved.changes)) {
    const head = await readFile3(path5.join(root, manifest.head), "utf8").catch(() => void 0);
    const base = manifest.base === void 0 ? void 0 : await resolved.baseFile(manifest.base);
    for (const name of changedPackages(manifest.ecosystem, base, head)) {
      packages[manifest.ecosystem].add(name);
    }
  }
  return { mode, changes: resolved.changes, packages };
}

// src/baseline/accepted.ts
var key = (entry) => `${entry.check}\0${entry.fingerprint}`;
function acceptedCheck(file, base, head) {
  const parsed = base === void 0 ? void 0 : parseBaseline(base, file);
  const before = new Set((parsed?.ok ? parsed.value : []).map(key));
  const added = head.filter((entry) => !before.has(key(entry)));
  if (added.length === 0) return void 0;
  const findings = added.map((entry) => ({
    rule: entry.rule,
    severity: "info",
    message: `Accepted into ${file} by this change: ${entry.check} ${entry.rule}${entry.file ? ` in ${entry.file}` : ""} (fingerprint ${entry.fingerprint})`,
    ...entry.file ? { file: entry.file } : {},
    subject: entry.check,
    fingerprint: entry.fingerprint
  }));
  return {
    id: "signoff/baseline",
    phase: "signoff",
    kind: "baseline",
    title: "Findings accepted into the baseline",
    status: "warn",
    blocking: false,
    durationMs: 0,
    summary: `${plural(added.length, "entry", "entries")} added to ${file}: each accepts a finding without fixing it`,
    findings,
    metrics: { added: added.length }
  };
}

// src/monitor/probes.ts
function monitorPlanConfig(config) {
  const post = { ...config.post, wait: { ...config.post.wait, timeout: config.monitor.wait } };
  delete post.migrations;
  return { ...config, post };
}

// src/run-shipgate.ts
async function changeOf(options, checks) {
  const judgesFindings = checks.some((c) => c.phase === "pre" && c.kind !== "command");
  if (!options.base || !judgesFindings) return void 0;
  const resolved = await resolveChanges(options.root, options.base, { exec, env: options.env });
  if (!resolved.ok) {
    options.warn?.(`changes: ${resolved.error}. Every finding is judged as new.`);
    return void 0;
  }
  const { changes, how } = resolved.value;
  options.info?.(
    `Judging the change against ${how}: ${plural(changes.files.size, "file")} changed.`
  );
  return resolved.value;
}
async function reviewOf(options, checks) {
  if (options.judgeEverything) return {};
  const { config } = options.loaded;
  const baseline = await loadBaseline(options.root, config);
  const change = await changeOf(options, checks);
  const mode = config.changes;
  const scope = change && mode !== "off" ? await changeScope(options.root, change, mode) : void 0;
  const edited = change && baseline && change.changes.files.get(baseline.file);
  const accepted = edited && acceptedCheck(
    baseline.file,
    edited.added ? void 0 : await change.baseFile(edited.oldPath ?? edited.path),
    baseline.entries
  );
  const ignoresBaseline = new Set(
    Object.entries(config.pre.gates).flatMap(
      ([kind, gate]) => gate && !gate.baseline ? [kind] : []
    )
  );
  return {
    ...baseline ? { baseline: indexBaseline(baseline.entries) } : {},
    ignoresBaseline,
    ...scope ? { scope } : {},
    ...accepted ? { accepted } : {}
  };
}
function emptyPlanWarning({ file }, phase) {
  const which = phase === "all" ? "checks" : `${phase === "monitor" ? "post" : phase}-deploy checks`;
  return file ? `Nothing to check: ${file} enables no ${which}. The verdict passes, but nothing was verified.` : `Nothing to check: no Shipgate config (.github/shipgate.yml) and no Python or Node project detected. Add a config, or point the working directory at the project.`;
}
async function runShipgate(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const startedAt = now();
  const started = performance.now();
  const { phase } = options;
  const monitoring = phase === "monitor";
  const loaded = monitoring ? { ...options.loaded, config: monitorPlanConfig(options.loaded.config) } : options.loaded;
  const planned = planChecks({
    ...loaded,
    phase: monitoring ? "post" : phase,
    deployment: {
      ...options.deploymentUrl ? { deploymentUrl: options.deploymentUrl } : {},
      // A monitor judges whatever is deployed: there is no commit it should be running.
      ...options.expectedRevision && !monitoring ? { expectedRevision: options.expectedRevision } : {}
    }
  });
  const checks = options.only ? selectChecks(planned, options.only) : planned;
  const probesOnly = phase === "post" || monitoring;
  if (loaded.zeroConfig && !probesOnly) {
    for (const line of describeZeroConfig(loaded.stacks, loaded.zeroConfig)) options.info?.(line);
  }
  if (checks.length === 0 && probesOnly && !options.only) {
    throw new UsageError(
      `Nothing to probe: the ${monitoring ? "monitor" : "post-deploy phase"} needs post.targets in ${loaded.file ?? ".github/shipgate.yml"} (a name and a url each, or a target without url and a deployment_status event or --url to fill it in).`
    );
  }
  if (checks.length === 0) options.warn?.(emptyPlanWarning(loaded, phase));
  const maskSecret = (value) => {
    if (options.redactor.add(value)) options.maskSecret?.(value);
  };
  for (const secret of configuredSecrets(loaded.config, options.env)) maskSecret(secret);
  const review = await reviewOf(options, checks);
  const ran = await runChecks(reviewed(checks, review), {
    root: options.root,
    concurrency: loaded.config.concurrency ?? os.availableParallelism(),
    deadlineMs: loaded.config.deadline,
    env: options.env,
    passGitHubToken: loaded.config["pass-github-token"],
    now,
    ...options.observer ? { observer: options.observer } : {},
    maskSecret,
    ...review.scope ? { changedFiles: editedFiles(review.scope.changes) } : {}
  });
  const results = review.accepted ? [...ran, review.accepted] : ran;
  const report = {
    schema: REPORT_SCHEMA_ID,
    verdict: verdictOf(results),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    ...options.commit ? { commit: options.commit } : {},
    ...options.job ? { job: options.job } : {},
    checks: results
  };
  return options.redactor.deep(report);
}

// src/progress/output-tail.ts
var OutputTail = class {
  limit;
  #text = "";
  #dropped = 0;
  constructor(limit) {
    this.limit = limit;
  }
  push(text) {
    this.#text += text;
    if (this.#text.length > 2 * this.limit) this.#trim();
  }
  toString() {
    this.#trim();
    const note = this.#dropped ? `\u2026 (${this.#dropped} earlier characters of output omitted)
` : "";
    return note + this.#text;
  }
  #trim() {
    const excess = this.#text.length - this.limit;
    if (excess <= 0) return;
    this.#dropped += excess;
    this.#text = this.#text.slice(excess);
  }
};

export {
  parseOnly,
  onTermination,
  checkLine,
  findingLine,
  OutputTail,
  FORMATS,
  renderReport,
  VERSION,
  reportJson,
  sarifJson,
  writeOutputs,
  parseBaseline,
  formatBaseline,
  entriesOf,
  baselinePath,
  runShipgate
};
//# sourceMappingURL=chunk-5F6G2H2B.js.map
