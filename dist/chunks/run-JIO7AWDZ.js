import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  DJANGO_INSTALL_HINT,
  notRunReason,
  projectFile,
  resolveDjangoProject
} from "./chunk-QSCAE6AO.js";
import {
  runToolGate
} from "./chunk-5TY6HXYE.js";
import {
  readProjectText
} from "./chunk-KTKGKL7N.js";
import "./chunk-JL6IDB5D.js";
import {
  toolError
} from "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-UOX7UXKJ.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-UC5UDIMU.js";
import {
  fail,
  ok
} from "./chunk-OUPSEYEA.js";
import "./chunk-DVUULFWV.js";
import {
  normalizeSeverity,
  ruleSeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import "./chunk-UO5GEDUS.js";

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
          "--no-color"
        ],
        cwd: project.relativeCwd,
        env: project.env,
        installHint: DJANGO_INSTALL_HINT
      },
      parse: (output) => parseDjangoCheck(output, { module: settings, source }),
      contradicts: (parsed, result) => {
        if (result.exitCode === 0 || parsed.ok && parsed.value.findings.length > 0) return;
        return notRunReason("manage.py check", project, result.stderr, "pre.gates.django");
      },
      judgement: { failOn: options["fail-on"], waivers: options.ignore }
    },
    context
  );
}
async function settingsSource(root, project, module) {
  const relative = path.join(...module.split(".")) + ".py";
  const file = projectFile(root, project, relative);
  const text = await readProjectText(root, path.join(project.cwd, relative));
  return file && text !== void 0 ? { file, text } : void 0;
}
export {
  run
};
//# sourceMappingURL=run-JIO7AWDZ.js.map
