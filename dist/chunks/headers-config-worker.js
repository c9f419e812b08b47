import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  MAX_SIZE,
  WORK_BUDGET,
  isParseFailure,
  keyName,
  parseStatic,
  positionOf,
  syntaxOf
} from "./chunk-4KQ3V26Q.js";
import "./chunk-UO5GEDUS.js";

// src/gates/headers-config/headers-config-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/gates/headers-config/parse.ts
var MIB = 1024 * 1024;
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
      unreadable: [{ ...parsed.at, kind: "unparsable", hides: "headers", message: parsed.message }]
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
    this.anchorLine ??= this.#configObjectLine();
  }
  /**
   * The line of the object next.config exports (`export default` or `module.exports =`):
   * through a plugin wrapper (`withBundleAnalyzer(nextConfig)`) to its first argument, and
   * from a name to where it is declared (`const nextConfig = {`).
   */
  #configObjectLine() {
    let exported;
    for (const node of this.#module.nodes()) {
      if (node.type === "ExportDefaultDeclaration") exported = node.declaration;
      else if (node.type === "AssignmentExpression" && pathOf(node.left) === "module.exports")
        exported = node.right;
    }
    while (exported?.type === "CallExpression" && exported.arguments[0])
      exported = exported.arguments[0];
    if (exported?.type !== "Identifier") return exported && positionOf(exported).line;
    const name = exported.name;
    for (const node of this.#module.nodes()) {
      if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.id.name === name)
        return positionOf(node).line;
    }
    return positionOf(exported).line;
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
  /**
   * `response.headers.set('X-Frame-Options', 'DENY')`. Headers handed on to the app as
   * `NextResponse.next({ request: { headers } })` (Next.js's nonce pattern sets `x-nonce`
   * there) are the request's, not the response's, and are not read.
   */
  middleware() {
    const forwarded = this.#requestHeaders();
    for (const node of this.#module.nodes()) {
      if (node.type !== "CallExpression" || !isHeadersSetter(node.callee)) continue;
      if (forwarded.has(pathOf(node.callee.object) ?? "")) continue;
      const [name, value] = node.arguments;
      if (!name || !value) continue;
      this.anchorLine ??= positionOf(node).line;
      this.#header(this.#module.evaluate(name), this.#module.evaluate(value), positionOf(name));
    }
  }
  /** What `{ request: { headers: … } }` names (`requestHeaders`, `request.headers`) in the file. */
  #requestHeaders() {
    const names = /* @__PURE__ */ new Set();
    for (const node of this.#module.nodes()) {
      if (node.type !== "ObjectProperty" || keyName(node) !== "request") continue;
      if (node.value.type !== "ObjectExpression") continue;
      for (const property of node.value.properties) {
        if (property.type !== "ObjectProperty" || keyName(property) !== "headers") continue;
        const name = pathOf(property.value);
        if (name) names.add(name);
      }
    }
    return names;
  }
  #routes(routes) {
    if (routes.kind !== "array") {
      return this.#cannotRead(routes, `the routes here are ${why(routes)}`);
    }
    for (const route of routes.items) {
      if (route.kind !== "object") {
        this.#cannotRead(route, `a route here is ${why(route)}`);
        continue;
      }
      const headers = route.properties.get("headers");
      if (!headers) continue;
      if (headers.value.kind !== "array") {
        this.#cannotRead(headers.value, `the headers of a route here are ${why(headers.value)}`);
        continue;
      }
      for (const header of headers.value.items) {
        if (header.kind !== "object") {
          this.#cannotRead(header, `a header here is ${why(header)}`);
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
      this.#cannotRead({ at }, `a header name here is ${why(name)}`);
      return;
    }
    const known = value.kind === "string";
    this.entries.push({
      name: name.value.toLowerCase(),
      value: known ? value.value : void 0,
      file: this.#file,
      ...at
    });
    if (!known) {
      this.#cannotRead({ at }, `the value of ${name.value} is ${why(value)}`, "value");
    }
  }
  #cannotRead({ at }, message, hides = "headers") {
    this.unreadable.push({ ...at, kind: "not-static", hides, message });
  }
};
function why(value) {
  return value.kind === "too-large" ? `too large to read (over ${MAX_SIZE / MIB} MiB, or built from over ${WORK_BUDGET / MIB} MiB of text)` : "computed at run time";
}
function pathOf(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression" || node.computed || node.property.type !== "Identifier") {
    return void 0;
  }
  const object = pathOf(node.object);
  return object && `${object}.${node.property.name}`;
}
function isHeadersSetter(callee) {
  if (callee.type !== "MemberExpression" || callee.computed) return false;
  if (callee.property.type !== "Identifier" || !/^(set|append)$/.test(callee.property.name)) {
    return false;
  }
  const receiver = callee.object;
  const name = receiver.type === "Identifier" ? receiver.name : receiver.type === "MemberExpression" && receiver.property.type === "Identifier" ? receiver.property.name : "";
  return /headers$/i.test(name);
}

// src/gates/headers-config/headers-config-worker.ts
var files = workerData;
var read = files.map(({ file, text }) => ({
  file,
  ...readConfigHeaders(file, text)
}));
parentPort?.postMessage(read);
//# sourceMappingURL=headers-config-worker.js.map
