import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  databaseEnvField,
  didYouMean,
  djangoProjectFields,
  duration,
  envMap,
  excludeGlobs,
  failOn,
  httpUrl,
  percentage,
  postSchema,
  repoPath,
  severity,
  strictObject,
  toolArgs,
  waiver
} from "./chunk-GYU3CE6N.js";
import {
  UsageError
} from "./chunk-LJ7Y55QE.js";
import {
  isInside,
  readSourceFile
} from "./chunk-LPPCQA4S.js";

// src/config/load.ts
import { readFile as readFile2, realpath, stat } from "node:fs/promises";
import path2 from "node:path";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "#vendor/yaml";

// src/config/detect.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var pythonKind = (python) => python.manage ? "Django" : "Python";
var nodeKind = (node) => node.next ? "Next.js" : "Node";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".venv",
  "venv",
  "env",
  "__pycache__",
  "dist",
  "build",
  ".next",
  "out",
  "coverage",
  ".tox",
  ".mypy_cache",
  "site-packages"
]);
var MAX_DEPTH = 3;
async function directories(root) {
  const found = /* @__PURE__ */ new Map();
  let level = ["."];
  for (let depth2 = 0; depth2 <= MAX_DEPTH && level.length; depth2++) {
    const nextLevel = [];
    for (const dir of level) {
      const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
      found.set(dir, new Set(entries.filter((e) => e.isFile()).map((e) => e.name)));
      if (entries.some((e) => e.isDirectory() && e.name === REQUIREMENTS_DIR)) {
        await addRequirementsFiles(root, dir, found.get(dir));
      }
      for (const entry of entries) {
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) {
          nextLevel.push(dir === "." ? entry.name : `${dir}/${entry.name}`);
        }
      }
    }
    level = nextLevel.sort();
  }
  return found;
}
var REQUIREMENTS_DIR = "requirements";
async function addRequirementsFiles(root, dir, files) {
  const entries = await readdir(path.join(root, dir, REQUIREMENTS_DIR), {
    withFileTypes: true
  }).catch(() => []);
  for (const entry of entries) if (entry.isFile()) files.add(`${REQUIREMENTS_DIR}/${entry.name}`);
}
var join = (dir, file) => dir === "." ? file : `${dir}/${file}`;
var first = (files, names) => names.find((n) => files.has(n));
async function detectStacks(root) {
  const dirs = [...await directories(root)];
  const python = choose(
    shallowest(dirs.filter(([, files]) => isPythonProject(files))).map(
      ([dir, files]) => describePythonProject(dir, files)
    ),
    (project) => Boolean(project.manage)
  );
  const node = choose(
    await Promise.all(
      shallowest(dirs.filter(([, files]) => files.has("package.json"))).map(
        ([dir, files]) => describeNodeProject(root, dir, files)
      )
    ),
    (project) => project.next
  );
  const unchecked = [...unchosen(python, pythonKind), ...unchosen(node, nodeKind)];
  return {
    ...python ? { python: python.chosen } : {},
    ...node ? { node: node.chosen } : {},
    ...unchecked.length ? { unchecked } : {}
  };
}
var depth = (dir) => dir === "." ? 0 : dir.split("/").length;
function shallowest(dirs) {
  const least = Math.min(...dirs.map(([dir]) => depth(dir)));
  return dirs.filter(([dir]) => depth(dir) === least);
}
function choose(projects, preferred) {
  const chosen = projects.find(preferred) ?? projects[0];
  return chosen === void 0 ? void 0 : { chosen, others: projects.filter((project) => project !== chosen) };
}
function unchosen(choice, kind) {
  if (!choice) return [];
  const chosen = choice.chosen.dir;
  return choice.others.map((project) => ({ dir: project.dir, kind: kind(project), chosen }));
}
var REQUIREMENTS = ["requirements.txt", "requirements/production.txt"];
var isPythonProject = (files) => files.has("manage.py") || files.has("pyproject.toml") || Boolean(first(files, REQUIREMENTS));
function describePythonProject(dir, files) {
  const requirements = first(files, REQUIREMENTS);
  return {
    dir,
    ...files.has("manage.py") ? { manage: join(dir, "manage.py") } : {},
    ...requirements ? { requirements: join(dir, requirements) } : {},
    ...files.has("pyproject.toml") ? { pyproject: join(dir, "pyproject.toml") } : {}
  };
}
async function describeNodeProject(root, dir, files) {
  let manifest = {};
  try {
    manifest = JSON.parse(
      await readFile(path.join(root, dir, "package.json"), "utf8")
    );
  } catch {
  }
  const record = (value) => value && typeof value === "object" ? value : {};
  const dependencies = [
    ...Object.keys(record(manifest.dependencies)),
    ...Object.keys(record(manifest.devDependencies))
  ];
  const lockfile = first(files, [
    "package-lock.json",
    "npm-shrinkwrap.json",
    "pnpm-lock.yaml",
    "yarn.lock"
  ]);
  const eslintConfig = [...files].find(
    (f) => /^(eslint\.config\.[cm]?[jt]s|\.eslintrc(\.(c?js|json|ya?ml))?)$/.test(f)
  );
  const envProduction = first(files, [".env.production"]);
  return {
    dir,
    next: [...files].some((f) => /^next\.config\.(js|mjs|cjs|ts)$/.test(f)) || dependencies.includes("next"),
    ...lockfile ? { lockfile: join(dir, lockfile) } : {},
    ...eslintConfig ? { eslintConfig: join(dir, eslintConfig) } : {},
    ...files.has("tsconfig.json") ? { tsconfig: join(dir, "tsconfig.json") } : {},
    scripts: record(manifest.scripts),
    dependencies,
    vercel: files.has("vercel.json"),
    ...envProduction ? { envProduction: join(dir, envProduction) } : {}
  };
}

// src/config/schema.ts
import { z as z2 } from "#vendor/zod";

// src/config/monitor-schema.ts
import { z } from "#vendor/zod";
var runCount = (description, fallback) => z.number().int().min(1, { error: "expected at least 1 run" }).max(100, { error: "expected at most 100 runs" }).default(fallback).meta({ description });
var label = z.string().trim().min(1).max(50, { error: "expected a label of at most 50 characters" });
var rollbackSchema = strictObject({
  text: z.string().min(1).optional().meta({
    description: 'The rollback steps in Markdown, e.g. "Render: Events \u2192 the last good deploy \u2192 Rollback; Vercel: `vercel rollback`".'
  }),
  links: z.array(
    strictObject({
      title: z.string().min(1).meta({ description: 'What the link opens, e.g. "Render dashboard".' }),
      url: httpUrl("The page, e.g. https://dashboard.render.com/web/srv-\u2026.")
    })
  ).default([]).meta({ description: "Dashboards and runbooks to open during the incident." })
}).meta({ description: "One target's rollback plan, quoted in its incident issue." });
var monitorSchema = strictObject({
  slo: strictObject({
    uptime: percentage().prefault("99.9%").meta({
      description: "Share of monitor runs in which every blocking probe of the target passes, over 30 days."
    }),
    p95: duration().prefault("2s").meta({
      description: "At most 5% of runs may see the target slower than this (the run's latency probe p95, or its slowest probe response)."
    }),
    "error-rate": percentage().prefault("1%").meta({
      description: "Share of requests allowed to fail (latency probe requests and probes)."
    })
  }).prefault({}).meta({
    description: "Service level objectives per target: the status issue shows the error budget left against each."
  }),
  wait: duration().prefault("30s").meta({
    description: "How long a monitor run waits for a target to answer before probing it (post.wait is for a fresh deployment; a monitored one should already answer)."
  }),
  "open-after": runCount("Consecutive failing runs that open an incident issue.", 2),
  "close-after": runCount("Consecutive passing runs that close the incident issue.", 1),
  "reopen-within": duration().prefault("1h").meta({
    description: "A target failing again this soon after its incident closed reopens that issue instead of opening a new one (flapping is one incident)."
  }),
  labels: z.array(label).default(["incident"]).meta({ description: "Labels of incident issues (shipgate-incident is always added)." }),
  assignees: z.array(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/, { error: "expected a GitHub user login" })
  ).max(10, { error: "GitHub allows at most 10 assignees" }).default([]).meta({ description: "Who incident issues are assigned to (GitHub logins)." }),
  rollback: z.record(z.string().min(1), rollbackSchema).default({}).meta({
    description: "Rollback plan per target name (as in post.targets), quoted in the incident issue."
  }),
  notify: strictObject({
    "webhook-env": z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected an environment variable name" }).optional().meta({
      description: "Name of the environment variable holding a Slack-compatible incoming-webhook URL: told when an incident opens and closes. The URL is masked and never printed."
    })
  }).prefault({}).meta({ description: "Where else incidents are announced." })
}).prefault({}).meta({ description: "Monitor mode (`phase: monitor` on a schedule): SLOs and incidents." });

// src/config/schema.ts
var gateCommon = {
  blocking: z2.boolean().default(true).meta({ description: "A failing blocking check fails the run; an advisory one only reports." }),
  timeout: duration().prefault("10m").meta({ description: "How long the gate may run before its process tree is killed." }),
  baseline: z2.boolean().default(true).meta({
    description: "Whether the baseline file applies to this gate: false judges every finding of it that the change touched, baselined or not."
  })
};
var gate = (description, options) => {
  const object = strictObject({ ...gateCommon, ...options });
  return z2.union([z2.boolean(), object]).transform((setting) => setting === true ? object.parse({}) : setting).optional().meta({ description });
};
var projectPath = (what) => repoPath(
  `Directory of the ${what}, relative to the repository root (default: detected).`
).optional();
var failOn2 = (fallback) => failOn(fallback, "gate");
var ignore = () => z2.array(waiver()).default([]).meta({ description: "Accepted findings, each with a reason and an optional expiry date." });
var excludeFindings = () => excludeGlobs(
  `Files whose findings are dropped and counted: globs relative to the repository root ("**/migrations/**") or directories. The tool still reads them; to skip reading, use the tool's own config.`
);
var gatesSchema = strictObject({
  "pip-audit": gate("Known vulnerabilities in Python dependencies (pip-audit).", {
    path: projectPath("Python project"),
    requirements: repoPath(
      "A requirements file to audit (`pip-audit -r`); without it pip-audit audits the Python environment it runs in."
    ).optional(),
    args: toolArgs("pip-audit", '"--skip-editable"'),
    "fail-on": failOn2("high"),
    "unknown-severity": severity().default("critical").meta({
      description: "pip-audit's JSON carries no severity, so every vulnerability it reports is judged at this one. The default, critical, fails the gate on any known vulnerability whatever fail-on says; set it below fail-on to make pip-audit advisory."
    }),
    ignore: ignore()
  }),
  bandit: gate("Security issues in Python code (bandit).", {
    path: projectPath("Python code"),
    "fail-on": failOn2("medium"),
    "min-confidence": z2.enum(["low", "medium", "high"]).default("low").meta({ description: "Findings below this bandit confidence are dropped (and counted)." }),
    args: toolArgs("bandit", '"--skip", "B101"'),
    exclude: excludeFindings(),
    ignore: ignore()
  }),
  black: gate("Python formatting (black --check).", {
    path: projectPath("Python code"),
    args: toolArgs("black", '"--line-length", "100"'),
    exclude: excludeFindings(),
    "fail-on": failOn2("low")
  }),
  flake8: gate("Python lint (flake8).", {
    path: projectPath("Python code"),
    args: toolArgs("flake8", '"--max-line-length=88", "--extend-ignore=E203,W503"'),
    exclude: excludeFindings(),
    "fail-on": failOn2("low")
  }),
  django: gate("Django's production settings check (manage.py check --deploy).", {
    ...djangoProjectFields,
    "fail-on": failOn2("medium"),
    ignore: ignore()
  }),
  migrations: gate(
    "Database migrations ready: no model change without its migration (makemigrations --check --dry-run) and, with a database, none left unapplied (migrate --check).",
    {
      ...djangoProjectFields,
      "database-env": databaseEnvField(
        "The variable the settings read the database URL from. When it is set (in env: or the job), `migrate --check --plan` also runs and every unapplied migration fails."
      )
    }
  ),
  secrets: gate("Required environment variables are set; no secrets are committed.", {
    "required-env": z2.array(
      z2.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected an environment variable name" })
    ).default([]).meta({ description: "Variables that must be present and non-empty." }),
    scan: z2.boolean().default(true).meta({
      description: "Scan the files git tracks (the whole tree outside git) for committed secrets: secretlint's recommended token rules, literal Django SECRET_KEY values and fallbacks, literal database passwords, and committed .env / .env*.local files."
    }),
    exclude: z2.array(z2.string()).default([]).meta({
      description: 'Files the scan skips (fixtures, test data): globs such as "examples/**", or directories.'
    }),
    "fail-on": failOn2("high")
  }),
  "database-tls": gate("The database connection requires TLS.", {
    env: z2.string().default("DATABASE_URL").meta({
      description: "The environment variable that holds the database URL; it must be set. PostgreSQL needs sslmode=require/verify-ca/verify-full, MySQL ssl-mode=REQUIRED/VERIFY_CA/VERIFY_IDENTITY (or ssl=true), unless the host is this machine (loopback or a Unix socket); SQLite warns."
    }),
    "fail-on": failOn2("high")
  }),
  "npm-audit": gate("Known vulnerabilities in npm dependencies (npm audit).", {
    path: projectPath("Node project"),
    "fail-on": failOn2("high"),
    omit: z2.array(z2.enum(["dev", "optional", "peer"])).default([]).meta({ description: "Dependency types to leave out of the audit." }),
    args: toolArgs("npm audit", '"--registry", "https://registry.example.com"'),
    ignore: ignore()
  }),
  eslint: gate("JavaScript/TypeScript lint (the project\u2019s ESLint).", {
    path: projectPath("Node project"),
    args: toolArgs("ESLint", '"--config", "eslint.ci.config.js"'),
    exclude: excludeFindings(),
    "fail-on": failOn2("high")
  }),
  typescript: gate("Type check (the project\u2019s tsc --noEmit).", {
    path: projectPath("Node project"),
    project: z2.string().default("tsconfig.json").meta({ description: "The tsconfig to check." }),
    args: toolArgs("tsc", '"--strict"'),
    "fail-on": failOn2("high")
  }),
  build: gate("The production build succeeds.", {
    path: projectPath("Node project"),
    run: z2.string().min(1).default("npm run build").meta({ description: "The build command." }),
    env: envMap().default({})
  }),
  "headers-config": gate("Security headers (CSP, HSTS, \u2026) are configured in the front end.", {
    path: projectPath("front end"),
    "fail-on": failOn2("high")
  }),
  "https-urls": gate("API base URLs use https://.", {
    path: projectPath("front end"),
    files: z2.array(repoPath("An env file, relative to the front end.")).default([".env.production"]).meta({ description: "Env files to read, relative to the front end." }),
    "fail-on": failOn2("high")
  })
});
var commandSchema = strictObject({
  name: z2.string().min(1).meta({ description: "Shown in the sign-off table." }),
  run: z2.string().min(1).meta({ description: "A bash command line." }),
  cwd: repoPath("Working directory, relative to the repository root.").default("."),
  timeout: duration().prefault("10m").meta({ description: "Killed (with its children) after this." }),
  blocking: z2.boolean().default(true).meta({ description: "Whether a failure fails the run." }),
  env: envMap().default({})
});
var checkRunName = z2.string().trim().min(1).max(100);
var commentKeySchema = z2.string().regex(/^[A-Za-z0-9._-]{1,64}$/, {
  error: 'expected letters, digits, ".", "_" or "-" (at most 64)'
});
var githubLoginSchema = z2.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/, {
  error: "expected a GitHub login, e.g. github-actions[bot] or a user name"
});
var signoffSchema = strictObject({
  comment: z2.boolean().default(true).meta({
    description: "Post the sign-off as one comment on the pull request, updated in place on every run."
  }),
  "comment-key": commentKeySchema.default("signoff").meta({
    description: 'Tells apart the comments of several Shipgate jobs on one pull request (e.g. "pre" and "post"): one comment per key.'
  }),
  "comment-author": githubLoginSchema.default("github-actions[bot]").meta({
    description: "The login the github-token posts as: only its comments carrying the marker are updated, so that a marker planted in someone else's comment is never edited. Set it to the token's user or app bot when github-token is not the workflow's own token."
  }),
  "check-run": z2.union([z2.literal(false), z2.literal(true), checkRunName]).default("Shipgate").transform((value) => value === true ? "Shipgate" : value).meta({
    description: "Name of the check run (the status check that branch protection can require), or false for none."
  }),
  "max-annotations": z2.number().int().min(0).max(1e3).default(200).meta({
    description: "Findings annotated on the diff, highest severity first; the rest are counted in the check summary."
  }),
  deadline: duration().prefault("1m").meta({
    description: "How long creating the check run, and then delivering the comment and completing the check run, may each take (every request at most 10 s, or a third of this). Past it Shipgate gives up with a warning; the job summary and the exit code are not held up."
  })
}).prefault({}).meta({ description: "Where the sign-off is delivered on GitHub." });
var configSchema = strictObject({
  version: z2.literal(1, { error: "expected 1 (the only config version)" }).default(1).meta({ description: "The config format version." }),
  concurrency: z2.number().int().min(1, { error: "expected at least 1" }).optional().meta({ description: "Checks run in parallel (default: the number of CPUs)." }),
  deadline: duration().prefault("30m").meta({ description: "The whole run is stopped after this; unfinished checks become errors." }),
  baseline: z2.union([
    z2.literal(false),
    repoPath("Path of the baseline file, relative to the repository root.")
  ]).optional().meta({
    description: "The baseline file: findings accepted when adopting Shipgate, by fingerprint, written by `shipgate baseline`. Only findings not in it are judged. Default: .github/shipgate-baseline.json when it exists; false: no baseline."
  }),
  changes: z2.enum(["lines", "files", "off"]).default("lines").meta({
    description: "When the change has a base (a pull_request event, `--base REF`): `lines` judges only pre-deploy findings on lines it added or edited (an advisory: a package its manifest or lockfile changed), `files` findings in files it touched, `off` every finding. The others are existing, whatever the baseline says."
  }),
  "pass-github-token": z2.boolean().default(false).meta({
    description: "Give tools and commands the job's GITHUB_TOKEN (else the github-token input) as GITHUB_TOKEN, e.g. for a command that calls gh. Off by default: like an ordinary run: step, they never see the runner's tokens, the action's inputs or its output files."
  }),
  pre: strictObject({
    gates: gatesSchema.default({}).meta({
      description: "Built-in gates: `true` = on with defaults, `false` = off, or options. Omit the key to let zero-config enable the gates whose inputs exist."
    }),
    commands: z2.array(commandSchema).default([]).meta({ description: "The checklist's own steps." }),
    "missing-tools": z2.enum(["error", "skip"]).default("error").meta({
      description: "What a configured gate whose tool is not installed becomes: `error` (a forgotten install must not pass) or `skip` with the install hint (for local runs). Zero-config gates always skip."
    })
  }).prefault({}).meta({ description: "Pre-deploy gates, run on every pull request." }),
  post: postSchema.prefault({}).meta({ description: "Post-deploy probes against the deployed URLs." }),
  monitor: monitorSchema,
  signoff: signoffSchema
}).superRefine((config, context) => {
  const targets = config.post.targets.map((target) => target.name);
  for (const name of Object.keys(config.monitor.rollback)) {
    if (targets.includes(name)) continue;
    context.addIssue({
      code: "custom",
      path: ["monitor", "rollback", name],
      message: `no target named "${name}" in post.targets${targets.length ? ` (targets: ${targets.join(", ")})` : ""}`
    });
  }
});

// src/config/zero-config.ts
var where = (dir) => dir === "." ? "at the root" : `in ${dir}/`;
function zeroConfigPlan(stacks, env) {
  const plan = { enabled: [], leftOff: [] };
  const decide = (gate2, on, reason) => {
    if (on) plan.enabled.push(gate2);
    else plan.leftOff.push({ gate: gate2, reason });
  };
  const { python, node } = stacks;
  const noPython = "no manage.py, requirements.txt or pyproject.toml";
  const noNode = "no package.json";
  decide(
    "pip-audit",
    python?.requirements || python?.pyproject,
    python ? `no requirements.txt or pyproject.toml ${where(python.dir)}` : noPython
  );
  for (const gate2 of ["bandit", "black", "flake8"]) decide(gate2, python, noPython);
  for (const gate2 of ["django", "migrations"]) {
    decide(gate2, python?.manage, python ? `no manage.py ${where(python.dir)}` : noPython);
  }
  decide("secrets", python || node, `${noPython}; ${noNode}`);
  decide("database-tls", env.DATABASE_URL, "no DATABASE_URL in the environment");
  const inNode = (what) => node ? `${what} ${where(node.dir)}` : noNode;
  decide("npm-audit", node?.lockfile, inNode("no lockfile"));
  decide(
    "eslint",
    node?.eslintConfig || node?.dependencies.includes("eslint"),
    inNode("no ESLint config or eslint dependency")
  );
  decide("typescript", node?.tsconfig, inNode("no tsconfig.json"));
  decide("build", node?.scripts.build, inNode('no "build" script in package.json'));
  decide("headers-config", node?.next || node?.vercel, inNode("no Next.js or vercel.json"));
  decide("https-urls", node?.envProduction, inNode("no .env.production"));
  return plan;
}
var PROJECT = {
  Django: "Django project",
  Python: "Python project",
  "Next.js": "Next.js app",
  Node: "Node project"
};
var NAMED_BY = {
  Django: "the gates' `path`, and `manage` of django and migrations",
  Python: "the gates' `path`",
  "Next.js": "the gates' `path`",
  Node: "the gates' `path`"
};
var notChecked = ({ dir, kind, chosen }) => `${dir}/: another ${PROJECT[kind]}, not checked (zero-config checks one project of each stack, the one ${where(chosen)}); to check it, name it in .github/shipgate.yml (${NAMED_BY[kind]}).`;
function describeZeroConfig(stacks, plan) {
  const found = [
    ...stacks.python ? [`${pythonKind(stacks.python)} ${where(stacks.python.dir)}`] : [],
    ...stacks.node ? [`${nodeKind(stacks.node)} ${where(stacks.node.dir)}`] : []
  ];
  return [
    `Zero-config (no pre.gates in a config): detected ${found.length ? found.join(", ") : "no Python or Node project"}.`,
    ...(stacks.unchecked ?? []).map(notChecked),
    `Gates enabled: ${plan.enabled.length ? plan.enabled.join(", ") : "none"}.`,
    ...plan.leftOff.length ? [`Left off: ${plan.leftOff.map(({ gate: gate2, reason }) => `${gate2} (${reason})`).join("; ")}.`] : []
  ];
}

// src/config/load.ts
var CONFIG_CANDIDATES = [
  ".github/shipgate.yml",
  ".github/shipgate.yaml",
  ".github/shipgate.json",
  "shipgate.yml"
];
var CONFIG_MAX_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var ConfigError = class extends UsageError {
  file;
  problems;
  constructor(file, problems) {
    super(`Invalid Shipgate config ${file}:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
};
function formatKeyPath(keys) {
  return keys.map(
    (key, i) => typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
  ).join("");
}
function locate(doc, lines, keys, extraKey) {
  let node = doc.getIn(keys, true);
  if (node === void 0 && keys.length && extraKey === void 0) {
    return locate(doc, lines, keys.slice(0, -1));
  }
  if (extraKey !== void 0 && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === extraKey
    );
    if (pair && isPair(pair)) node = pair.key;
  }
  const range = node?.range;
  if (!range) return "";
  const { line, col } = lines.linePos(range[0]);
  return `:${line}:${col}`;
}
function describeIssue(issue) {
  if (issue.code === "invalid_union" && "discriminator" in issue && "options" in issue) {
    const options = issue.options.map(String);
    const input = issue.input;
    const value = isRecord(input) ? input[String(issue.discriminator)] : void 0;
    const expected = `expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}`;
    if (value === void 0) return `missing; ${expected}`;
    const meant = typeof value === "string" ? didYouMean(value, options) : "";
    return `unknown ${String(issue.discriminator)} ${JSON.stringify(value)}${meant}; ${expected}`;
  }
  if (issue.code === "invalid_type" && !/^expected/.test(issue.message)) {
    const input = issue.input;
    return `expected ${issue.expected}, got ${input === void 0 ? "nothing" : JSON.stringify(input)}`;
  }
  if (issue.code === "invalid_value" && !/^expected/.test(issue.message)) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.input)}`;
  }
  return issue.message;
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function flattenUnions(issues) {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
    const typeMismatch = (branch) => branch.length === 1 && branch[0].path.length === 0 && branch[0].code === "invalid_type";
    const relevant = issue.errors.find((branch) => !typeMismatch(branch));
    if (relevant) {
      return flattenUnions(
        relevant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))
      );
    }
    const expected = issue.errors.map((branch) => branch[0]?.code === "invalid_type" ? branch[0].expected : void 0).filter(Boolean);
    const input = issue.input;
    return [
      { ...issue, message: `expected ${expected.join(" or ")}, got ${JSON.stringify(input)}` }
    ];
  });
}
function parseConfigText(text, file) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        return `${file}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${message}`;
      })
    };
  }
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    return {
      ok: false,
      problems: [
        `${file}: invalid YAML: its aliases expand too far (more than ${MAX_ALIAS_COUNT}), as a resource exhaustion attack would (${error instanceof Error ? error.message : String(error)})`
      ]
    };
  }
  const parsed = configSchema.safeParse(raw, { reportInput: true, jitless: true });
  if (parsed.success) return { ok: true, config: parsed.data, raw };
  const problems = flattenUnions(parsed.error.issues).flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const messages = issue.message.split("; ");
      return issue.keys.map(
        (key, i) => `${file}${locate(doc, lines, issue.path, key)}: ${formatKeyPath([...issue.path, key])}: ${messages[i] ?? issue.message}`
      );
    }
    const where2 = issue.path.length ? `${formatKeyPath(issue.path)}: ` : "";
    return [`${file}${locate(doc, lines, issue.path)}: ${where2}${describeIssue(issue)}`];
  });
  return { ok: false, problems };
}
async function assertRootDirectory(root, rootName) {
  const stats = await stat(root).catch(() => void 0);
  if (!stats) throw new UsageError(`${rootName} ${root} does not exist`);
  if (!stats.isDirectory()) throw new UsageError(`${rootName} ${root} is not a directory`);
}
async function readNamedConfig(root, file, within) {
  const absolute = path2.resolve(root, file);
  if (within) await assertNamedWithin(absolute, file, within);
  const stats = await stat(absolute).catch(() => void 0);
  if (!stats) throw new UsageError(`Config file not found: ${file}`);
  if (stats.isDirectory()) throw new UsageError(`Config file ${file} is a directory, not a file`);
  if (!stats.isFile()) throw new UsageError(`Config file ${file} is not a regular file`);
  if (stats.size > CONFIG_MAX_BYTES) {
    throw new UsageError(`Config file ${file} is over 1 MiB: no config is that large`);
  }
  return readFile2(absolute, "utf8");
}
async function assertNamedWithin(absolute, file, { dir, dirName, fileName }) {
  const base = path2.resolve(dir);
  if (!isInside(base, absolute)) {
    throw new UsageError(`${fileName}: ${file} lies outside ${dirName} (${base})`);
  }
  const real = await realpath(absolute).catch(() => void 0);
  const realBase = await realpath(base).catch(() => base);
  if (real && !isInside(realBase, real)) {
    throw new UsageError(
      `${fileName}: ${file} resolves to ${real}, outside ${dirName} (${base}): it is not read`
    );
  }
}
async function readFoundConfig(root, candidate) {
  const read = await readSourceFile(root, candidate, CONFIG_MAX_BYTES);
  if (read.kind === "missing") return void 0;
  if (read.kind === "text") return read.text;
  const why = read.reason === "outside the repository" ? "leads outside the repository" : `is ${read.reason}`;
  throw new UsageError(`Config file ${candidate} ${why}: it is not read`);
}
async function pathsOutside(root, file, config) {
  const named = [];
  for (const [kind, gate2] of Object.entries(config.pre.gates)) {
    if (!gate2) continue;
    for (const key of ["path", "manage", "requirements"]) {
      const value = gate2[key];
      if (typeof value === "string") named.push([["pre", "gates", kind, key], value]);
    }
  }
  config.pre.commands.forEach(
    (command, index) => named.push([["pre", "commands", index, "cwd"], command.cwd])
  );
  const realRoot = await realpath(root);
  const problems = [];
  for (const [keys, value] of named) {
    const real = await realpath(path2.resolve(root, value)).catch(() => void 0);
    if (real && !isInside(realRoot, real)) {
      problems.push(
        `${file}: ${formatKeyPath(keys)}: ${value} resolves to ${real}, outside the repository (a symlink)`
      );
    }
  }
  return problems;
}
async function loadConfig({
  root,
  rootName = "The repository root",
  file,
  fileWithin,
  env
}) {
  await assertRootDirectory(root, rootName);
  let text;
  let shown;
  if (file !== void 0) {
    text = await readNamedConfig(root, file, fileWithin);
    shown = file;
  } else {
    for (const candidate of CONFIG_CANDIDATES) {
      text = await readFoundConfig(root, candidate);
      if (text !== void 0) {
        shown = candidate;
        break;
      }
    }
  }
  const stacks = await detectStacks(root);
  const parsed = parseConfigText(text ?? "", shown ?? "(zero-config)");
  if (!parsed.ok) throw new ConfigError(shown ?? "(zero-config)", parsed.problems);
  const config = parsed.config;
  const outside = await pathsOutside(root, shown ?? "(zero-config)", config);
  if (outside.length > 0) throw new ConfigError(shown ?? "(zero-config)", outside);
  const autoDetected = /* @__PURE__ */ new Set();
  const saysGates = parsed.raw?.pre?.gates !== void 0;
  const zeroConfig = saysGates ? void 0 : zeroConfigPlan(stacks, env);
  for (const kind of zeroConfig?.enabled ?? []) {
    const defaults = configSchema.shape.pre.parse({ gates: { [kind]: true } }).gates[kind];
    Object.assign(config.pre.gates, { [kind]: defaults });
    autoDetected.add(kind);
  }
  return {
    config,
    ...shown ? { file: shown } : {},
    stacks,
    autoDetected,
    ...zeroConfig ? { zeroConfig } : {}
  };
}

// src/report/verdict.ts
function verdictOf(checks) {
  return checks.some((c) => c.blocking && (c.status === "fail" || c.status === "error")) ? "fail" : "pass";
}

export {
  commentKeySchema,
  githubLoginSchema,
  signoffSchema,
  describeZeroConfig,
  formatKeyPath,
  loadConfig,
  verdictOf
};
//# sourceMappingURL=chunk-QKMRASLL.js.map
