import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  describeApiError,
  sameLogin
} from "./chunk-RTVYEODI.js";
import {
  postWebhook
} from "./chunk-U6BIK67K.js";
import {
  planProbes
} from "./chunk-4CCUKTBK.js";
import {
  BUDGETS,
  clip
} from "./chunk-UBWSTWLM.js";
import {
  escapeInline
} from "./chunk-CP5KLOYK.js";
import "./chunk-HQCFWBRV.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import "./chunk-O37QRWLD.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import "./chunk-OUPSEYEA.js";
import {
  plural
} from "./chunk-DVUULFWV.js";
import "./chunk-UO5GEDUS.js";

// src/monitor/github.ts
var ISSUES_PERMISSION = "issues: write";
var status = (error) => error.status;
async function ensureLabels(github, labels) {
  for (const label of labels) {
    try {
      await github.octokit.rest.issues.getLabel({ ...github.repo, name: label.name });
    } catch (error) {
      if (status(error) !== 404) throw error;
      try {
        await github.octokit.rest.issues.createLabel({ ...github.repo, ...label });
      } catch (creating) {
        if (status(creating) !== 422) throw creating;
      }
    }
  }
}
async function findIssues(github, label, state, marker) {
  const found = [];
  const pages = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
    ...github.repo,
    labels: label,
    state,
    sort: "created",
    direction: "asc",
    per_page: 100
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      const body = issue.body ?? "";
      if (issue.pull_request || !sameLogin(issue.user?.login, github.author) || !marker(body))
        continue;
      found.push({ number: issue.number, url: issue.html_url, body, open: issue.state === "open" });
    }
  }
  return found;
}

// src/monitor/incident.ts
var NO_INCIDENT = { failingRuns: 0, passingRuns: 0 };
var RECOVERING = "recovering";
function signatureOf(observation) {
  const ids = observation.failing.map((check) => check.id).sort();
  return `failing:${ids.join(",")}${observation.slow ? ";slow" : ""}`;
}
function stepIncident(state, observation, policy) {
  return observation.up ? passed(state, observation, policy) : failed(state, observation, policy);
}
function failed(state, observation, policy) {
  const firstRunUrl = state.since === void 0 ? observation.runUrl : state.firstRunUrl;
  const streak = {
    failingRuns: state.failingRuns + 1,
    passingRuns: 0,
    since: state.since ?? observation.at,
    ...firstRunUrl ? { firstRunUrl } : {}
  };
  const failure = {
    signature: signatureOf(observation),
    titles: observation.failing.map((check) => check.title)
  };
  const issue = state.issue;
  if (issue?.open) return stillFailing(issue, streak, failure);
  if (streak.failingRuns < policy.openAfter) {
    return { state: { ...streak, ...issue ? { issue } : {} }, action: { kind: "none" } };
  }
  const flapping = issue?.closedAt !== void 0 && observation.at - issue.closedAt <= policy.reopenWithinMs;
  if (issue && flapping) return reopened(issue, streak, failure);
  return opened(streak, observation.at, failure);
}
function stillFailing(issue, streak, { signature, titles }) {
  const updated = {
    ...issue,
    signature,
    runs: issue.runs + 1,
    failedRuns: issue.failedRuns + 1,
    failed: union(issue.failed, titles)
  };
  const action = signature === issue.signature ? { kind: "none" } : {
    kind: "comment",
    number: issue.number,
    change: issue.signature === RECOVERING ? "failing again" : "changed"
  };
  return { state: { ...streak, issue: updated }, action };
}
function reopened(issue, streak, { signature, titles }) {
  const reopenedIssue = {
    ...withoutClosedAt(issue),
    open: true,
    reopens: issue.reopens + 1,
    signature,
    runs: issue.runs + streak.failingRuns,
    failedRuns: issue.failedRuns + streak.failingRuns,
    failed: union(issue.failed, titles)
  };
  return {
    state: { ...streak, issue: reopenedIssue },
    action: { kind: "reopen", number: issue.number }
  };
}
function opened(streak, at, { signature, titles }) {
  const issue = {
    number: 0,
    open: true,
    since: streak.since,
    ...streak.firstRunUrl ? { firstRunUrl: streak.firstRunUrl } : {},
    openedAt: at,
    reopens: 0,
    signature,
    runs: streak.failingRuns,
    failedRuns: streak.failingRuns,
    failed: titles
  };
  return { state: { ...streak, issue }, action: { kind: "open" } };
}
function passed(state, observation, policy) {
  const streak = { failingRuns: 0, passingRuns: state.passingRuns + 1 };
  const issue = state.issue;
  if (!issue?.open)
    return { state: { ...streak, ...issue ? { issue } : {} }, action: { kind: "none" } };
  const counted = { ...issue, runs: issue.runs + 1 };
  if (streak.passingRuns >= policy.closeAfter) {
    const closed = { ...counted, open: false, closedAt: observation.at };
    return {
      state: { ...streak, issue: closed },
      action: { kind: "close", number: issue.number, durationMs: observation.at - issue.since }
    };
  }
  if (issue.signature === RECOVERING)
    return { state: { ...streak, issue: counted }, action: { kind: "none" } };
  return {
    state: { ...streak, issue: { ...counted, signature: RECOVERING } },
    action: { kind: "comment", number: issue.number, change: "recovering" }
  };
}
function withoutClosedAt(issue) {
  const copy = { ...issue };
  delete copy.closedAt;
  return copy;
}
var union = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])];
function withIssueNumber(state, number) {
  return state.issue ? { ...state, issue: { ...state.issue, number } } : state;
}

// src/monitor/incident-text.ts
var INCIDENT_LABEL = "shipgate-incident";
var incidentMarker = (target) => `<!-- shipgate:incident:${encodeURIComponent(target)} -->`;
var incidentTitle = (target) => clip(`Incident: ${target} is failing its monitor probes`, 256);
var time = (ms) => new Date(ms).toISOString().replace(/:\d\d\.\d+Z$/, " UTC").replace("T", " ");
var runLink = (url, text = "this run") => url ? `[${text}](${url})` : text;
function whatFails(event, monitor) {
  const { failing, slow } = event.run.observation;
  const lines = failing.map(
    (check) => `- **${escapeInline(check.title)}**: ${escapeInline(clip(check.summary, 500))}`
  );
  const latency = event.run.sample.latencyMs;
  if (slow && latency !== void 0) {
    lines.push(
      `- Latency ${formatDuration(latency)}, over the p95 objective of ${formatDuration(monitor.slo.p95)}`
    );
  }
  return lines.join("\n") || "- (no blocking probe named: see the run)";
}
function rollbackSection(plan) {
  if (!plan || !plan.text && !plan.links.length) {
    return "_No rollback plan for this target: add one under `monitor.rollback` in the Shipgate config._";
  }
  return [
    ...plan.text ? [plan.text] : [],
    ...plan.links.map((link) => `- [${escapeInline(link.title)}](${link.url})`)
  ].join("\n\n");
}
function incidentBody(event, monitor) {
  const issue = event.incident.issue;
  const since = event.incident.since ?? issue.since;
  return [
    incidentMarker(event.target),
    `## \u{1F534} ${escapeInline(event.target)} is failing`,
    "",
    `**Since** ${time(since)}, ${plural(event.incident.failingRuns, "consecutive failing run")}. First failing run: ${runLink(event.incident.firstRunUrl, "workflow run")}.`,
    "",
    "### What fails",
    "",
    whatFails(event, monitor),
    "",
    "### Rollback plan",
    "",
    rollbackSection(monitor.rollback[event.target]),
    "",
    "---",
    `Shipgate's monitor comments here only when something changes, and closes this issue after ${plural(monitor["close-after"], "passing run")}.`
  ].join("\n");
}
var CHANGE_HEADING = {
  changed: "\u{1F534} What fails has changed",
  recovering: "\u{1F7E1} Recovering",
  "failing again": "\u{1F534} Failing again"
};
function changeComment(event, change, monitor, runUrl) {
  const heading = `### ${CHANGE_HEADING[change]} (${runLink(runUrl)}, ${time(event.run.observation.at)})`;
  if (change === "recovering") {
    const needed = monitor["close-after"];
    return `${heading}

Every blocking probe passed: ${event.incident.passingRuns} of ${plural(needed, "passing run")} needed to close this incident.`;
  }
  return `${heading}

${whatFails(event, monitor)}`;
}
function reopenComment(event, monitor, runUrl) {
  const issue = event.incident.issue;
  return [
    `### \u{1F534} Reopened: failing again (${runLink(runUrl)}, ${time(event.run.observation.at)})`,
    "",
    `${plural(event.incident.failingRuns, "consecutive failing run")} within ${formatDuration(monitor["reopen-within"])} of the close: one flapping incident, reopened ${plural(issue.reopens, "time")}.`,
    "",
    whatFails(event, monitor)
  ].join("\n");
}
function closeComment(event, durationMs, runUrl) {
  const issue = event.incident.issue;
  const failed2 = issue.failed.map((title) => `- ${escapeInline(title)}`).join("\n");
  return [
    `### \u{1F7E2} Resolved (${runLink(runUrl)}, ${time(event.run.observation.at)})`,
    "",
    `Every blocking probe passes again. **Duration:** ${formatDuration(durationMs)} (since ${time(issue.since)}).`,
    "",
    `**Summary:** ${plural(issue.runs, "monitor run")} during the incident, ${issue.failedRuns} failing${issue.reopens ? `; reopened ${plural(issue.reopens, "time")}` : ""}. Checks that failed:`,
    "",
    failed2 || "- (none recorded)"
  ].join("\n");
}
function webhookText(event, kind, issueUrl, durationMs) {
  const failing = event.run.observation.failing.map((check) => check.title).join(", ");
  if (kind === "closed") {
    return `\u{1F7E2} Resolved: ${event.target} passes its monitor probes again after ${formatDuration(durationMs ?? 0)}. ${issueUrl}`;
  }
  return `\u{1F534} Incident ${kind}: ${event.target} is failing${failing ? ` (${failing})` : ""}. ${issueUrl}`;
}

// src/monitor/incidents.ts
var status2 = (error) => error.status;
var VERB = { open: "open", reopen: "reopen", comment: "comment on", close: "close" };
function withIssue(state, previous) {
  const streak = { ...state };
  delete streak.issue;
  return previous?.issue ? { ...streak, issue: previous.issue } : streak;
}
async function carryOutIncidents(github, events, before, monitor, runUrl) {
  const incidents = {};
  const outcomes = [];
  let open;
  const run = {
    github,
    monitor,
    runUrl,
    openIncidents: () => open ??= openIncidents(github)
  };
  for (const event of events) {
    const { action, target } = event;
    incidents[target] = event.incident;
    try {
      const outcome = await carryOut(run, event);
      if (!outcome) continue;
      outcomes.push(outcome);
      if (action.kind === "open")
        incidents[target] = withIssueNumber(event.incident, outcome.number);
    } catch (error) {
      github.logger.warning(
        describeApiError(
          error,
          `${VERB[action.kind]} the incident issue of ${target}`,
          ISSUES_PERMISSION
        )
      );
      if (action.kind !== "comment") incidents[target] = withIssue(event.incident, before[target]);
    }
  }
  return { incidents, outcomes };
}
async function openIncidents(github) {
  const issues = await findIssues(
    github,
    INCIDENT_LABEL,
    "open",
    (body) => body.startsWith("<!-- shipgate:incident:")
  );
  return new Map(issues.map((issue) => [issue.body.split("\n", 1)[0], issue]));
}
async function carryOut({ github, monitor, runUrl, openIncidents: openIncidents2 }, event) {
  const { action, target } = event;
  const { octokit, repo } = github;
  const comment = (number, body) => octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
  const setState = (number, state) => octokit.rest.issues.update({
    ...repo,
    issue_number: number,
    state,
    state_reason: state === "open" ? "reopened" : "completed"
  });
  switch (action.kind) {
    case "none":
      return void 0;
    case "open": {
      const adopted = (await openIncidents2()).get(incidentMarker(target));
      if (!adopted)
        return { target, kind: "opened", ...await openIncident(github, event, monitor), event };
      await comment(adopted.number, changeComment(event, "changed", monitor, runUrl));
      return { target, kind: "commented", ...adopted, event };
    }
    case "reopen": {
      const { data } = await setState(action.number, "open");
      await comment(action.number, reopenComment(event, monitor, runUrl));
      return { target, kind: "reopened", number: action.number, url: data.html_url, event };
    }
    case "comment": {
      const { data } = await comment(
        action.number,
        changeComment(event, action.change, monitor, runUrl)
      );
      return { target, kind: "commented", number: action.number, url: data.html_url, event };
    }
    case "close": {
      await comment(action.number, closeComment(event, action.durationMs, runUrl));
      const { data } = await setState(action.number, "closed");
      const { durationMs } = action;
      return {
        target,
        kind: "closed",
        number: action.number,
        url: data.html_url,
        event,
        durationMs
      };
    }
  }
}
async function openIncident(github, event, monitor) {
  const labels = [INCIDENT_LABEL, ...monitor.labels.filter((label) => label !== INCIDENT_LABEL)];
  await ensureLabels(
    github,
    labels.map((name) => ({
      name,
      color: "b60205",
      description: name === INCIDENT_LABEL ? "Opened by Shipgate's monitor" : ""
    }))
  );
  const issue = {
    ...github.repo,
    title: incidentTitle(event.target),
    body: incidentBody(event, monitor),
    labels
  };
  try {
    const { data } = await github.octokit.rest.issues.create({
      ...issue,
      ...monitor.assignees.length ? { assignees: monitor.assignees } : {}
    });
    return { number: data.number, url: data.html_url };
  } catch (error) {
    if (status2(error) !== 422 || !monitor.assignees.length) throw error;
    github.logger.warning(
      `GitHub refused the assignees ${monitor.assignees.join(", ")} (monitor.assignees): only collaborators of the repository can be assigned. The incident issue is opened unassigned.`
    );
    const { data } = await github.octokit.rest.issues.create(issue);
    return { number: data.number, url: data.html_url };
  }
}

// src/monitor/observe.ts
var FAILED = /* @__PURE__ */ new Set(["fail", "error"]);
var SINGLE_REQUEST = /* @__PURE__ */ new Set(["health", "page"]);
function observeTargets(post, report, p95ObjectiveMs, runUrl) {
  const at = Date.parse(report.startedAt);
  const byId = new Map(report.checks.map((check) => [check.id, check]));
  const planned = planProbes(post);
  const runs = [];
  let offset = 0;
  for (const target of post.targets) {
    const ids = planned.slice(offset, offset + target.probes.length).map((check) => check.id);
    offset += target.probes.length;
    const checks = ids.flatMap((id) => byId.get(id) ?? []);
    const ran = checks.filter((check) => check.status !== "skip");
    if (ran.length === 0) continue;
    const failing = ran.filter((check) => check.blocking && FAILED.has(check.status)).map(({ id, title, summary }) => ({ id, title, summary }));
    const latencyMs = latencyOf(ran);
    const { requests, errors } = requestsOf(ran);
    const up = failing.length === 0;
    runs.push({
      target: target.name,
      sample: { at, up, requests, errors, ...latencyMs !== void 0 ? { latencyMs } : {} },
      observation: {
        at,
        up,
        failing,
        slow: latencyMs !== void 0 && latencyMs > p95ObjectiveMs,
        ...runUrl ? { runUrl } : {}
      }
    });
  }
  return runs;
}
function latencyOf(checks) {
  const latency = checks.find(
    (check) => check.kind === "latency" && check.metrics.p95Ms !== void 0
  );
  if (latency) return latency.metrics.p95Ms;
  const times = checks.flatMap(
    (check) => check.metrics.latencyMs === void 0 ? [] : [check.metrics.latencyMs]
  );
  return times.length ? Math.max(...times) : void 0;
}
function requestsOf(checks) {
  const latency = checks.filter((check) => check.kind === "latency");
  if (latency.length) {
    let requests = 0;
    let errors = 0;
    for (const check of latency) {
      const sent = check.metrics.requests ?? 1;
      requests += sent;
      errors += check.metrics.requests === void 0 ? Number(FAILED.has(check.status)) : Math.round(sent * (check.metrics.errorRate ?? 0));
    }
    return { requests, errors };
  }
  const single = checks.filter((check) => SINGLE_REQUEST.has(check.kind));
  return {
    requests: single.length,
    errors: single.filter((check) => FAILED.has(check.status)).length
  };
}

// src/monitor/history.ts
var HOUR = 36e5;
var DAY = 24 * HOUR;
var DEFAULT_RETENTION = {
  rawMs: 6 * HOUR,
  hourlyMs: 7 * DAY,
  keepMs: 31 * DAY
};
function bucketOf(sample) {
  return {
    start: sample.at,
    width: 0,
    runs: 1,
    up: sample.up ? 1 : 0,
    requests: sample.requests,
    errors: sample.errors,
    slow: 0,
    latencies: sample.latencyMs === void 0 ? [] : [[Math.round(sample.latencyMs), 1]]
  };
}
var quantize = (ms) => ms < 1 ? 0 : Number(ms.toPrecision(2));
function slowRuns(bucket, p95Ms) {
  if (bucket.width > 0) return bucket.slow;
  return bucket.latencies.reduce((sum, [ms, runs]) => ms > p95Ms ? sum + runs : sum, 0);
}
function mergeLatencies(into, latencies) {
  for (const [ms, runs] of latencies) {
    const key = quantize(ms);
    into.set(key, (into.get(key) ?? 0) + runs);
  }
}
var MAX_LATENCIES = { [HOUR]: 6, [DAY]: 12 };
function compressLatencies(pairs, max) {
  const kept = pairs.map(([ms, runs]) => [ms, runs]);
  while (kept.length > max) {
    let closest = 0;
    for (let i = 1; i < kept.length - 1; i++) {
      const ratio = kept[i + 1][0] / Math.max(kept[i][0], 1);
      if (ratio < kept[closest + 1][0] / Math.max(kept[closest][0], 1)) closest = i;
    }
    kept[closest + 1][1] += kept[closest][1];
    kept.splice(closest, 1);
  }
  return kept;
}
function merge(start, width, buckets, p95Ms) {
  const latencies = /* @__PURE__ */ new Map();
  const merged = {
    start,
    width,
    runs: 0,
    up: 0,
    requests: 0,
    errors: 0,
    slow: 0,
    latencies: []
  };
  for (const bucket of buckets) {
    merged.runs += bucket.runs;
    merged.up += bucket.up;
    merged.requests += bucket.requests;
    merged.errors += bucket.errors;
    merged.slow += slowRuns(bucket, p95Ms);
    mergeLatencies(latencies, bucket.latencies);
  }
  const ascending = [...latencies].sort((a, b) => a[0] - b[0]);
  merged.latencies = compressLatencies(ascending, MAX_LATENCIES[width] ?? ascending.length);
  return merged;
}
function addSample(buckets, sample, now2, p95Ms, retention = DEFAULT_RETENTION) {
  const added = [...buckets];
  let at = added.length;
  while (at > 0 && added[at - 1].start > sample.at) at--;
  added.splice(at, 0, bucketOf(sample));
  return rollUp(added, now2, p95Ms, retention);
}
function rollUp(buckets, now2, p95Ms, retention = DEFAULT_RETENTION) {
  const kept = [];
  const groups = /* @__PURE__ */ new Map();
  let dropped = false;
  for (const bucket of buckets) {
    const age = now2 - bucket.start;
    if (age > retention.keepMs) {
      dropped = true;
      continue;
    }
    const resolution = age > retention.hourlyMs ? DAY : age > retention.rawMs ? HOUR : 0;
    if (resolution <= bucket.width) {
      kept.push(bucket);
      continue;
    }
    const start = Math.floor(bucket.start / resolution) * resolution;
    const key = `${resolution}:${start}`;
    const group = groups.get(key) ?? { start, width: resolution, members: [] };
    group.members.push(bucket);
    groups.set(key, group);
  }
  if (groups.size === 0) return dropped ? kept : [...buckets];
  for (const { start, width, members } of groups.values()) {
    const existing = kept.findIndex((b) => b.width === width && b.start === start);
    if (existing !== -1) members.unshift(...kept.splice(existing, 1));
    kept.push(merge(start, width, members, p95Ms));
  }
  return kept.sort((a, b) => a.start - b.start || b.width - a.width);
}

// src/monitor/record.ts
function recordRun(history, runs, monitor, now2) {
  const targets = { ...history.targets };
  const events = [];
  const policy = {
    openAfter: monitor["open-after"],
    closeAfter: monitor["close-after"],
    reopenWithinMs: monitor["reopen-within"]
  };
  for (const run of runs) {
    const record = targets[run.target] ?? { buckets: [], incident: NO_INCIDENT };
    const { state, action } = stepIncident(record.incident, run.observation, policy);
    targets[run.target] = {
      buckets: addSample(record.buckets, run.sample, now2, monitor.slo.p95),
      incident: state
    };
    events.push({ target: run.target, action, run, incident: state });
  }
  return { history: { targets }, events };
}
var REMEMBERED_RUNS = 50;
var hasRun = (history, key) => history.runs?.includes(key) ?? false;
function applyRun(latest, runs, incidents, key, monitor, now2) {
  if (hasRun(latest, key)) return latest;
  const targets = { ...latest.targets };
  for (const run of runs) {
    const record = targets[run.target] ?? { buckets: [], incident: NO_INCIDENT };
    targets[run.target] = {
      buckets: addSample(record.buckets, run.sample, now2, monitor.slo.p95),
      incident: incidents[run.target] ?? record.incident
    };
  }
  return { targets, runs: [...latest.runs ?? [], key].slice(-REMEMBERED_RUNS) };
}

// src/monitor/document.ts
var EMPTY_HISTORY = { targets: {} };
var OPEN = "<!-- shipgate:history ";
var CLOSE = " -->";
var count = external_exports.number().int().nonnegative();
var runWire = external_exports.union([
  external_exports.tuple([count, external_exports.union([external_exports.literal(0), external_exports.literal(1)]), count, count]),
  external_exports.tuple([count, external_exports.union([external_exports.literal(0), external_exports.literal(1)]), count, count, external_exports.number().nonnegative()])
]);
var rolledWire = external_exports.tuple([
  count,
  external_exports.union([external_exports.literal(HOUR / 1e3), external_exports.literal(DAY / 1e3)]),
  count,
  count,
  count,
  count,
  count,
  external_exports.string().regex(/^(\d+(\.\d+)?:\d+( |$))*$/)
]);
var issueWire = external_exports.object({
  number: count,
  open: external_exports.boolean(),
  since: count,
  firstRunUrl: external_exports.string().optional(),
  openedAt: count,
  closedAt: count.optional(),
  reopens: count,
  signature: external_exports.string(),
  runs: count,
  failedRuns: count,
  failed: external_exports.array(external_exports.string())
});
var incidentWire = external_exports.object({
  failingRuns: count,
  passingRuns: count,
  since: count.optional(),
  firstRunUrl: external_exports.string().optional(),
  issue: issueWire.optional()
});
var historyWire = external_exports.object({
  v: external_exports.literal(1),
  r: external_exports.array(external_exports.string().max(64)).max(100).optional(),
  targets: external_exports.record(
    external_exports.string(),
    external_exports.object({ b: external_exports.array(external_exports.union([runWire, rolledWire])), i: incidentWire })
  )
});
function bucketToWire(bucket) {
  const start = Math.round(bucket.start / 1e3);
  if (bucket.width === 0) {
    const head = [start, bucket.up ? 1 : 0, bucket.requests, bucket.errors];
    const latency = bucket.latencies[0]?.[0];
    return latency === void 0 ? [...head] : [...head, latency];
  }
  return [
    start,
    bucket.width / 1e3,
    bucket.runs,
    bucket.up,
    bucket.requests,
    bucket.errors,
    bucket.slow,
    bucket.latencies.map(([ms, runs]) => `${ms}:${runs}`).join(" ")
  ];
}
function bucketFromWire(wire) {
  if (wire.length <= 5) {
    const [start2, up2, requests2, errors2, latency] = wire;
    return {
      start: start2 * 1e3,
      width: 0,
      runs: 1,
      up: up2,
      requests: requests2,
      errors: errors2,
      slow: 0,
      latencies: latency === void 0 ? [] : [[latency, 1]]
    };
  }
  const [start, width, runs, up, requests, errors, slow, latencies] = wire;
  return {
    start: start * 1e3,
    width: width * 1e3,
    runs,
    up,
    requests,
    errors,
    slow,
    latencies: latencies.split(" ").filter(Boolean).map((pair) => pair.split(":").map(Number))
  };
}
function encodeHistory(history) {
  const wire = {
    v: 1,
    ...history.runs ? { r: history.runs } : {},
    targets: Object.fromEntries(
      Object.entries(history.targets).map(([name, record]) => [
        name,
        { b: record.buckets.map(bucketToWire), i: record.incident }
      ])
    )
  };
  return `${OPEN}${JSON.stringify(wire).replace(/>/g, "\\u003e")}${CLOSE}`;
}
function decodeHistory(body) {
  const start = body.indexOf(OPEN);
  if (start === -1) return { history: EMPTY_HISTORY };
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end === -1) return { history: EMPTY_HISTORY, problem: "the history comment is not closed" };
  let json;
  try {
    json = JSON.parse(body.slice(start + OPEN.length, end));
  } catch (error) {
    return { history: EMPTY_HISTORY, problem: `the history is not JSON (${String(error)})` };
  }
  const parsed = historyWire.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      history: EMPTY_HISTORY,
      problem: `the history does not match its format at ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`
    };
  }
  const targets = {};
  for (const [name, record] of Object.entries(parsed.data.targets)) {
    targets[name] = {
      buckets: record.b.map(bucketFromWire).sort((a, b) => a.start - b.start),
      incident: stripUndefined(record.i)
    };
  }
  return { history: { targets, ...parsed.data.r ? { runs: parsed.data.r } : {} } };
}
function stripUndefined(value) {
  return JSON.parse(JSON.stringify(value));
}
var TIGHTER = [
  DEFAULT_RETENTION,
  { rawMs: 2 * HOUR, hourlyMs: 3 * DAY, keepMs: 31 * DAY },
  { rawMs: 0, hourlyMs: DAY, keepMs: 31 * DAY },
  { rawMs: 0, hourlyMs: 0, keepMs: 31 * DAY }
];
function boundHistory(history, now2, p95Ms, maxChars) {
  let bounded = history;
  for (const retention of TIGHTER) {
    bounded = mapBuckets(history, (buckets) => rollUp(buckets, now2, p95Ms, retention));
    if (encodeHistory(bounded).length <= maxChars) return bounded;
  }
  const trimmed = structuredClone(bounded);
  let excess = encodeHistory(trimmed).length - maxChars;
  while (excess > 0) {
    const longest = Object.values(trimmed.targets).sort(
      (a, b) => b.buckets.length - a.buckets.length
    )[0];
    if (!longest?.buckets.length) break;
    longest.buckets.splice(0, Math.max(1, Math.floor(excess / 200)));
    excess = encodeHistory(trimmed).length - maxChars;
  }
  return trimmed;
}
function mapBuckets(history, map) {
  const targets = {};
  for (const [name, record] of Object.entries(history.targets)) {
    const buckets = map(record.buckets);
    if (buckets.length === 0 && !record.incident.issue?.open && record.incident.failingRuns === 0)
      continue;
    targets[name] = { buckets, incident: record.incident };
  }
  return { targets, ...history.runs ? { runs: history.runs } : {} };
}

// src/monitor/slo.ts
var WINDOWS = [
  { name: "24 h", ms: DAY },
  { name: "7 d", ms: 7 * DAY },
  { name: "30 d", ms: 30 * DAY }
];
var BUDGET_WINDOW_MS = 30 * DAY;
function windowStats(buckets, now2, windowMs, p95ObjectiveMs) {
  const from = now2 - windowMs;
  const inside = buckets.filter((bucket) => bucket.start >= from && bucket.start <= now2);
  const stats = {
    runs: 0,
    up: 0,
    timedRuns: 0,
    slowRuns: 0,
    requests: 0,
    errors: 0
  };
  const latencies = [];
  for (const bucket of inside) {
    stats.runs += bucket.runs;
    stats.up += bucket.up;
    stats.requests += bucket.requests;
    stats.errors += bucket.errors;
    stats.slowRuns += slowRuns(bucket, p95ObjectiveMs);
    for (const pair of bucket.latencies) {
      latencies.push(pair);
      stats.timedRuns += pair[1];
    }
  }
  if (stats.runs) stats.uptime = stats.up / stats.runs;
  if (stats.requests) stats.errorRate = stats.errors / stats.requests;
  const p95 = weightedPercentile(latencies, 0.95);
  if (p95 !== void 0) stats.p95Ms = p95;
  return stats;
}
function weightedPercentile(pairs, p) {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, count2]) => sum + count2, 0);
  if (total === 0) return void 0;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, count2] of sorted) {
    seen += count2;
    if (seen >= rank) return value;
  }
  return sorted.at(-1)?.[0];
}
function budget(objective2, events, share, used) {
  const allowed = events * share;
  const result = { objective: objective2, allowed, used };
  if (events === 0) return result;
  result.left = allowed > 0 ? 1 - used / allowed : used === 0 ? 1 : -Infinity;
  return result;
}
function errorBudgets(stats, slo) {
  return [
    budget("uptime", stats.runs, 1 - slo.uptime, stats.runs - stats.up),
    budget("p95", stats.timedRuns, 0.05, stats.slowRuns),
    budget("error-rate", stats.requests, slo["error-rate"], stats.errors)
  ];
}
function trendOf(day, week, weekHasMore, noise) {
  if (day === void 0 || week === void 0 || !weekHasMore) return void 0;
  const change = day - week;
  const meaningful = Math.abs(change) > Math.max(week * 0.2, noise);
  if (!meaningful) return "steady";
  return change > 0 ? "worse" : "better";
}

// src/monitor/status-body.ts
var STATUS_MARKER = "<!-- shipgate:status -->";
var STATUS_LABEL = "shipgate-status";
var STATUS_TITLE = "Shipgate status";
var TREND = { worse: "\u2191 worse", better: "\u2193 better", steady: "\u2192 steady" };
var NONE = "\u2013";
var percent = (share, digits = 2) => share === void 0 ? NONE : `${(share * 100).toFixed(digits)}%`;
var objective = (share) => `${Number((share * 100).toFixed(4))}%`;
function budgetLeft(budget2) {
  if (budget2.left === void 0) return NONE;
  if (budget2.left === -Infinity) return "spent";
  return percent(budget2.left, 1);
}
function now(record) {
  const issue = record.incident.issue;
  if (issue?.open) return `\u{1F534} incident #${issue.number}`;
  const last = record.buckets.at(-1);
  if (!last) return NONE;
  if (record.incident.failingRuns > 0) {
    const runs = record.incident.failingRuns;
    return `\u{1F7E0} failing (${runs} ${runs === 1 ? "run" : "runs"})`;
  }
  return "\u{1F7E2} up";
}
function row(name, record, slo, at) {
  const [day, week, month] = WINDOWS.map(({ ms }) => windowStats(record.buckets, at, ms, slo.p95));
  const budget2 = errorBudgets(windowStats(record.buckets, at, BUDGET_WINDOW_MS, slo.p95), slo);
  const weekHasMore = week.runs > day.runs;
  const p95Trend = trendOf(day.p95Ms, week.p95Ms, weekHasMore, 10);
  const errorTrend = trendOf(day.errorRate, week.errorRate, weekHasMore, 1e-3);
  const trend = `p95 ${p95Trend ? TREND[p95Trend] : NONE} \xB7 errors ${errorTrend ? TREND[errorTrend] : NONE}`;
  return `| ${[
    escapeInline(name),
    now(record),
    percent(day.uptime),
    percent(week.uptime),
    percent(month.uptime),
    day.p95Ms === void 0 ? NONE : formatDuration(day.p95Ms),
    percent(day.errorRate),
    trend,
    budget2.map(budgetLeft).join(" \xB7 ")
  ].join(" | ")} |`;
}
function ordered(history, names) {
  const known = names.filter((name) => history.targets[name]);
  const rest = Object.keys(history.targets).filter((name) => !names.includes(name)).sort();
  return [...known, ...rest];
}
function statusTable(history, monitor, names, at) {
  const { slo } = monitor;
  const rows = ordered(history, names).map((name) => row(name, history.targets[name], slo, at));
  if (!rows.length) return "_No target has been probed yet._";
  return [
    "| Target | Now | Uptime 24 h | Uptime 7 d | Uptime 30 d | p95 24 h | Error rate 24 h | Trend (24 h vs 7 d) | Error budget left, 30 d (uptime \xB7 p95 \xB7 errors) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `Objectives (\`monitor.slo\`): uptime ${objective(slo.uptime)} of runs, p95 ${formatDuration(slo.p95)}, error rate ${objective(slo["error-rate"])} of requests. Uptime counts monitor runs in which every blocking probe passed.`
  ].join("\n");
}
function statusBody(history, monitor, options) {
  const { at } = options;
  const updated = `Updated ${new Date(at).toISOString().replace(/\.\d+Z$/, "Z")}${options.runUrl ? ` by [this run](${options.runUrl})` : ""}. Written by Shipgate's monitor (\`phase: monitor\`): edit the config, not this issue.`;
  const head = [
    STATUS_MARKER,
    `## \u{1F4C8} ${STATUS_TITLE}`,
    "",
    statusTable(history, monitor, options.names, at),
    "",
    updated,
    ""
  ].join("\n");
  const room = (options.maxChars ?? BUDGETS.comment) - head.length - 1;
  return `${head}${encodeHistory(boundHistory(history, at, monitor.slo.p95, room))}
`;
}

// src/monitor/status-issue.ts
import { setTimeout } from "node:timers/promises";
var WRITE_ATTEMPTS = 3;
var SETTLE_MS = 2e3;
function decoded(github, number, body) {
  const { history, problem } = decodeHistory(body);
  if (problem) {
    github.logger.warning(`Status issue #${number}: ${problem}. Its history starts afresh.`);
  }
  return history;
}
async function findStatusIssue(github) {
  const [issue] = await findIssues(
    github,
    STATUS_LABEL,
    "all",
    (body) => body.startsWith(STATUS_MARKER)
  );
  if (!issue) return void 0;
  return {
    number: issue.number,
    url: issue.url,
    history: decoded(github, issue.number, issue.body)
  };
}
async function writeStatus(github, existing, write) {
  const render = (latest) => {
    const history = applyRun(
      latest,
      write.runs,
      write.incidents,
      write.key,
      write.monitor,
      write.at
    );
    const body = statusBody(history, write.monitor, {
      names: write.names,
      at: write.at,
      ...write.runUrl ? { runUrl: write.runUrl } : {}
    });
    return { history, body };
  };
  const { octokit, repo } = github;
  if (!existing) {
    await ensureLabels(github, [
      {
        name: STATUS_LABEL,
        color: "0e8a16",
        description: "Shipgate monitor's status: uptime, latency and error budgets"
      }
    ]);
    const { history, body } = render(EMPTY_HISTORY);
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: STATUS_TITLE,
      body,
      labels: [STATUS_LABEL]
    });
    return { url: data.html_url, history };
  }
  let written = existing.history;
  for (let writes = 0; ; writes++) {
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: existing.number });
    const latest = decoded(github, existing.number, data.body ?? "");
    if (hasRun(latest, write.key)) return { url: existing.url, history: latest };
    if (writes === WRITE_ATTEMPTS) break;
    const { history, body } = render(latest);
    await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
    written = history;
    await setTimeout(write.settleMs ?? SETTLE_MS);
  }
  github.logger.warning(
    `Status issue #${existing.number}: other runs kept overwriting it; this run's samples may be missing. Give the monitor workflow a concurrency group.`
  );
  return { url: existing.url, history: written };
}

// src/monitor/publish.ts
async function publishMonitor(github, run) {
  const { monitor, post, report } = run;
  const at = Date.parse(report.startedAt);
  const runs = observeTargets(post, report, monitor.slo.p95, run.runUrl);
  const names = post.targets.map((target) => target.name);
  let status3;
  try {
    status3 = await findStatusIssue(github);
  } catch (error) {
    github.logger.warning(describeApiError(error, "read the status issue", ISSUES_PERMISSION));
    return { outcomes: [] };
  }
  const base = status3?.history ?? { targets: {} };
  const { events } = recordRun(base, runs, monitor, at);
  const before = Object.fromEntries(
    Object.entries(base.targets).map(([name, record]) => [name, record.incident])
  );
  const { incidents, outcomes } = await carryOutIncidents(
    github,
    events,
    before,
    monitor,
    run.runUrl
  );
  if (run.webhook) await notify(github, run.webhook, outcomes);
  try {
    const written = await writeStatus(github, status3, {
      runs,
      incidents,
      key: run.key,
      monitor,
      names,
      at,
      ...run.runUrl ? { runUrl: run.runUrl } : {},
      ...run.settleMs !== void 0 ? { settleMs: run.settleMs } : {}
    });
    return {
      statusUrl: written.url,
      table: statusTable(written.history, monitor, names, at),
      outcomes
    };
  } catch (error) {
    github.logger.warning(describeApiError(error, "write the status issue", ISSUES_PERMISSION));
    return { outcomes };
  }
}
async function notify(github, webhook, outcomes) {
  for (const outcome of outcomes) {
    if (outcome.kind === "commented") continue;
    const sent = await postWebhook(
      webhook.url,
      webhookText(outcome.event, outcome.kind, outcome.url, outcome.durationMs)
    );
    if (!sent.ok) {
      github.logger.warning(
        `The incident webhook (${webhook.name}) ${sent.error}: the team was not told that ${outcome.target}'s incident ${outcome.kind}.`
      );
    }
  }
}
export {
  publishMonitor
};
//# sourceMappingURL=publish-5B7VKMHC.js.map
