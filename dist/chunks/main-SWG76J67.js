import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  SURFACES
} from "./chunk-J4QCNNLS.js";
import {
  OutputTail,
  checkLine,
  findingLine,
  onTermination,
  parseOnly,
  reportJson,
  runShipgate,
  sarifJson,
  writeOutputs
} from "./chunk-5F6G2H2B.js";
import {
  renderMarkdown,
  statusTally
} from "./chunk-BKFSE73P.js";
import "./chunk-4CCUKTBK.js";
import {
  BUDGETS,
  withinBytes
} from "./chunk-UBWSTWLM.js";
import {
  codeBlock
} from "./chunk-CP5KLOYK.js";
import {
  commentKeySchema,
  githubLoginSchema,
  loadConfig,
  signoffSchema
} from "./chunk-QS3KZZAL.js";
import "./chunk-OMK5WPS4.js";
import "./chunk-NXDHSMTZ.js";
import {
  triggeringRun
} from "./chunk-UOZ7PF46.js";
import "./chunk-M5ASX7ZK.js";
import "./chunk-DOZLVJPR.js";
import {
  UsageError,
  errorMessage,
  errorTrace
} from "./chunk-HQCFWBRV.js";
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";
import {
  Redactor,
  runnerTokens
} from "./chunk-4L62NAGK.js";
import "./chunk-AQ2GOUID.js";
import {
  external_exports
} from "./chunk-T4WLO72Z.js";
import "./chunk-NHF6CQWA.js";
import "./chunk-DWJ3KT6V.js";
import "./chunk-II5KJ2VI.js";
import "./chunk-5UU6N2BL.js";
import "./chunk-7HQWB2XS.js";
import "./chunk-OUPSEYEA.js";
import {
  tail
} from "./chunk-DVUULFWV.js";
import {
  bySeverity
} from "./chunk-XG56XFHO.js";
import "./chunk-J6AANBPF.js";
import {
  __export
} from "./chunk-UO5GEDUS.js";

// src/main.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => actions_platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto2 from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto2.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";
import * as path2 from "path";

// scripts/stubs/oidc-utils.js
var OidcClient = class {
  static getIDToken() {
    return Promise.reject(new Error("Shipgate is bundled without the OIDC client."));
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// scripts/stubs/actions-platform.js
var actions_platform_exports = {};
__export(actions_platform_exports, {
  getDetails: () => getDetails
});
function getDetails() {
  return Promise.reject(new Error("Shipgate is bundled without core.platform."));
}

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path2.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter2(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/action/inputs.ts
var INPUTS = {
  config: "config",
  phase: "phase",
  only: "only",
  reports: "reports",
  reportsExpected: "reports-expected",
  workingDirectory: "working-directory",
  report: "report",
  sarif: "sarif",
  reportUrl: "report-url",
  githubToken: "github-token",
  comment: "comment",
  commentKey: "comment-key",
  commentAuthor: "comment-author",
  checkRun: "check-run"
};
var OUTPUTS = {
  verdict: "verdict",
  report: "report",
  sarif: "sarif",
  commentUrl: "comment-url",
  checkRunUrl: "check-run-url",
  failed: "failed",
  errors: "errors",
  findings: "findings",
  newFindings: "new-findings",
  markdown: "markdown",
  statusIssueUrl: "status-issue-url"
};
var blankToUndefined = (value) => value?.trim() ? value.trim() : void 0;
var inputsSchema = external_exports.object({
  config: external_exports.string().optional(),
  /** `monitor`: the post probes on a schedule, signed off in the status and incident issues. */
  phase: external_exports.enum(["pre", "post", "all", "monitor"]).default("all"),
  /** Check ids or globs: this job is one shard of the checklist. */
  only: external_exports.string().transform((text, context) => {
    const parsed = parseOnly(text);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: "custom", message: parsed.error });
    return external_exports.NEVER;
  }).optional(),
  /** A glob of shard reports: this job merges them into one sign-off and runs no check. */
  reports: external_exports.string().optional(),
  reportsExpected: external_exports.string().regex(/^[1-9]\d{0,5}$/, { error: "expected a whole number of reports, at least 1" }).transform(Number).optional(),
  workingDirectory: external_exports.string().default("."),
  report: external_exports.string().default("shipgate-report.json"),
  sarif: external_exports.string().optional(),
  /** Where the JSON report was uploaded (actions/upload-artifact's artifact-url): linked. */
  reportUrl: external_exports.string().regex(/^https:\/\/\S+$/, { error: "expected an https:// URL (an artifact-url output)" }).optional(),
  githubToken: external_exports.string().optional(),
  /** Overrides `signoff.comment` of the config when set. */
  comment: external_exports.stringbool({ error: "expected true or false" }).optional(),
  /** Overrides `signoff.comment-key`: one workflow file's pre and post jobs share a config. */
  commentKey: commentKeySchema.optional(),
  /** Overrides `signoff.comment-author`: it belongs with github-token, which the workflow sets. */
  commentAuthor: githubLoginSchema.optional(),
  /**
   * Overrides `signoff.check-run` of the config when set: a name, or false for none. It is
   * also the name used when the config itself cannot be read.
   */
  checkRun: external_exports.string().max(100, { error: "expected a check name of at most 100 characters" }).transform((value) => /^(false|no|off)$/i.test(value) ? false : value).optional()
}).superRefine((inputs, context) => {
  if (inputs.only && inputs.reports) {
    context.addIssue({
      code: "custom",
      path: ["reports"],
      message: "cannot be combined with only: a merge job runs no checks, its shards do"
    });
  }
});
function readInputs(getInput2) {
  const raw = Object.fromEntries(
    Object.entries(INPUTS).map(([key, name]) => [key, blankToUndefined(getInput2(name))])
  );
  const parsed = inputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue2) => {
    const key = issue2.path[0];
    return `Input '${INPUTS[key]}': ${issue2.message} (got "${raw[key]}")`;
  });
  throw new UsageError(problems.join("\n"));
}

// src/action/signoff-settings.ts
function signoffSettings(config, inputs) {
  const base = config ?? signoffSchema.parse(void 0);
  return {
    ...base,
    ...inputs.only ? { comment: false, "check-run": false } : {},
    ...inputs.comment !== void 0 ? { comment: inputs.comment } : {},
    ...inputs.commentKey !== void 0 ? { "comment-key": inputs.commentKey } : {},
    ...inputs.commentAuthor !== void 0 ? { "comment-author": inputs.commentAuthor } : {},
    ...inputs.checkRun !== void 0 ? { "check-run": inputs.checkRun } : {}
  };
}

// src/github/context.ts
var pullRequestEvent = external_exports.object({
  pull_request: external_exports.object({ number: external_exports.number().int(), head: external_exports.object({ sha: external_exports.string().min(1) }) })
});
var deploymentEvent = external_exports.object({ deployment: external_exports.object({ sha: external_exports.string().min(1) }) });
var LOOKUP_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "deployment", "deployment_status"]);
function readGitHubContext(env, readFile) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) {
    throw new UsageError(
      `GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ""}", expected owner/repo: is this running in GitHub Actions?`
    );
  }
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
    } catch {
      payload = {};
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  return {
    repo: { owner, repo },
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    ...env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}
  };
}
function signoffTarget(context) {
  if (context.eventName === "workflow_run") {
    const run2 = triggeringRun(context.eventName, context.payload);
    if (!run2) {
      throw new UsageError(
        "The workflow_run event has no workflow_run.head_sha: cannot tell which commit to sign off."
      );
    }
    return run2.pullRequest !== void 0 ? { headSha: run2.headSha, pullRequest: run2.pullRequest } : {
      headSha: run2.headSha,
      lookupSha: run2.headSha,
      exactHead: true,
      ...run2.headLabel ? { lookupHead: run2.headLabel } : {}
    };
  }
  const pr = pullRequestEvent.safeParse(context.payload);
  if (pr.success && context.eventName.startsWith("pull_request")) {
    return { headSha: pr.data.pull_request.head.sha, pullRequest: pr.data.pull_request.number };
  }
  const deployment = deploymentEvent.safeParse(context.payload);
  const headSha = deployment.success && context.eventName.startsWith("deployment") ? deployment.data.deployment.sha : context.sha;
  return LOOKUP_EVENTS.has(context.eventName) && headSha ? { headSha, lookupSha: headSha } : { headSha };
}
var pullRequestBase = external_exports.object({
  pull_request: external_exports.object({
    base: external_exports.object({ sha: external_exports.string().regex(/^[0-9a-f]{40,64}$/) }),
    head: external_exports.object({ sha: external_exports.string().regex(/^[0-9a-f]{40,64}$/) })
  })
});
function changeBase(context) {
  if (context.eventName !== "pull_request") return void 0;
  const event = pullRequestBase.safeParse(context.payload);
  if (!event.success) return void 0;
  const { base, head } = event.data.pull_request;
  return { ref: base.sha, prHead: head.sha, fetch: true };
}
function blobBase(context, sha) {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${sha}`;
}

// src/probes/deployment-event.ts
function deploymentFromEvent(eventName, payload) {
  if (eventName !== "deployment_status" || payload === null || typeof payload !== "object")
    return {};
  const { deployment_status: status, deployment } = payload;
  const url = [status?.environment_url, status?.target_url].find(
    (value) => typeof value === "string" && /^https?:\/\//i.test(value)
  );
  const sha = typeof deployment?.sha === "string" && deployment.sha ? deployment.sha : void 0;
  return { ...url ? { url } : {}, ...sha ? { sha } : {} };
}

// src/progress/actions-log.ts
var LOG_TAIL_CHARS = 64 * 1024;
var GROUP_FINDINGS = 50;
function findingsText(result) {
  const sorted = [...result.findings].sort(bySeverity);
  const lines = sorted.slice(0, GROUP_FINDINGS).map((f) => findingLine(f));
  if (sorted.length > GROUP_FINDINGS) {
    lines.push(`\u2026and ${sorted.length - GROUP_FINDINGS} more in the report`);
  }
  return lines.length ? [
    `Findings (${lines.length === sorted.length ? sorted.length : `${GROUP_FINDINGS} of ${sorted.length}`}):
${lines.join("\n")}`
  ] : [];
}
var shellWord = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
function actionsLogProgress(write, tailChars = LOG_TAIL_CHARS) {
  const debug2 = (message) => write(`::debug::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
  const buffers = /* @__PURE__ */ new Map();
  return {
    onStart(check) {
      buffers.set(check.id, new OutputTail(tailChars));
      write(`\u25B6 ${check.id}: ${check.title}
`);
    },
    onOutput(check, text) {
      buffers.get(check.id)?.push(text);
    },
    onEnd(check, result) {
      const output = buffers.get(check.id)?.toString() ?? "";
      buffers.delete(check.id);
      const token = crypto.randomUUID();
      write(`::group::${checkLine(result).replace(/[\r\n]+/g, " ")}
`);
      const failed = result.status === "fail" || result.status === "error";
      const shown = output.trim() ? output.replace(/\s+$/, "") : failed && result.evidence?.trim() ? `Last lines of its output:
${tail(result.evidence)}` : "";
      const body = [shown, ...findingsText(result)].filter(Boolean).join("\n\n");
      write(body ? `::stop-commands::${token}
${body}
::${token}::
` : "(no output)\n");
      write("::endgroup::\n");
    },
    onCommand(check, run2) {
      const ended = run2.signal ? `killed by ${run2.signal}` : `exit code ${run2.exitCode ?? "?"}`;
      const command = [run2.command, ...run2.args].map(shellWord).join(" ");
      debug2(
        `${check.id}: ${command} (in ${run2.cwd}): ${ended} after ${formatDuration(run2.durationMs)}`
      );
    }
  };
}

// src/report/counts.ts
function findingsOf(check) {
  if (check.counts) {
    return { all: check.counts.new + check.counts.existing, fresh: check.counts.new };
  }
  const kept = check.findings.filter((finding) => !finding.waived);
  const trimmed = check.trimmed?.findings ?? 0;
  return {
    all: kept.length + trimmed,
    fresh: kept.filter((finding) => finding.new !== false).length + trimmed
  };
}
function reportCounts(report) {
  const counts = { failed: 0, errors: 0, findings: 0, newFindings: 0 };
  for (const check of report.checks) {
    if (check.status === "fail") counts.failed += 1;
    if (check.status === "error") counts.errors += 1;
    const { all, fresh } = findingsOf(check);
    counts.findings += all;
    counts.newFindings += fresh;
  }
  return counts;
}

// src/main.ts
var MAX_REQUEST_MS = 1e4;
var CANCEL_BUDGET_MS = 4500;
var PENDING_CREATE_WAIT_MS = 1500;
var actionLogger = (host, redactor) => ({
  info: (message) => host.core.info(redactor.text(message)),
  warning: (message) => host.core.warning(redactor.text(message)),
  debug: (message) => host.core.debug(redactor.text(message))
});
async function connectGitHub(github, token, logger, deadlineMs, reportUrl) {
  if (!token) {
    logger.info("No github-token: the sign-off goes to the job summary only.");
    return void 0;
  }
  const { createOctokit } = await import("./octokit-J5JG6I24.js");
  return {
    octokit: createOctokit({
      token,
      baseUrl: github.apiUrl,
      logger,
      requestTimeoutMs: Math.min(MAX_REQUEST_MS, Math.ceil(deadlineMs / 3))
    }),
    repo: github.repo,
    target: signoffTarget(github),
    logger,
    now: () => /* @__PURE__ */ new Date(),
    ...github.runUrl ? { runUrl: github.runUrl } : {},
    ...reportUrl ? { reportUrl } : {},
    blobBase: blobBase(github, signoffTarget(github).headSha)
  };
}
async function writeJobSummary(host, markdown) {
  if (host.env.GITHUB_STEP_SUMMARY) await host.writeSummary(markdown);
  else host.core.warning("GITHUB_STEP_SUMMARY is not set: the job summary was not written.");
}
async function reportCrash(host, reason, signoff, checkRun) {
  if (signoff && checkRun) {
    const { failCheckRun } = await import("./signoff-ZKKZDR7L.js");
    const { deadlineIn } = await import("./deadline-6SAS363U.js");
    const url = await failCheckRun(
      signoff,
      checkRun,
      reason,
      "failure",
      deadlineIn(CANCEL_BUDGET_MS, "Completing the check run")
    );
    if (url) host.core.setOutput(OUTPUTS.checkRunUrl, url);
  }
  await writeJobSummary(host, `## \u{1F4A5} Shipgate could not run

${codeBlock(reason)}
`);
  host.core.setFailed(reason);
}
var markdownPath = (host) => path3.join(host.env.RUNNER_TEMP ?? tmpdir(), "shipgate", "shipgate-signoff.md");
async function writeFilesAndOutputs(host, report, root, inputs, markdown) {
  const { sarif } = inputs;
  const written = await writeOutputs([
    { kind: "report", path: path3.resolve(root, inputs.report), text: () => reportJson(report) },
    ...sarif ? [{ kind: "sarif", path: path3.resolve(root, sarif), text: () => sarifJson(report) }] : [],
    { kind: "markdown", path: markdownPath(host), text: () => markdown }
  ]);
  for (const problem of written.problems) host.core.error(problem);
  const counts = reportCounts(report);
  host.core.setOutput(OUTPUTS.verdict, report.verdict);
  host.core.setOutput(OUTPUTS.failed, counts.failed);
  host.core.setOutput(OUTPUTS.errors, counts.errors);
  host.core.setOutput(OUTPUTS.findings, counts.findings);
  host.core.setOutput(OUTPUTS.newFindings, counts.newFindings);
  for (const kind of ["report", "sarif", "markdown"]) {
    const file = written.paths[kind];
    if (file) host.core.setOutput(OUTPUTS[kind], file);
  }
  return written;
}
function concludeVerdict(host, report, written) {
  const where = written.paths.report ? ` See the job summary or ${written.paths.report}.` : "";
  const failures = [
    ...report.verdict === "fail" ? [`Shipgate verdict: fail (${statusTally(report.checks)}).${where}`] : [],
    ...written.problems
  ];
  if (report.verdict === "pass")
    host.core.info(`Shipgate verdict: pass (${statusTally(report.checks)})`);
  if (failures.length) host.core.setFailed(failures.join("\n"));
}
async function monitor(context, loaded, signoff, author, stopping) {
  const { host, inputs, root } = context;
  const report = await runShipgate({
    ...checklistRunOptions(context),
    root,
    loaded,
    phase: "monitor"
  });
  if (stopping()) return;
  const published = await publishMonitorRun(context, loaded.config, report, signoff, author);
  const markdown = await monitorMarkdown(report, published, inputs, signoff?.runUrl);
  const written = await writeFilesAndOutputs(host, report, root, inputs, markdown);
  if (published.statusUrl) host.core.setOutput(OUTPUTS.statusIssueUrl, published.statusUrl);
  await writeJobSummary(host, markdown);
  concludeVerdict(host, report, written);
}
async function publishMonitorRun(context, config, report, signoff, author) {
  const { logger } = context;
  const webhook = await monitorWebhook(context, config.monitor.notify["webhook-env"]);
  if (!signoff) {
    logger.warning(
      "The monitor keeps its history and incidents in issues: without a github-token (issues: write) only this job summary is written."
    );
    return { outcomes: [] };
  }
  const { publishMonitor } = await import("./publish-5B7VKMHC.js");
  return publishMonitor(
    { octokit: signoff.octokit, repo: signoff.repo, logger, author },
    {
      report,
      post: config.post,
      monitor: config.monitor,
      key: crypto.randomUUID().slice(0, 8),
      ...signoff.runUrl ? { runUrl: signoff.runUrl } : {},
      ...webhook ? { webhook } : {}
    }
  );
}
async function monitorWebhook({ host, redactor, logger }, webhookEnv) {
  const { webhookFromEnv } = await import("./webhook-SX36JIYO.js");
  const secret = webhookEnv ? host.env[webhookEnv]?.trim() : void 0;
  if (secret) {
    redactor.add(secret);
    host.core.setSecret(secret);
  }
  const webhook = webhookFromEnv(host.env, webhookEnv);
  if (webhook && "problem" in webhook) {
    logger.warning(webhook.problem);
    return void 0;
  }
  return webhook;
}
async function monitorMarkdown(report, published, inputs, runUrl) {
  const { monitorSummary } = await import("./summary-C5ETZGM4.js");
  const summary2 = (budget) => {
    const reportMarkdown = renderMarkdown(report, {
      budget: budget - (published.table?.length ?? 0) - 1e3,
      fullReportHint: `the JSON report (${inputs.report})`,
      ...runUrl ? { runUrl } : {}
    });
    return monitorSummary(published, reportMarkdown);
  };
  return withinBytes(summary2, BUDGETS.jobSummaryBytes);
}
var runnerHost = () => ({
  core: core_exports,
  writeSummary: async (markdown) => {
    await summary.addRaw(markdown).write();
  },
  env: process.env,
  cwd: () => process.cwd(),
  readFile: (file) => readFileSync(file, "utf8"),
  stdout: (text) => void process.stdout.write(text),
  onTermination,
  setExitCode: (code) => {
    process.exitCode = code;
  }
});
var run = () => runAction(runnerHost());
async function completeCancelled(state, signal) {
  const { signoff, checkRun, opening } = state;
  if (!signoff || !checkRun && !opening) return;
  const { failCheckRun } = await import("./signoff-ZKKZDR7L.js");
  const { deadlineIn } = await import("./deadline-6SAS363U.js");
  const deadline = deadlineIn(CANCEL_BUDGET_MS, "Completing the cancelled check run");
  const handle = checkRun ?? (opening && await Promise.race([
    opening.done,
    sleep(PENDING_CREATE_WAIT_MS).then(() => state.opening?.start)
  ]));
  if (!handle) return;
  await failCheckRun(
    signoff,
    handle,
    `The workflow run was cancelled (${signal}).`,
    "cancelled",
    deadline
  );
}
async function openCheckRunEarly(state, signoff, name, deadlineMs) {
  const { checkRunStart, openCheckRun } = await import("./signoff-ZKKZDR7L.js");
  const { deadlineIn } = await import("./deadline-6SAS363U.js");
  const start = checkRunStart(signoff, name);
  const done = openCheckRun(signoff, start, deadlineIn(deadlineMs, "Creating the check run"));
  state.opening = { start, done };
  state.checkRun = await done;
  state.opening = void 0;
}
async function loadConfigOrProblem(host, { workspace, root }, inputs) {
  try {
    const loaded = await loadConfig({
      root,
      rootName: "working-directory",
      file: inputs.config,
      fileWithin: {
        dir: workspace,
        dirName: "the workspace",
        fileName: `Input '${INPUTS.config}'`
      },
      env: host.env
    });
    return { loaded };
  } catch (error2) {
    return { problem: error2 instanceof Error ? error2 : new Error(errorMessage(error2)) };
  }
}
function checklistRunOptions({
  host,
  redactor,
  logger
}) {
  const job = host.env.GITHUB_JOB;
  return {
    ...job ? { job } : {},
    env: host.env,
    observer: actionsLogProgress((text) => host.stdout(redactor.text(text))),
    redactor,
    maskSecret: (value) => host.core.setSecret(value),
    warn: (message) => logger.warning(message),
    info: (message) => logger.info(message)
  };
}
async function checklistReport(context, loaded, phase) {
  const { host, inputs, root, github, redactor } = context;
  const job = host.env.GITHUB_JOB;
  const headSha = github ? signoffTarget(github).headSha : void 0;
  if (inputs.reports) {
    const { mergeReportGlob } = await import("./merge-shipgate-SQI7CANX.js");
    const { triggeringRun: triggeringRun2 } = await import("./workflow-run-7FZVTZND.js");
    const triggering = github ? triggeringRun2(github.eventName, github.payload) : void 0;
    return mergeReportGlob(inputs.reports, root, {
      now: () => /* @__PURE__ */ new Date(),
      ...inputs.reportsExpected ? { expected: inputs.reportsExpected } : {},
      ...headSha ? { commit: headSha } : {},
      ...job ? { job } : {},
      ...triggering ? { triggeringRun: triggering } : {},
      redactor
    });
  }
  if (github?.eventName === "workflow_run") {
    throw new UsageError(
      "On workflow_run, Shipgate publishes the triggering run's reports and runs no checks: set the reports input (see the README's fork-safe workflows)."
    );
  }
  const deployment = github ? deploymentFromEvent(github.eventName, github.payload) : {};
  const base = github ? changeBase(github) : void 0;
  return runShipgate({
    root,
    loaded,
    phase,
    ...inputs.only ? { only: inputs.only } : {},
    ...headSha ? { commit: headSha } : {},
    ...checklistRunOptions(context),
    ...deployment.url ? { deploymentUrl: deployment.url } : {},
    // The deployment must run the commit under review: the PR head, or the deployed sha.
    ...headSha ? { expectedRevision: headSha } : {},
    ...base ? { base } : {}
  });
}
function summaryMarkdown(report, { inputs, github }) {
  const headSha = github ? signoffTarget(github).headSha : void 0;
  return withinBytes(
    (budget) => renderMarkdown(report, {
      ...SURFACES.jobSummary,
      budget,
      fullReportHint: `the JSON report (${inputs.report})`,
      ...github?.runUrl ? { runUrl: github.runUrl } : {},
      ...inputs.reportUrl ? { reportUrl: inputs.reportUrl } : {},
      ...github && headSha ? { blobBase: blobBase(github, headSha) } : {}
    }),
    BUDGETS.jobSummaryBytes
  );
}
async function publishToGitHub(host, state, signoff, settings, report) {
  const { publishSignoff } = await import("./signoff-ZKKZDR7L.js");
  const published = await publishSignoff(
    signoff,
    settings,
    report,
    state.checkRun,
    settings.deadline
  );
  state.checkRun = void 0;
  if (published.commentUrl) host.core.setOutput(OUTPUTS.commentUrl, published.commentUrl);
  if (published.checkRunUrl) host.core.setOutput(OUTPUTS.checkRunUrl, published.checkRunUrl);
  for (const { command, message, properties } of published.logAnnotations) {
    host.core[command](message, properties);
  }
}
async function runAction(host) {
  const redactor = new Redactor(runnerTokens(host.env));
  const logger = actionLogger(host, redactor);
  const state = {};
  const termination = host.onTermination(
    (signal) => completeCancelled(state, signal),
    CANCEL_BUDGET_MS + 500
  );
  try {
    const inputs = readInputs((name) => host.core.getInput(name));
    const workspace = host.env.GITHUB_WORKSPACE ?? host.cwd();
    const root = path3.resolve(workspace, inputs.workingDirectory);
    const github = host.env.GITHUB_REPOSITORY ? readGitHubContext(host.env, host.readFile) : void 0;
    if (!github) logger.warning("GITHUB_REPOSITORY is not set: no comment or check run.");
    const context = { host, inputs, root, github, redactor, logger };
    const config = await loadConfigOrProblem(host, { workspace, root }, inputs);
    const loaded = "loaded" in config ? config.loaded : void 0;
    const settings = signoffSettings(loaded?.config.signoff, inputs);
    const signoff = github ? await connectGitHub(github, inputs.githubToken, logger, settings.deadline, inputs.reportUrl) : void 0;
    state.signoff = signoff;
    if (signoff && settings["check-run"] !== false && inputs.phase !== "monitor") {
      await openCheckRunEarly(state, signoff, settings["check-run"], settings.deadline);
    }
    if ("problem" in config) throw config.problem;
    if (inputs.phase === "monitor") {
      await monitor(
        context,
        config.loaded,
        signoff,
        settings["comment-author"],
        () => termination.stopping
      );
      return;
    }
    const report = await checklistReport(context, config.loaded, inputs.phase);
    if (termination.stopping) return;
    const markdown = summaryMarkdown(report, context);
    const written = await writeFilesAndOutputs(host, report, root, inputs, markdown);
    await writeJobSummary(host, markdown);
    if (signoff) await publishToGitHub(host, state, signoff, settings, report);
    concludeVerdict(host, report, written);
  } catch (error2) {
    if (!(error2 instanceof UsageError)) logger.info(errorTrace(error2));
    await reportCrash(host, redactor.text(errorMessage(error2)), state.signoff, state.checkRun);
    if (error2 instanceof UsageError) host.setExitCode(2);
  } finally {
    if (termination.stopping) await termination.stopped;
  }
}
export {
  run,
  runAction
};
//# sourceMappingURL=main-SWG76J67.js.map
