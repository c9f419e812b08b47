// Pure generators for the files derived from the sources: the config JSON Schema and the
// README's inputs/outputs tables and config reference. scripts/generate-docs.ts writes them;
// tests compare them with what is committed, so they never drift.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configSchema } from '../src/config/schema.ts';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
};

/** The JSON Schema of .github/shipgate.yml, for editors (yaml-language-server) and tools. */
export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    ...schema,
    $id: 'https://github.com/shipgate/shipgate/blob/main/schema/shipgate.schema.json',
    title: 'Shipgate configuration',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(' | ');
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.pattern?.includes('ms|s|m|h')) return 'duration';
  if (schema.pattern?.includes('%')) return 'percentage';
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

function rows(schema: JsonSchema, keyPath: string, out: string[]): void {
  const variants = schema.anyOf ?? schema.oneOf;
  if (keyPath) {
    const fallback = schema.default === undefined ? '' : `\`${JSON.stringify(schema.default)}\``;
    out.push(
      `| \`${keyPath}\` | ${cell(typeOf(schema))} | ${fallback} | ${cell(schema.description ?? '')} |`,
    );
  }
  if (schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) {
      rows(child, keyPath ? `${keyPath}.${key}` : key, out);
    }
  }
  if (schema.items && (schema.items.properties || schema.items.anyOf || schema.items.oneOf)) {
    rows({ ...schema.items, description: undefined, default: undefined }, '', []);
    for (const [key, child] of Object.entries(schema.items.properties ?? {}))
      rows(child, `${keyPath}[].${key}`, out);
    for (const variant of schema.items.anyOf ?? schema.items.oneOf ?? [])
      variantRows(variant, `${keyPath}[]`, out);
  }
  for (const variant of variants ?? []) {
    if (variant.properties) variantRows(variant, keyPath, out);
  }
}

/** One variant of a union: its own properties, labelled by its discriminator when it has one. */
function variantRows(variant: JsonSchema, keyPath: string, out: string[]): void {
  const discriminator = Object.entries(variant.properties ?? {}).find(
    ([, s]) => s.const !== undefined,
  );
  const label = discriminator
    ? `${keyPath}(${discriminator[0]}: ${String(discriminator[1].const)})`
    : keyPath;
  for (const [key, child] of Object.entries(variant.properties ?? {})) {
    if (child === discriminator?.[1]) continue;
    rows(child, `${label}.${key}`, out);
  }
}

/** The README's config reference: one row per key path, generated from the zod schema. */
export function configReference(): string {
  const schema = JSON.parse(configJsonSchema()) as JsonSchema;
  const out: string[] = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  rows(schema, '', out);
  return out.join('\n');
}

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

/** The README's inputs and outputs tables, generated from action.yml. */
export function actionTables(actionYml: string): string {
  const action = parseYaml(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description?.trim() ?? '')} | ${input.default ? `\`${input.default}\`` : ''} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description?.trim() ?? '')} |`,
  );
  return [
    '### Inputs',
    '',
    '| Input | Description | Default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}

/** The README with every generated section brought up to date. */
export function updatedReadme(readme: string, actionYml: string): string {
  return replaceSection(
    replaceSection(readme, 'action-io', actionTables(actionYml)),
    'config-reference',
    configReference(),
  );
}
