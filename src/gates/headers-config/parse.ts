import type * as B from '@babel/types';
import {
  isParseFailure,
  keyName,
  MAX_SIZE,
  parseStatic,
  positionOf,
  syntaxOf,
  type Position,
  type StaticModule,
  type StaticValue,
  WORK_BUDGET,
} from '../../analyzers/js-static.ts';

const MIB = 1024 * 1024;

/**
 * The response headers a front end's config files set, read statically: what `headers()`
 * returns in next.config.*, the `headers` of vercel.json (read as JSON), and
 * `headers.set(…)` / `headers.append(…)` in middleware. Nothing else in those files is read
 * as a header: a redirect's `has: [{ type: 'header', key, value }]` is a condition on the
 * request, not a header the site sends. Pure and total.
 */

/** One header set in a config file, where it is set, and its value when that is static. */
export interface HeaderEntry {
  /** Lower-case header name. */
  name: string;
  /** Undefined when the value is computed at run time. */
  value: string | undefined;
  /** Repo-relative path. */
  file: string;
  line: number;
  column: number;
}

/** Something in a config file that keeps Shipgate from reading a header. */
export interface Unreadable extends Position {
  /** `unparsable`: the file is not valid JavaScript/TypeScript/JSON; else a value is dynamic. */
  kind: 'not-static' | 'unparsable';
  /**
   * `value`: one header's value is unknown, its name is an entry. `headers`: which headers
   * the file sets is unknown (a computed route list or name, a file that does not parse), so
   * none can be called missing.
   */
  hides: 'headers' | 'value';
  message: string;
}

/** What one config file says about headers. */
export interface ConfigHeaders {
  entries: HeaderEntry[];
  /**
   * The line where the file configures headers (`headers()`, `"headers"`), or, in a
   * next.config without `headers()`, where its config object is written.
   */
  anchorLine: number | undefined;
  /** Places that set headers in a way that cannot be read without running the code. */
  unreadable: Unreadable[];
}

/** What one config file says about headers, with its repo-relative path. */
export interface FileHeaders extends ConfigHeaders {
  file: string;
}

/** Which reader a config file gets, from its name. */
type ConfigKind = 'next-config' | 'vercel' | 'middleware';

function configKindOf(file: string): ConfigKind {
  const name = file.split('/').at(-1) ?? file;
  if (name === 'vercel.json') return 'vercel';
  return name.startsWith('middleware.') ? 'middleware' : 'next-config';
}

/** Reads the headers one config file sets; `file` is its repo-relative path for the entries. */
export function readConfigHeaders(file: string, text: string): ConfigHeaders {
  const parsed = parseStatic(text, syntaxOf(file));
  if (isParseFailure(parsed)) {
    return {
      entries: [],
      anchorLine: undefined,
      unreadable: [{ ...parsed.at, kind: 'unparsable', hides: 'headers', message: parsed.message }],
    };
  }
  const reader = new HeaderReader(file, parsed);
  switch (configKindOf(file)) {
    case 'vercel':
      reader.vercel();
      break;
    case 'middleware':
      reader.middleware();
      break;
    case 'next-config':
      reader.nextConfig();
      break;
  }
  return { entries: reader.entries, anchorLine: reader.anchorLine, unreadable: reader.unreadable };
}

class HeaderReader {
  readonly entries: HeaderEntry[] = [];
  readonly unreadable: Unreadable[] = [];
  anchorLine: number | undefined;
  readonly #file: string;
  readonly #module: StaticModule;

  constructor(file: string, module: StaticModule) {
    this.#file = file;
    this.#module = module;
  }

  /** `async headers() { return [{ source, headers: [{ key, value }] }] }`, wherever it is defined. */
  nextConfig(): void {
    for (const node of this.#module.nodes()) {
      if (node.type !== 'ObjectProperty' && node.type !== 'ObjectMethod') continue;
      if (keyName(node) !== 'headers') continue;
      const fn =
        node.type === 'ObjectMethod'
          ? ({ kind: 'function', node, at: positionOf(node) } as const)
          : this.#module.evaluate(node.value);
      if (fn.kind !== 'function') continue; // a route's `headers: [...]`, read through its function
      this.anchorLine ??= positionOf(node.key).line;
      for (const returned of this.#module.returns(fn.node)) this.#routes(returned);
    }
    // No headers(): a missing header belongs where the config object is written.
    this.anchorLine ??= this.#configObjectLine();
  }

  /**
   * The line of the object next.config exports (`export default` or `module.exports =`):
   * through a plugin wrapper (`withBundleAnalyzer(nextConfig)`) to its first argument, and
   * from a name to where it is declared (`const nextConfig = {`).
   */
  #configObjectLine(): number | undefined {
    let exported: B.Node | undefined;
    for (const node of this.#module.nodes()) {
      if (node.type === 'ExportDefaultDeclaration') exported = node.declaration;
      else if (node.type === 'AssignmentExpression' && pathOf(node.left) === 'module.exports')
        exported = node.right;
    }
    while (exported?.type === 'CallExpression' && exported.arguments[0])
      exported = exported.arguments[0];
    if (exported?.type !== 'Identifier') return exported && positionOf(exported).line;
    const name = exported.name;
    for (const node of this.#module.nodes()) {
      if (
        node.type === 'VariableDeclarator' &&
        node.id.type === 'Identifier' &&
        node.id.name === name
      )
        return positionOf(node).line;
    }
    return positionOf(exported).line;
  }

  /** `{ "headers": [{ "source": "/(.*)", "headers": [{ "key", "value" }] }] }` */
  vercel(): void {
    const root = this.#module.evaluate(this.#module.root);
    if (root.kind !== 'object') return;
    const headers = root.properties.get('headers');
    if (!headers) return;
    this.anchorLine = headers.key.line;
    this.#routes(headers.value);
  }

  /**
   * `response.headers.set('X-Frame-Options', 'DENY')`. Headers handed on to the app as
   * `NextResponse.next({ request: { headers } })` (Next.js's nonce pattern sets `x-nonce`
   * there) are the request's, not the response's, and are not read.
   */
  middleware(): void {
    const forwarded = this.#requestHeaders();
    for (const node of this.#module.nodes()) {
      if (node.type !== 'CallExpression' || !isHeadersSetter(node.callee)) continue;
      if (forwarded.has(pathOf(node.callee.object) ?? '')) continue;
      const [name, value] = node.arguments;
      if (!name || !value) continue;
      this.anchorLine ??= positionOf(node).line;
      this.#header(this.#module.evaluate(name), this.#module.evaluate(value), positionOf(name));
    }
  }

  /** What `{ request: { headers: … } }` names (`requestHeaders`, `request.headers`) in the file. */
  #requestHeaders(): Set<string> {
    const names = new Set<string>();
    for (const node of this.#module.nodes()) {
      if (node.type !== 'ObjectProperty' || keyName(node) !== 'request') continue;
      if (node.value.type !== 'ObjectExpression') continue;
      for (const property of node.value.properties) {
        if (property.type !== 'ObjectProperty' || keyName(property) !== 'headers') continue;
        const name = pathOf(property.value);
        if (name) names.add(name);
      }
    }
    return names;
  }

  #routes(routes: StaticValue): void {
    if (routes.kind !== 'array') {
      return this.#cannotRead(routes, `the routes here are ${why(routes)}`);
    }
    for (const route of routes.items) {
      if (route.kind !== 'object') {
        this.#cannotRead(route, `a route here is ${why(route)}`);
        continue;
      }
      const headers = route.properties.get('headers');
      if (!headers) continue;
      if (headers.value.kind !== 'array') {
        this.#cannotRead(headers.value, `the headers of a route here are ${why(headers.value)}`);
        continue;
      }
      for (const header of headers.value.items) {
        if (header.kind !== 'object') {
          this.#cannotRead(header, `a header here is ${why(header)}`);
          continue;
        }
        const key = header.properties.get('key');
        const value = header.properties.get('value');
        if (!key || !value) continue;
        this.#header(key.value, value.value, key.key);
      }
    }
  }

  #header(name: StaticValue, value: StaticValue, at: Position): void {
    if (name.kind !== 'string' || name.dynamic) {
      this.#cannotRead({ at }, `a header name here is ${why(name)}`);
      return;
    }
    const known = value.kind === 'string';
    this.entries.push({
      name: name.value.toLowerCase(),
      value: known ? value.value : undefined,
      file: this.#file,
      ...at,
    });
    if (!known) {
      this.#cannotRead({ at }, `the value of ${name.value} is ${why(value)}`, 'value');
    }
  }

  #cannotRead(
    { at }: { at: Position },
    message: string,
    hides: Unreadable['hides'] = 'headers',
  ): void {
    this.unreadable.push({ ...at, kind: 'not-static', hides, message });
  }
}

/** Why a value that is not what it should be cannot be read. */
function why(value: StaticValue): string {
  return value.kind === 'too-large'
    ? `too large to read (over ${MAX_SIZE / MIB} MiB, or built from over ${WORK_BUDGET / MIB} MiB of text)`
    : 'computed at run time';
}

/** `a` or `a.b.c` as written, for a name or a chain of plain member accesses; else undefined. */
function pathOf(node: B.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') {
    return undefined;
  }
  const object = pathOf(node.object);
  return object && `${object}.${node.property.name}`;
}

/** `….headers.set` / `….headers.append`, on any receiver whose name ends in `headers`. */
function isHeadersSetter(callee: B.Node): callee is B.MemberExpression {
  if (callee.type !== 'MemberExpression' || callee.computed) return false;
  if (callee.property.type !== 'Identifier' || !/^(set|append)$/.test(callee.property.name)) {
    return false;
  }
  const receiver = callee.object;
  const name =
    receiver.type === 'Identifier'
      ? receiver.name
      : receiver.type === 'MemberExpression' && receiver.property.type === 'Identifier'
        ? receiver.property.name
        : '';
  return /headers$/i.test(name);
}
