import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  readProjectText
} from "./chunk-KTKGKL7N.js";
import {
  ToolMissingError
} from "./chunk-5UU6N2BL.js";
import {
  repoRelative
} from "./chunk-7HQWB2XS.js";

// src/gates/kit/django-project.ts
import path from "node:path";
var PYTHON_CANDIDATES = ["python3", "/usr/bin/python3"];
var DJANGO_INSTALL_HINT = "install Django into the python3 on PATH (pip install -r requirements.txt), or set `python:` to an interpreter that has it";
async function findPython(context, cwd, env) {
  for (const python of PYTHON_CANDIDATES) {
    const probe = await context.exec(python, ["-c", "import django; print(django.get_version())"], {
      cwd,
      env
    });
    if (probe.exitCode === 0) return { python, version: probe.stdout.trim() };
    context.log(`${python} cannot import django${probe.notFound ? " (not installed)" : ""}`);
  }
  return void 0;
}
var defaultSettings = (manage) => /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(manage)?.[1];
async function resolveDjangoProject(options, { dir, stacks }, context) {
  const manage = options.manage ?? stacks.python?.manage ?? path.posix.join(dir, "manage.py");
  const managePath = path.resolve(context.root, manage);
  const manageText = await readProjectText(context.root, managePath);
  if (manageText === void 0) return { missing: `no manage.py at ${manage}` };
  const cwd = path.dirname(managePath);
  let python = options.python;
  if (!python) {
    const found = await findPython(context, cwd, options.env);
    if (!found) throw new ToolMissingError("Django", DJANGO_INSTALL_HINT);
    context.log(`using ${found.python} (Django ${found.version})`);
    python = found.python;
  }
  const settings = options.settings ?? options.env.DJANGO_SETTINGS_MODULE ?? context.env.DJANGO_SETTINGS_MODULE ?? defaultSettings(manageText);
  return {
    managePath,
    cwd,
    relativeCwd: path.relative(context.root, cwd) || ".",
    python,
    ...settings ? { settings } : {},
    env: options.settings ? { ...options.env, DJANGO_SETTINGS_MODULE: options.settings } : options.env
  };
}
function projectFile(root, project, relative) {
  return repoRelative(root, project.cwd, relative);
}
function notRunReason(step, project, stderr, keys) {
  const cause = stderr.trim().split("\n").pop() ?? "";
  const missing = /^ModuleNotFoundError: No module named '([^']+)'/.exec(cause)?.[1];
  const fix = missing && project.settings?.startsWith(missing) ? `; ${keys}.settings names a settings module that does not exist` : missing ? `; install the project's requirements for that Python, or set ${keys}.python` : /ImproperlyConfigured|KeyError/.test(cause) ? `; set what the settings read from the environment in ${keys}.env or the job's env` : "";
  return `${step} did not run with ${project.python}${cause ? `: ${cause}` : ""}${fix}`;
}

export {
  DJANGO_INSTALL_HINT,
  resolveDjangoProject,
  projectFile,
  notRunReason
};
//# sourceMappingURL=chunk-QSCAE6AO.js.map
