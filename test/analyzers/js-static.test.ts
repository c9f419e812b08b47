import { describe, expect, it } from 'vitest';
import {
  isParseFailure,
  MAX_SIZE,
  parseStatic,
  type StaticValue,
} from '../../src/analyzers/js-static.ts';

/** What `export default …` evaluates to in `source`, read as JavaScript. */
function exported(source: string): StaticValue {
  const parsed = parseStatic(source, 'javascript');
  if (isParseFailure(parsed)) throw new Error(parsed.message);
  for (const node of parsed.nodes()) {
    if (node.type === 'ExportDefaultDeclaration') return parsed.evaluate(node.declaration);
  }
  throw new Error('no export default');
}

/** `const a0 = <seed>;` then `steps` constants, each built from the one before by `step`. */
function chain(seed: string, steps: number, step: (previous: string) => string): string {
  const lines = [`const a0 = ${seed};`];
  for (let i = 1; i <= steps; i++) lines.push(`const a${i} = ${step(`a${i - 1}`)};`);
  return lines.join('\n');
}

/** A constant doubled `steps` times from "x": 2^steps characters. */
const doubled = (steps: number) => chain('"x"', steps, (a) => `${a} + ${a}`);

const stringOf = (value: StaticValue) => (value.kind === 'string' ? value.value : value.kind);

describe('StaticModule.evaluate', () => {
  it('follows chained constants, as configs build a CSP', () => {
    const source = [
      'const base = "default-src \'self\'";',
      'const csp = base + "; img-src *";',
      'export default `${csp}; frame-ancestors ${"\'none\'"}`.replace(/\\s+/g, " ");',
    ].join('\n');
    expect(exported(source)).toMatchObject({
      kind: 'string',
      value: "default-src 'self'; img-src *; frame-ancestors 'none'",
      dynamic: false,
    });
  });

  it('works out a constant referenced twice at each of 40 steps once per step', () => {
    // Once per path to it, the leaf below would be evaluated 2^40 times.
    let value = exported(`${chain('"x"', 40, (a) => `[${a}, ${a}]`)}\nexport default a40;`);
    for (let step = 0; step < 40; step++) {
      if (value.kind !== 'array') throw new Error(`step ${step} is ${value.kind}`);
      expect(value.items[1]).toBe(value.items[0]);
      value = value.items[0] as StaticValue;
    }
    expect(value).toMatchObject({ kind: 'string', value: 'x' });
  });

  it('builds a string up to 1 MiB; past it, a 40-step doubling is too large, not a hang', () => {
    expect(MAX_SIZE).toBe(2 ** 20);
    expect(stringOf(exported(`${doubled(20)}\nexport default a20;`))).toHaveLength(MAX_SIZE);
    expect(exported(`${doubled(21)}\nexport default a21;`)).toMatchObject({ kind: 'too-large' });
    expect(exported(`${doubled(40)}\nexport default a40;`)).toMatchObject({
      kind: 'too-large',
      at: { line: 41, column: 13 },
    });
  });

  it('builds an array up to 2^20 items; past it, a spread doubling is too large', () => {
    const spread = (steps: number) =>
      `${chain('["x"]', steps, (a) => `[...${a}, ...${a}]`)}\nexport default a${steps};`;
    const full = exported(spread(20));
    expect(full.kind === 'array' && full.items.length).toBe(MAX_SIZE);
    expect(exported(spread(21))).toMatchObject({ kind: 'too-large' });
  });

  it('calls whatever is built from a too-large part too large, and a run-time part unknown', () => {
    const large = (expression: string) =>
      stringOf(exported(`${doubled(40)}\nexport default ${expression};`));
    expect(large('`csp: ${a40}`')).toBe('too-large');
    expect(large('process.env.CSP + a40')).toBe('too-large');
    expect(large('[a40].join(";")')).toBe('too-large');
    expect(large('a40.trim()')).toBe('too-large');
    expect(large('[...a40]')).toBe('too-large');
    expect(large('process.env.CSP + a0')).toBe('unknown');
    expect(large('`${process.env.CSP}; ${a0}`')).toBe('${…}; x');
  });

  it('does not build a join or a replace longer than 1 MiB, though every part is shorter', () => {
    const built = (expression: string) =>
      stringOf(exported(`${doubled(20)}\nexport default ${expression};`));
    expect(built('[a19, a19].join("")')).toHaveLength(MAX_SIZE);
    expect(built('[a19, a19].join(",")')).toBe('too-large');
    expect(built('a10.replace(/x/g, a10)')).toHaveLength(MAX_SIZE);
    expect(built('a11.replaceAll("x", a10)')).toBe('too-large');
    // `$\`` inserts all that precedes each match: 2^12 matches make 8 Mi characters.
    expect(built('a12.replace(/x/g, "$`")')).toBe('too-large');
    expect(built('a4.replace(/x/g, "[$&]")')).toBe('[x]'.repeat(16));
    expect(built('"ab".replace(/a/y, "[$&]")')).toBe('[a]b');
  });
});
