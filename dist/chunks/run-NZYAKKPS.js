import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  isParseFailure,
  keyName,
  parseStatic,
  positionOf,
  syntaxOf
} from "./chunk-L23POHB3.js";
import {
  cspTest,
  hstsTest,
  referrerPolicyTest,
  xContentTypeOptionsTest,
  xFrameOptionsTest
} from "./chunk-BCIG7NPD.js";
import "./chunk-OIT3LJEU.js";
import "./chunk-O37QRWLD.js";
import "./chunk-LJ7Y55QE.js";
import {
  repoJoin
} from "./chunk-JFMXOYYY.js";
import {
  describeSkipped,
  readSourceFile
} from "./chunk-IYAG7XCZ.js";
import "./chunk-O6P5F42L.js";
import {
  judgeFindings
} from "./chunk-4SOECMOS.js";
import {
  plural
} from "./chunk-JWGI5UCX.js";
import "./chunk-U2Z7BCA5.js";
import "./chunk-T4WLO72Z.js";
import "./chunk-UO5GEDUS.js";

// src/gates/headers-config/parse.ts
function configKindOf(file) {
  const name = file.split("/").at(-1) ?? file;
  if (name === "vercel.json") return "vercel";
  return name.startsWith("middleware.") ? "middleware" : "next-config";
}
function readConfigHeaders(file, text) {
  const parsed = parseStatic(text, syntaxOf(file));
  if (isParseFailure(parsed)) {
    return {
      entries: [],
      anchorLine: void 0,
      unreadable: [{ ...parsed.at, kind: "unparsable", message: parsed.message }]
    };
  }
  const reader = new HeaderReader(file, parsed);
  switch (configKindOf(file)) {
    case "vercel":
      reader.vercel();
      break;
    case "middleware":
      reader.middleware();
      break;
    case "next-config":
      reader.nextConfig();
      break;
  }
  return { entries: reader.entries, anchorLine: reader.anchorLine, unreadable: reader.unreadable };
}
var HeaderReader = class {
  entries = [];
  unreadable = [];
  anchorLine;
  #file;
  #module;
  constructor(file, module) {
    this.#file = file;
    this.#module = module;
  }
  /** `async headers() { return [{ source, headers: [{ key, value }] }] }`, wherever it is defined. */
  nextConfig() {
    for (const node of this.#module.nodes()) {
      if (node.type !== "ObjectProperty" && node.type !== "ObjectMethod") continue;
      if (keyName(node) !== "headers") continue;
      const fn = node.type === "ObjectMethod" ? { kind: "function", node, at: positionOf(node) } : this.#module.evaluate(node.value);
      if (fn.kind !== "function") continue;
      this.anchorLine ??= positionOf(node.key).line;
      for (const returned of this.#module.returns(fn.node)) this.#routes(returned);
    }
  }
  /** `{ "headers": [{ "source": "/(.*)", "headers": [{ "key", "value" }] }] }` */
  vercel() {
    const root = this.#module.evaluate(this.#module.root);
    if (root.kind !== "object") return;
    const headers = root.properties.get("headers");
    if (!headers) return;
    this.anchorLine = headers.key.line;
    this.#routes(headers.value);
  }
  /** `response.headers.set('X-Frame-Options', 'DENY')` */
  middleware() {
    for (const node of this.#module.nodes()) {
      if (node.type !== "CallExpression" || !isHeadersSetter(node.callee)) continue;
      const [name, value] = node.arguments;
      if (!name || !value) continue;
      this.anchorLine ??= positionOf(node).line;
      this.#header(this.#module.evaluate(name), this.#module.evaluate(value), positionOf(name));
    }
  }
  #routes(routes) {
    if (routes.kind !== "array")
      return this.#cannotRead(routes, "the routes here are computed at run time");
    for (const route of routes.items) {
      if (route.kind !== "object") {
        this.#cannotRead(route, "a route here is computed at run time");
        continue;
      }
      const headers = route.properties.get("headers");
      if (!headers) continue;
      if (headers.value.kind !== "array") {
        this.#cannotRead(headers.value, "the headers of a route here are computed at run time");
        continue;
      }
      for (const header of headers.value.items) {
        if (header.kind !== "object") {
          this.#cannotRead(header, "a header here is computed at run time");
          continue;
        }
        const key = header.properties.get("key");
        const value = header.properties.get("value");
        if (!key || !value) continue;
        this.#header(key.value, value.value, key.key);
      }
    }
  }
  #header(name, value, at) {
    if (name.kind !== "string" || name.dynamic) {
      this.#cannotRead({ at }, "a header name here is computed at run time");
      return;
    }
    const known = value.kind === "string";
    this.entries.push({
      name: name.value.toLowerCase(),
      value: known ? value.value : void 0,
      file: this.#file,
      ...at
    });
    if (!known) this.#cannotRead({ at }, `the value of ${name.value} is computed at run time`);
  }
  #cannotRead({ at }, message) {
    this.unreadable.push({ ...at, kind: "not-static", message });
  }
};
function isHeadersSetter(callee) {
  if (callee.type !== "MemberExpression" || callee.computed) return false;
  if (callee.property.type !== "Identifier" || !/^(set|append)$/.test(callee.property.name)) {
    return false;
  }
  const receiver = callee.object;
  const name = receiver.type === "Identifier" ? receiver.name : receiver.type === "MemberExpression" && receiver.property.type === "Identifier" ? receiver.property.name : "";
  return /headers$/i.test(name);
}

// src/gates/headers-config/run.ts
var CONFIG_FILES = [
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "next.config.cjs",
  "vercel.json",
  "middleware.ts",
  "middleware.js",
  "src/middleware.ts",
  "src/middleware.js"
];
var TESTS = [
  cspTest,
  hstsTest,
  xFrameOptionsTest,
  xContentTypeOptionsTest,
  referrerPolicyTest
];
var REFERRER_POLICY_MISSING = {
  rule: "referrer-policy-not-implemented",
  severity: "low",
  message: "Referrer-Policy is not set, so browsers fall back to their default.",
  hint: "Set Referrer-Policy: strict-origin-when-cross-origin (or no-referrer)."
};
async function run({ options, dir }, context) {
  const files = [];
  const skipped = [];
  for (const name of CONFIG_FILES) {
    const file = repoJoin(dir, name);
    const source = await readSourceFile(context.root, file);
    if (source.kind === "text") files.push({ file, text: source.text });
    else if (source.kind === "skipped") skipped.push({ file, reason: source.reason });
  }
  const skippedNote = skipped.length ? `; ${describeSkipped(skipped)}` : "";
  const first = files[0];
  if (!first) {
    return {
      status: "skip",
      summary: `nothing to read: no next.config.*, vercel.json or middleware in ${dir}${skippedNote}`
    };
  }
  const findings = [];
  const entries = [];
  let anchor;
  for (const { file, text } of files) {
    const read = readConfigHeaders(file, text);
    entries.push(...read.entries);
    if (!anchor && read.anchorLine) anchor = { file, line: read.anchorLine };
    for (const problem of read.unreadable) {
      findings.push({
        ...unreadableFinding(problem),
        file,
        line: problem.line,
        column: problem.column
      });
    }
  }
  const missingAt = anchor ?? { file: first.file, line: 1 };
  findings.push(
    ...judgeHeaders(
      entries,
      missingAt,
      files.some((f) => f.file.endsWith("vercel.json"))
    )
  );
  const sources = plural(files.length, "config file");
  return judgeFindings(findings, {
    failOn: options["fail-on"],
    scope: `${sources} read${skippedNote}`
  });
}
function unreadableFinding(problem) {
  if (problem.kind === "unparsable") {
    return {
      rule: "headers-config/unparsable",
      severity: "medium",
      message: `Cannot read the headers this file sets: it does not parse (${problem.message}).`,
      hint: "Fix the syntax error (the build would fail on it too), or check the headers after deploy with the headers probe."
    };
  }
  return {
    rule: "headers-config/not-static",
    severity: "medium",
    message: `Cannot check this header: ${problem.message}, and Shipgate reads the config without running it.`,
    hint: "Set security headers from string literals or constants, or check them after deploy with the headers probe."
  };
}
function judgeHeaders(entries, missingAt, vercel) {
  const base = {
    url: "https://deployment.invalid/",
    status: 200,
    body: "",
    headers: {}
  };
  for (const entry of entries) {
    if (entry.value !== void 0 && base.headers[entry.name] === void 0) {
      base.headers[entry.name] = entry.value;
    }
  }
  const findings = [];
  for (const test of TESTS) {
    const name = test(base).test;
    const setting = entries.filter((e) => e.name === name);
    if (setting.length === 0) {
      for (const finding of test(base).findings) {
        findings.push({
          ...adjustMissing(finding, name, vercel),
          file: missingAt.file,
          line: missingAt.line
        });
      }
      if (name === "referrer-policy") findings.push({ ...REFERRER_POLICY_MISSING, ...missingAt });
      continue;
    }
    for (const entry of setting) {
      if (entry.value === void 0) continue;
      const response = { ...base, headers: { ...base.headers, [name]: entry.value } };
      for (const finding of test(response).findings) {
        findings.push({ ...finding, file: entry.file, line: entry.line, column: entry.column });
      }
    }
  }
  return findings;
}
function adjustMissing(finding, header, vercel) {
  if (!vercel || header !== "strict-transport-security") return finding;
  return {
    ...finding,
    severity: "low",
    message: `${finding.message} Vercel adds one by default; set it in vercel.json to choose max-age and includeSubDomains.`
  };
}
export {
  run
};
//# sourceMappingURL=run-NZYAKKPS.js.map
