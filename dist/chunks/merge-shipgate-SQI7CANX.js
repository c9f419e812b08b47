import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  formatKeyPath,
  verdictOf
} from "./chunk-QS3KZZAL.js";
import {
  missingReportsHint,
  triggeringRunCheck
} from "./chunk-UOZ7PF46.js";
import {
  annotatablePath
} from "./chunk-M5ASX7ZK.js";
import "./chunk-DOZLVJPR.js";
import {
  UsageError,
  errorMessage
} from "./chunk-HQCFWBRV.js";
import "./chunk-BBOJJ26W.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import "./chunk-7HQWB2XS.js";
import {
  fail,
  ok,
  parseJson
} from "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import {
  PHASES,
  REPORT_SCHEMA_ID,
  SEVERITIES,
  STATUSES
} from "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

// src/merge-shipgate.ts
import { glob, lstat } from "node:fs/promises";
import path from "node:path";

// src/report/merge.ts
var MERGE_CHECK_ID = "signoff/merge";
var short = (sha) => sha ? sha.slice(0, 12) : "no commit";
var problem = (rule, message) => ({ rule, severity: "high", message });
function fileList(files) {
  const named = files.slice(0, 5).join(", ");
  return files.length > 5 ? `${named} and ${files.length - 5} more` : named;
}
function commitProblems(reports, expected) {
  if (expected !== void 0) {
    return reports.filter(({ report }) => report.commit !== expected).map(
      ({ file, report }) => problem(
        "commit-mismatch",
        `${file} is for ${report.commit ? `commit ${short(report.commit)}` : "no commit"}, not ${short(expected)}, the commit being signed off: a report must judge the commit it signs off (run the shard on that commit; from the CLI, pass --commit).`
      )
    );
  }
  const byCommit = /* @__PURE__ */ new Map();
  for (const { file, report } of reports) {
    byCommit.set(report.commit, [...byCommit.get(report.commit) ?? [], file]);
  }
  if (byCommit.size <= 1) return [];
  const groups = [...byCommit].map(([commit, files]) => `${short(commit)} (${fileList(files)})`);
  return [
    problem("commit-mismatch", `The reports are for different commits: ${groups.join("; ")}.`)
  ];
}
function mergeReports(sources, options) {
  const problems = [];
  const reports = sources.flatMap((source) => {
    if ("report" in source) return [source];
    problems.push(problem("invalid-report", `${source.file}: ${source.invalid}`));
    return [];
  });
  const expected = Math.max(1, options.expected ?? 1);
  if (sources.length < expected) {
    problems.push(missingReports(sources, expected, options.missingHint));
  }
  problems.push(...commitProblems(reports, options.commit));
  const { checks, duplicates } = checksOnce(reports);
  problems.push(...duplicates);
  const all = [
    ...checks,
    ...options.signoffChecks ?? [],
    mergeCheck(problems, reports, checks.length, expected)
  ];
  const commit = options.commit ?? reports[0]?.report.commit;
  return {
    schema: REPORT_SCHEMA_ID,
    verdict: verdictOf(all),
    ...timeSpan(reports, options.now),
    ...commit ? { commit } : {},
    ...options.job ? { job: options.job } : {},
    checks: all
  };
}
function missingReports(sources, expected, hint) {
  const found = sources.length ? `: ${fileList(sources.map(({ file }) => file))}` : "";
  return problem(
    "missing-report",
    `Expected ${plural(expected, "report")}, found ${sources.length}${found}. A job that did not upload its report is missing, and its checks did not run.${hint ? ` ${hint}` : ""}`
  );
}
function checksOnce(reports) {
  const owner = /* @__PURE__ */ new Map();
  const checks = [];
  const duplicates = [];
  for (const { file, report } of reports) {
    for (const check of report.checks) {
      const first = owner.get(check.id);
      if (first === void 0) {
        owner.set(check.id, file);
        checks.push(check);
      } else {
        duplicates.push(
          problem(
            "duplicate-check",
            `${check.id} is in both ${first} and ${file}: each check must run in one shard only (see \`only\`).`
          )
        );
      }
    }
  }
  return { checks, duplicates };
}
function mergeCheck(problems, reports, checkCount, expected) {
  const jobs = reports.map(({ report, file }) => report.job ?? file);
  return {
    id: MERGE_CHECK_ID,
    phase: "signoff",
    kind: "merge",
    title: "Shard reports merged",
    status: problems.length ? "error" : "pass",
    blocking: true,
    durationMs: 0,
    summary: problems.length ? `${plural(problems.length, "problem")}: ${problems[0]?.message ?? ""}` : `${plural(reports.length, "report")} (${fileList(jobs)}), ${plural(checkCount, "check")}`,
    findings: problems,
    metrics: { reports: reports.length, expected }
  };
}
function timeSpan(reports, now) {
  const starts = reports.map(({ report }) => Date.parse(report.startedAt));
  const ends = reports.map(({ report }, i) => (starts[i] ?? 0) + report.durationMs);
  const startedAt = starts.length ? Math.min(...starts) : now().getTime();
  return {
    startedAt: new Date(startedAt).toISOString(),
    durationMs: ends.length ? Math.max(...ends) - startedAt : 0
  };
}

// src/report/read-report.ts
import { open } from "node:fs/promises";

// src/core/report-schema.ts
var spanSchema = external_exports.object({
  line: external_exports.number().int().positive(),
  endLine: external_exports.number().int().positive()
});
var findingSchema = external_exports.object({
  rule: external_exports.string(),
  severity: external_exports.enum(SEVERITIES),
  message: external_exports.string(),
  file: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  column: external_exports.number().int().positive().optional(),
  endLine: external_exports.number().int().positive().optional(),
  endColumn: external_exports.number().int().positive().optional(),
  /** Other ids of the same issue (CVE, GHSA, PYSEC): a waiver may name any of them. */
  aliases: external_exports.array(external_exports.string()).optional(),
  /** Where to read more, e.g. an advisory or rule page. */
  url: external_exports.string().optional(),
  /** What to do about it, when the tool or Shipgate knows. */
  hint: external_exports.string().optional(),
  /** Set when a waiver (ignore entry) matched: the finding is kept for the record but not counted. */
  waived: external_exports.string().optional(),
  /**
   * What the finding is about when its line does not say it: the package of an advisory,
   * the settings module of a Django check. Part of its fingerprint.
   */
  subject: external_exports.string().optional(),
  /**
   * Every range of lines the finding covers when it covers several (the lines black would
   * rewrite): its fingerprint reads them all, and a change to any of them makes it new.
   */
  spans: external_exports.array(spanSchema).optional(),
  /**
   * A stable id of the finding that survives lines moving: from the check, the rule, the
   * file, the normalised text of its lines (or its subject) and its occurrence among equal
   * ones. Baselines list fingerprints; SARIF carries it in `partialFingerprints`.
   */
  fingerprint: external_exports.string().optional(),
  /**
   * False for a finding the change did not introduce: in the baseline, or outside the lines
   * the pull request changed. Only new findings are judged; existing ones are shown.
   */
  new: external_exports.boolean().optional()
});
var checkResultSchema = external_exports.object({
  id: external_exports.string(),
  phase: external_exports.enum(PHASES),
  kind: external_exports.string(),
  title: external_exports.string(),
  status: external_exports.enum(STATUSES),
  blocking: external_exports.boolean(),
  durationMs: external_exports.number().nonnegative(),
  summary: external_exports.string(),
  findings: external_exports.array(findingSchema),
  metrics: external_exports.record(external_exports.string(), external_exports.number()),
  /** The tail of the tool's output, kept as evidence for a reviewer. */
  evidence: external_exports.string().optional(),
  /**
   * Findings the change introduced (`new`), those it did not (`existing`), and baseline
   * entries of this check no longer found (`fixed`: prune them from the baseline).
   */
  counts: external_exports.object({
    new: external_exports.number().int().nonnegative(),
    existing: external_exports.number().int().nonnegative(),
    fixed: external_exports.number().int().nonnegative()
  }).optional(),
  /**
   * What was left out to keep the report bounded: `findings` beyond the per-check cap (the
   * most severe are kept; the summary and status count them all), and `outputBytes` a tool
   * printed past the capture limit. Absent when nothing was.
   */
  trimmed: external_exports.object({
    findings: external_exports.number().int().positive().optional(),
    outputBytes: external_exports.number().int().positive().optional()
  }).optional(),
  /**
   * The check's `fail-on`: unwaived findings at or above it are what failed the check.
   * Absent when the check judges otherwise (a command's exit code, a headers grade).
   */
  failOn: external_exports.enum(SEVERITIES).optional()
});
var reportSchema = external_exports.object({
  schema: external_exports.literal(REPORT_SCHEMA_ID),
  verdict: external_exports.enum(["pass", "fail"]),
  startedAt: external_exports.iso.datetime(),
  durationMs: external_exports.number().nonnegative(),
  /** The commit judged: the PR head, the deployed or pushed commit. Shards must agree on it. */
  commit: external_exports.string().optional(),
  /** The workflow job that produced the report (GITHUB_JOB), to tell shards apart. */
  job: external_exports.string().optional(),
  checks: external_exports.array(checkResultSchema)
});

// src/report/read-report.ts
var REPORT_LIMITS = {
  /** Bytes read from one report file; a larger file is refused, not half-read. */
  bytes: 8 * 1024 * 1024,
  /** Checks in one report: every check is a row of the sign-off table. */
  checks: 500
};
var httpUrl = (text) => /^https?:\/\//i.test(text);
var untrustedReportSchema = reportSchema.superRefine((report, context) => {
  if (report.checks.length > REPORT_LIMITS.checks) {
    context.addIssue({
      code: "custom",
      path: ["checks"],
      message: `${report.checks.length} checks, more than the ${REPORT_LIMITS.checks} a report may hold`
    });
  }
  report.checks.forEach((check, c) => {
    check.findings.forEach((finding, f) => {
      const at = ["checks", c, "findings", f];
      if (finding.file !== void 0 && annotatablePath(finding.file) === void 0) {
        context.addIssue({
          code: "custom",
          path: [...at, "file"],
          message: `"${finding.file.slice(0, 200)}" is not a repository-relative path (absolute, or with ..)`
        });
      }
      if (finding.url !== void 0 && !httpUrl(finding.url)) {
        context.addIssue({ code: "custom", path: [...at, "url"], message: "not an http(s) URL" });
      }
    });
  });
});
var WRITTEN_BY = "a report to merge is what `shipgate run --format json --out FILE` writes";
function parseReport(text) {
  const json = parseJson(text);
  if (!json.ok) return fail(`not a Shipgate JSON report (${json.error}); ${WRITTEN_BY}`);
  const parsed = untrustedReportSchema.safeParse(json.value);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `${formatKeyPath(issue.path)}: ` : "";
    return `${where}${issue.message}`;
  });
  const more = parsed.error.issues.length - problems.length;
  const also = more > 0 ? `; and ${plural(more, "more problem")}` : "";
  return fail(`not a Shipgate report: ${problems.join("; ")}${also}; ${WRITTEN_BY}`);
}
async function readCapped(file, maxBytes) {
  const handle = await open(file, "r");
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail("not a regular file");
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return fail(
        `larger than the ${maxBytes / (1024 * 1024)} MiB a report may be (${(info.size / (1024 * 1024)).toFixed(1)} MiB)`
      );
    }
    return ok(buffer.subarray(0, length).toString("utf8"));
  } finally {
    await handle.close();
  }
}
async function readReport(file, maxBytes = REPORT_LIMITS.bytes) {
  let text;
  try {
    text = await readCapped(file, maxBytes);
  } catch (error) {
    const code = error.code;
    text = fail(
      code === "ENOENT" ? "does not exist" : `cannot be read: ${code ?? errorMessage(error)}`
    );
  }
  const report = text.ok ? parseReport(text.value) : text;
  return report.ok ? { file, report: report.value } : { file, invalid: report.error };
}

// src/merge-shipgate.ts
async function findReportFiles(pattern, root) {
  const files = [];
  for await (const match of glob(pattern, { cwd: root })) {
    const file = path.resolve(root, match);
    if ((await lstat(file)).isFile()) files.push(file);
  }
  return files.sort();
}
async function mergeReportFiles(files, options) {
  if (new Set(files).size !== files.length) {
    throw new UsageError("The same report file is named twice: each shard report counts once.");
  }
  const { label = (file) => file, redactor, ...merge } = options;
  const sources = [];
  for (const file of files) sources.push({ ...await readReport(file), file: label(file) });
  return redactor.deep(mergeReports(sources, merge));
}
async function mergeReportGlob(pattern, root, options) {
  const { triggeringRun, ...merge } = options;
  const hint = triggeringRun ? missingReportsHint(triggeringRun) : void 0;
  return mergeReportFiles(await findReportFiles(pattern, root), {
    ...merge,
    label: (file) => path.relative(root, file),
    ...triggeringRun ? { signoffChecks: [triggeringRunCheck(triggeringRun)] } : {},
    ...hint ? { missingHint: hint } : {}
  });
}
export {
  mergeReportFiles,
  mergeReportGlob
};
//# sourceMappingURL=merge-shipgate-SQI7CANX.js.map
