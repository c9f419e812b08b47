import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
import {
  DJANGO_INSTALL_HINT,
  projectFile,
  resolveDjangoProject
} from "./chunk-DWQA4T7W.js";
import {
  readProjectText
} from "./chunk-DVKAYVNW.js";
import "./chunk-5JDIPRFQ.js";
import "./chunk-SJIZDJZW.js";
import {
  runToolGate
<<<<<<<< HEAD:dist/chunks/run-EWGNEDOA.js
<<<<<<< HEAD:dist/chunks/run-EWGNEDOA.js
} from "./chunk-74BAHHTU.js";
import "./chunk-D3B3SIF4.js";
=======
<<<<<<<< HEAD:dist/chunks/run-BQTMP42F.js
} from "./chunk-2HVTYDTY.js";
import "./chunk-GTGFUL6K.js";
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-BQTMP42F.js
import {
  toolError
} from "./chunk-A3HOLNZB.js";
import "./chunk-AHFNONUL.js";
<<<<<<< HEAD:dist/chunks/run-EWGNEDOA.js
import "./chunk-P7UQ4NXU.js";
=======
import "./chunk-Q4LH5ZK2.js";
========
} from "./chunk-WMWJM2RN.js";
import "./chunk-GI3CEMLG.js";
import "./chunk-LQTSBJ4X.js";
import {
  toolError
} from "./chunk-4A4LKC2B.js";
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-F3YXGTFX.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-BQTMP42F.js
========
} from "./chunk-5CMRXHFX.js";
import "./chunk-X57EKXS7.js";
import "./chunk-AHFNONUL.js";
import "./chunk-Q4LH5ZK2.js";
import {
  toolError
} from "./chunk-A3HOLNZB.js";
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-QEL26MZQ.js
import {
  fail,
  ok
} from "./chunk-KRFDJTDE.js";
import "./chunk-CUFLXAQW.js";
import {
  normalizeSeverity,
  ruleSeverity
} from "./chunk-5UPM4TRG.js";
import "./chunk-F7LEYGOF.js";

// src/gates/django/run.ts
import path from "node:path";

// src/gates/django/parse.ts
var SECTION = /^(CRITICAL|ERROR|WARNING|INFO|DEBUG)S:$/;
var ISSUE = /^(.*?): \(([A-Za-z_][\w.]*\.[A-Z]+\d+)\) (.*)$/;
var HINT = /^\s+HINT: (.*)$/;
var SUMMARY = /^System check identified /;
var LEVEL_BY_LETTER = {
  C: "critical",
  E: "error",
  W: "warning",
  I: "info",
  D: "debug"
};
function settingAssignments(settings) {
  const lines = /* @__PURE__ */ new Map();
  settings.split("\n").forEach((line, index) => {
    const name = /^([A-Z][A-Z0-9_]*)\s*[:=]/.exec(line)?.[1];
    if (name && !lines.has(name)) lines.set(name, index + 1);
  });
  return lines;
}
var parseDjangoCheck = ({ stdout, stderr }, { module, source: settings }) => {
  const output = `${stderr}
${stdout}`;
  const assigned = settings ? settingAssignments(settings.text) : /* @__PURE__ */ new Map();
  const findings = [];
  let level;
  let last;
  let tallied = false;
  for (const line of output.split("\n")) {
    const section = SECTION.exec(line);
    if (section) {
      level = section[1];
      last = void 0;
      continue;
    }
    const issue = ISSUE.exec(line);
    if (issue) {
      const [, object = "", id = "", message = ""] = issue;
      const letter = /\.([A-Z]+)\d+$/.exec(id)?.[1]?.[0] ?? "";
      const severity = ruleSeverity(
        "django",
        id,
        normalizeSeverity(level ?? LEVEL_BY_LETTER[letter], "medium")
      );
      const named = message.match(/\b[A-Z][A-Z0-9_]{2,}\b/g)?.find((word) => assigned.has(word));
      const pinned = object === "?" && settings;
      last = {
        rule: id,
        severity,
        message: object === "?" ? message : `${object}: ${message}`,
        ...module ? { subject: module } : {},
        ...pinned ? { file: settings.file } : {},
        ...pinned && named ? { line: assigned.get(named) } : {},
        url: "https://docs.djangoproject.com/en/stable/ref/checks/"
      };
      findings.push(last);
      continue;
    }
    const hint = HINT.exec(line);
    if (hint && last) {
      last.hint = hint[1];
      continue;
    }
    const tally = SUMMARY.test(line);
    tallied ||= tally;
    if (line.trim() === "" || tally) {
      last = void 0;
      continue;
    }
    if (last && !last.hint) last.message += ` ${line.trim()}`;
  }
  if (!tallied) {
    return fail('no "System check identified \u2026" line: manage.py check did not complete');
  }
  return ok({ findings, ...module ? { scope: `settings ${module}` } : {} });
};

// src/gates/django/run.ts
async function run({ options, dir, stacks }, context) {
  const project = await resolveDjangoProject(options, { dir, stacks }, context);
  if ("missing" in project) return toolError("django", project.missing);
  const { settings } = project;
  const source = settings ? await settingsSource(context.root, project, settings) : void 0;
  return runToolGate(
    {
      invocation: {
        tool: "django",
        command: project.python,
        args: [
          path.basename(project.managePath),
          "check",
          "--deploy",
          "--fail-level",
          "WARNING",
          "--no-color",
          ...project.settingsArgs
        ],
        cwd: project.relativeCwd,
        env: options.env,
        installHint: DJANGO_INSTALL_HINT
      },
      parse: (output) => parseDjangoCheck(output, { module: settings, source }),
      contradicts: (parsed, result) => {
        if (result.exitCode === 0 || parsed.ok && parsed.value.findings.length > 0) return;
        const cause = result.stderr.trim().split("\n").pop() ?? "";
        return `manage.py check did not run${cause ? `: ${cause}` : ""}`;
      },
      judgement: { failOn: options["fail-on"], waivers: options.ignore }
    },
    context
  );
}
async function settingsSource(root, project, module) {
  const relative = path.join(...module.split(".")) + ".py";
  const file = projectFile(root, project, relative);
  const text = await readProjectText(path.join(project.cwd, relative));
  return file && text !== void 0 ? { file, text } : void 0;
}
export {
  run
};
<<<<<<<< HEAD:dist/chunks/run-EWGNEDOA.js
<<<<<<< HEAD:dist/chunks/run-EWGNEDOA.js
//# sourceMappingURL=run-EWGNEDOA.js.map
=======
<<<<<<<< HEAD:dist/chunks/run-BQTMP42F.js
//# sourceMappingURL=run-BQTMP42F.js.map
========
//# sourceMappingURL=run-F3YXGTFX.js.map
>>>>>>>> 8728c6d (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-F3YXGTFX.js
>>>>>>> f736460 (GitHub faults: a timeout on every request and a deadline (signoff.deadline) on creating the check run, the comment and the completion, so a black-holed API holds up neither the job summary nor the exit code; completion steps down full → trimmed → one-line output and never sits out a rate limit past its deadline; a cancellation completes a check run whose create is unanswered, found by external_id; comment and check-run creates look before creating again after a 5xx; a command ends with its process when a daemon keeps its pipes open):dist/chunks/run-BQTMP42F.js
========
//# sourceMappingURL=run-QEL26MZQ.js.map
>>>>>>>> b03a199 (Rebuild dist and docs for the GitHub fault handling):dist/chunks/run-QEL26MZQ.js
