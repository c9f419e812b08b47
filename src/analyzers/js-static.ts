import { parse, parseExpression } from '@babel/parser';
import type * as B from '@babel/types';

/**
 * Reads values out of JavaScript, TypeScript and JSON config files without running them:
 * the file is parsed by a real parser (Babel's, which also reads TypeScript), and a small
 * evaluator follows the expressions configs build values from (literals, templates, `+`,
 * arrays and objects with spreads, `[…].join(…)`, `.trim()`, `.replace(…)`, and constants
 * in scope). Shipgate must never execute a project's config (it is untrusted code on a pull
 * request), so anything else is "unknown" rather than guessed. Parsing is linear in the size
 * of the file, and evaluation is bounded: each expression is worked out once (per depth), no
 * value grows past `MAX_SIZE`, however often a constant is doubled, and a file's strings are
 * built and searched from at most `WORK_BUDGET` characters in all. Pure and total.
 */

/** Stand-in for a part of a string whose value exists only at run time. */
const DYNAMIC_PART = '${…}';

/** 1-based line and column of a node. */
export interface Position {
  line: number;
  column: number;
}

/** A string value read from source; `dynamic` when run-time parts were replaced by `${…}`. */
interface StaticString {
  kind: 'string';
  value: string;
  dynamic: boolean;
  at: Position;
}

/** A property of a static object: its value and where its key is written. */
export interface StaticProperty {
  value: StaticValue;
  key: Position;
}

export type StaticValue =
  | StaticString
  | { kind: 'array'; items: StaticValue[]; at: Position }
  | { kind: 'object'; properties: Map<string, StaticProperty>; at: Position }
  | { kind: 'function'; node: FunctionNode; at: Position }
  | { kind: 'unknown'; at: Position }
  /** Static, but larger than the evaluator builds (`MAX_SIZE`): as unreadable, for its own reason. */
  | { kind: 'too-large'; at: Position };

export type FunctionNode =
  B.ArrowFunctionExpression | B.FunctionExpression | B.FunctionDeclaration | B.ObjectMethod;

/** A file that could not be parsed, and where. */
export interface ParseFailure {
  message: string;
  at: Position;
}

/**
 * How deep the evaluator follows nested values and constants before it calls them unknown (a
 * constant is two steps: its name, then its value), which also ends a constant defined by
 * itself. Each expression is worked out at most once per depth, so the work is at most this
 * many times the file: deep enough for constants chained 60 deep, no deeper.
 */
const MAX_DEPTH = 128;

/**
 * The most characters of a string, or items of an array, the evaluator builds: a value past it
 * is `too-large`. No header or setting is that long, and a few lines that double a constant
 * (`const b = a + a`) would otherwise reach any size.
 */
export const MAX_SIZE = 1024 * 1024;

/**
 * The most characters the evaluator builds and searches for one file, in all. A value within
 * `MAX_SIZE` can still be worked on at every depth it is reached from (a 1 MiB constant run
 * through ten regex replaces, reached from twenty templates), which took 9 s and 512 MB; past
 * this budget, whatever is still to build is `too-large`. Real configs use kilobytes of it.
 */
export const WORK_BUDGET = 64 * MAX_SIZE;

/** Which grammar a config file is written in, from its name. */
export type Syntax = 'typescript' | 'javascript' | 'json';

export function syntaxOf(file: string): Syntax {
  if (/\.json$/i.test(file)) return 'json';
  return /\.[cm]?tsx?$/i.test(file) ? 'typescript' : 'javascript';
}

/**
 * One parsed source file and what can be read from it statically. `parseStatic` builds it;
 * a file that does not parse (a syntax error, or nesting deeper than the parser's stack) is
 * a `ParseFailure` instead.
 */
export class StaticModule {
  readonly root: B.Node;
  /**
   * What each node evaluated to, by depth: a constant referenced twice at each of many steps
   * (`const c = b + b`) is worked out once per step, not once per path to it.
   */
  readonly #values = new Map<B.Node, StaticValue[]>();
  /** Characters built and searched so far (`WORK_BUDGET`). */
  #work = 0;
  /** Built on the first name to resolve: most files never need it. */
  #parents: Map<B.Node, B.Node> | undefined;

  constructor(root: B.Node) {
    this.root = root;
  }

  #parentOf(node: B.Node): B.Node | undefined {
    if (!this.#parents) {
      const parents = new Map<B.Node, B.Node>();
      for (const parent of descendants(this.root)) {
        for (const child of children(parent)) parents.set(child, parent);
      }
      this.#parents = parents;
    }
    return this.#parents.get(node);
  }

  /** Every node of the file, parents before children. */
  nodes(): Iterable<B.Node> {
    return descendants(this.root);
  }

  /** The value an expression evaluates to, as far as that is knowable without running it. */
  evaluate(node: B.Node, depth = 0): StaticValue {
    if (depth > MAX_DEPTH) return { kind: 'unknown', at: positionOf(node) };
    let byDepth = this.#values.get(node);
    if (!byDepth) this.#values.set(node, (byDepth = []));
    return (byDepth[depth] ??= this.#valueOf(node, depth + 1));
  }

  /** Whether working on `chars` more characters keeps the file within `WORK_BUDGET`. */
  #spend(chars: number): boolean {
    this.#work += chars;
    return this.#work <= WORK_BUDGET;
  }

  /** `evaluate` for a node first met at this depth; `next` is the depth of its parts. */
  #valueOf(node: B.Node, next: number): StaticValue {
    const at = positionOf(node);
    switch (node.type) {
      case 'StringLiteral':
        return { kind: 'string', value: node.value, dynamic: false, at };
      case 'NumericLiteral':
        return { kind: 'string', value: String(node.value), dynamic: false, at };
      case 'TemplateLiteral':
        return this.#template(node, next);
      case 'BinaryExpression':
        return node.operator === '+' ? this.#concat(node, next) : { kind: 'unknown', at };
      case 'ArrayExpression':
        return this.#array(node, next);
      case 'ObjectExpression':
        return this.#object(node, next);
      case 'Identifier':
        return this.#identifier(node, next);
      case 'CallExpression':
        return this.#call(node, next);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { kind: 'function', node, at };
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
        // Types and parentheses do not change what a config returns.
        return this.evaluate(node.expression, next);
      case 'AwaitExpression':
        return this.evaluate(node.argument, next);
      default:
        return { kind: 'unknown', at };
    }
  }

  /**
   * The values a function returns: its expression body, or the argument of each `return`
   * in its own body (not in functions nested inside it).
   */
  returns(fn: FunctionNode, depth = 0): StaticValue[] {
    if (fn.body.type !== 'BlockStatement') return [this.evaluate(fn.body, depth + 1)];
    const values: StaticValue[] = [];
    const pending: B.Node[] = [fn.body];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === 'ReturnStatement') {
        values.push(
          node.argument
            ? this.evaluate(node.argument, depth + 1)
            : { kind: 'unknown', at: positionOf(node) },
        );
        continue;
      }
      if (node !== fn.body && isFunction(node)) continue;
      pending.push(...children(node).reverse());
    }
    return values;
  }

  #template(node: B.TemplateLiteral, depth: number): StaticValue {
    const at = positionOf(node);
    let value = '';
    let dynamic = false;
    for (const [index, quasi] of node.quasis.entries()) {
      value += quasi.value.cooked ?? quasi.value.raw;
      const expression = node.expressions[index];
      const part = expression && this.evaluate(expression, depth);
      if (part?.kind === 'too-large') return { kind: 'too-large', at };
      if (part?.kind === 'string') {
        value += part.value;
        dynamic ||= part.dynamic;
      } else if (part) {
        value += DYNAMIC_PART;
        dynamic = true;
      }
      if (value.length > MAX_SIZE) return { kind: 'too-large', at };
    }
    if (!this.#spend(value.length)) return { kind: 'too-large', at };
    return { kind: 'string', value, dynamic, at };
  }

  #concat(node: B.BinaryExpression, depth: number): StaticValue {
    const at = positionOf(node);
    const left = this.evaluate(node.left, depth);
    const right = this.evaluate(node.right, depth);
    if (left.kind !== 'string' || right.kind !== 'string') return unreadable([left, right], at);
    const length = left.value.length + right.value.length;
    if (length > MAX_SIZE || !this.#spend(length)) return { kind: 'too-large', at };
    return {
      kind: 'string',
      value: left.value + right.value,
      dynamic: left.dynamic || right.dynamic,
      at,
    };
  }

  #array(node: B.ArrayExpression, depth: number): StaticValue {
    const at = positionOf(node);
    const items: StaticValue[] = [];
    for (const element of node.elements) {
      if (!element) continue;
      if (element.type === 'SpreadElement') {
        const spread = this.evaluate(element.argument, depth);
        if (spread.kind === 'too-large') return { kind: 'too-large', at };
        // One push per item: spread into push's arguments, a long array overflows the stack.
        if (spread.kind === 'array') for (const item of spread.items) items.push(item);
        else items.push({ kind: 'unknown', at: positionOf(element) });
      } else {
        items.push(this.evaluate(element, depth));
      }
      if (items.length > MAX_SIZE) return { kind: 'too-large', at };
    }
    return { kind: 'array', items, at };
  }

  #object(node: B.ObjectExpression, depth: number): StaticValue {
    const properties = new Map<string, StaticProperty>();
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.evaluate(property.argument, depth);
        if (spread.kind === 'object') {
          for (const [name, value] of spread.properties) properties.set(name, value);
        }
        continue;
      }
      const name = keyName(property);
      if (name === undefined) continue;
      const key = positionOf(property.key);
      if (property.type === 'ObjectMethod') {
        properties.set(name, { value: { kind: 'function', node: property, at: key }, key });
      } else {
        properties.set(name, { value: this.evaluate(property.value, depth), key });
      }
    }
    return { kind: 'object', properties, at: positionOf(node) };
  }

  #identifier(node: B.Identifier, depth: number): StaticValue {
    const declared = this.#resolve(node);
    if (!declared) return { kind: 'unknown', at: positionOf(node) };
    if (declared.type === 'FunctionDeclaration') {
      return { kind: 'function', node: declared, at: positionOf(declared) };
    }
    return this.evaluate(declared, depth);
  }

  /**
   * What a name refers to: the initialiser of the nearest `const`/`let`/`var` of that name
   * in an enclosing block (or a function declaration). A parameter or anything else of that
   * name in between shadows it, so the value is unknown.
   */
  #resolve(reference: B.Identifier): B.Node | undefined {
    for (let scope = this.#parentOf(reference); scope; scope = this.#parentOf(scope)) {
      if (isFunction(scope) && scope.params.some((param) => bindsName(param, reference.name))) {
        return undefined;
      }
      const body =
        scope.type === 'Program' || scope.type === 'BlockStatement' ? scope.body : undefined;
      for (const statement of body ?? []) {
        const declaration =
          statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (declaration?.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === 'Identifier' && declarator.id.name === reference.name) {
              return declarator.init ?? undefined;
            }
          }
        }
        if (
          declaration?.type === 'FunctionDeclaration' &&
          declaration.id?.name === reference.name
        ) {
          return declaration;
        }
      }
    }
    return undefined;
  }

  #call(node: B.CallExpression, depth: number): StaticValue {
    const at = positionOf(node);
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' || callee.computed) return { kind: 'unknown', at };
    if (callee.property.type !== 'Identifier') return { kind: 'unknown', at };
    const receiver = this.evaluate(callee.object, depth);
    const [first, second] = node.arguments;
    const method = callee.property.name;
    if (receiver.kind === 'array' && method === 'join') {
      return this.#join(receiver.items, first && this.evaluate(first, depth), at);
    }
    if (receiver.kind !== 'string') return unreadable([receiver], at);
    if (method === 'trim') return { ...receiver, value: receiver.value.trim(), at };
    if ((method === 'replace' || method === 'replaceAll') && first && second) {
      const search = this.#pattern(first, depth);
      const replacement = this.evaluate(second, depth);
      if (search === undefined || replacement.kind !== 'string') {
        return unreadable([replacement], at);
      }
      // Counting the matches and then replacing them each read the whole text.
      if (!this.#spend(2 * receiver.value.length)) return { kind: 'too-large', at };
      try {
        if (replacedLength(receiver.value, method, search, replacement.value) > MAX_SIZE) {
          return { kind: 'too-large', at };
        }
        const value = receiver.value[method](search, replacement.value);
        return { ...receiver, value, dynamic: receiver.dynamic || replacement.dynamic, at };
      } catch {
        return { kind: 'unknown', at }; // replaceAll with a non-global regex throws, as it would in the config
      }
    }
    return { kind: 'unknown', at };
  }

  /** `[…].join(separator)`, when the items and the separator are strings. */
  #join(items: StaticValue[], separator: StaticValue | undefined, at: Position): StaticValue {
    if (separator && separator.kind !== 'string') return unreadable([separator, ...items], at);
    const strings = items.filter((item) => item.kind === 'string');
    if (strings.length < items.length) return unreadable(items, at);
    const glue = separator?.value ?? ',';
    const length = strings.reduce(
      (sum, item) => sum + item.value.length,
      glue.length * Math.max(0, strings.length - 1),
    );
    if (length > MAX_SIZE || !this.#spend(length)) return { kind: 'too-large', at };
    return {
      kind: 'string',
      value: strings.map((item) => item.value).join(glue),
      dynamic: strings.some((item) => item.dynamic) || (separator?.dynamic ?? false),
      at,
    };
  }

  /** The search argument of `.replace`: a regex literal or a static string, else unknown. */
  #pattern(node: B.Node, depth: number): RegExp | string | undefined {
    if (node.type === 'RegExpLiteral') {
      try {
        return new RegExp(node.pattern, node.flags);
      } catch {
        return undefined;
      }
    }
    const value = this.evaluate(node, depth);
    return value.kind === 'string' && !value.dynamic ? value.value : undefined;
  }
}

/**
 * What an expression whose parts are not all strings is: too large when one of them is (no
 * run-time value would make it smaller), else unknown.
 */
function unreadable(parts: StaticValue[], at: Position): StaticValue {
  return parts.some((part) => part.kind === 'too-large')
    ? { kind: 'too-large', at }
    : { kind: 'unknown', at };
}

/**
 * How long `text[method](search, replacement)` can be, found without building it: its matches
 * are counted (a regex afresh, for a sticky one moves on as it matches), and each `$` pattern
 * of the replacement (`$&`, `$1`, `` $` ``, `$'`) inserts at most the whole text.
 */
function replacedLength(
  text: string,
  method: 'replace' | 'replaceAll',
  search: RegExp | string,
  replacement: string,
): number {
  let matches = 0;
  let matched = 0;
  text[method](search instanceof RegExp ? new RegExp(search) : search, (match: string) => {
    matches += 1;
    matched += match.length;
    return '';
  });
  const patterns = replacement.split('$').length - 1;
  return text.length - matched + matches * (replacement.length + patterns * text.length);
}

/** Parses a config file by its syntax; a file that does not parse is a `ParseFailure`. */
export function parseStatic(text: string, syntax: Syntax): StaticModule | ParseFailure {
  try {
    if (syntax === 'json') {
      JSON.parse(text); // the file must be JSON, not merely a JavaScript expression
      return new StaticModule(parseExpression(text, { errorRecovery: false }));
    }
    const file = parse(text, {
      sourceType: 'unambiguous',
      plugins: syntax === 'typescript' ? ['typescript'] : ['jsx'],
      errorRecovery: false,
      allowReturnOutsideFunction: true,
    });
    return new StaticModule(file.program);
  } catch (error) {
    return failureOf(error, text);
  }
}

function failureOf(error: unknown, text: string): ParseFailure {
  if (error instanceof RangeError) {
    return { message: 'it nests deeper than Shipgate reads', at: { line: 1, column: 1 } };
  }
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const reason = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : 'unknown';
  if (loc) return { message: reason, at: { line: loc.line, column: loc.column + 1 } };
  // JSON.parse reports an offset ("at position 12"), not a line.
  const offset = /position (\d+)/.exec(reason)?.[1];
  return {
    message: reason,
    at: offset ? positionAtOffset(text, Number(offset)) : { line: 1, column: 1 },
  };
}

function positionAtOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export const isParseFailure = (value: StaticModule | ParseFailure): value is ParseFailure =>
  !(value instanceof StaticModule);

export function positionOf(node: B.Node): Position {
  const start = node.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : { line: 1, column: 1 };
}

/** The static name of an object key (`a`, `'a'`, `1`), or undefined for a computed one. */
export function keyName(property: B.ObjectProperty | B.ObjectMethod): string | undefined {
  const key = property.key;
  if (property.computed) return key.type === 'StringLiteral' ? key.value : undefined;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

function isFunction(node: B.Node): node is FunctionNode {
  return (
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionExpression' ||
    node.type === 'FunctionDeclaration' ||
    node.type === 'ObjectMethod'
  );
}

function bindsName(pattern: B.Node, name: string): boolean {
  return [...descendants(pattern)].some((node) => node.type === 'Identifier' && node.name === name);
}

/** Keys of a Babel node that never hold child nodes. */
const NOT_CHILDREN = new Set([
  'type',
  'start',
  'end',
  'loc',
  'range',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
]);

/** A node's child nodes, in source order. */
function children(node: B.Node): B.Node[] {
  const found: B.Node[] = [];
  for (const key in node) {
    if (NOT_CHILDREN.has(key)) continue;
    const value: unknown = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) found.push(item);
    } else if (isNode(value)) {
      found.push(value);
    }
  }
  return found;
}

/** A tree walk without recursion, so that a deeply nested file cannot exhaust the stack. */
function* descendants(root: B.Node): Iterable<B.Node> {
  const pending: B.Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    yield node;
    const below = children(node);
    for (let i = below.length - 1; i >= 0; i--) pending.push(below[i] as B.Node);
  }
}

function isNode(value: unknown): value is B.Node {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
