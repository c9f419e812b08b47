import {
  isParseFailure,
  keyName,
  parseStatic,
  syntaxOf,
  type StaticProperty,
} from '../../analyzers/js-static.ts';
import { isLoopbackHost } from '../../util/loopback.ts';

/** A variable assignment found in a file, with where its value is. */
export interface Setting {
  key: string;
  value: string;
  line: number;
  column: number;
}

const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

/**
 * The assignments of a dotenv file (`KEY=value`, `export KEY="value"`, `# comments`), as
 * Next.js and dotenv read them; the column is that of the value. Pure and total.
 */
export function parseEnvFile(text: string): Setting[] {
  const settings: Setting[] = [];
  text.split('\n').forEach((raw, index) => {
    const match = ASSIGNMENT.exec(raw);
    if (!match || raw.trimStart().startsWith('#')) return;
    const [, prefix = '', key = '', rest = ''] = match;
    const quoted = /^(["'`])(.*?)\1/.exec(rest);
    const value = quoted ? (quoted[2] ?? '') : rest.replace(/\s+#.*$/, '').trim();
    const column = raw.indexOf(rest, prefix.length + key.length) + 1 + (quoted ? 1 : 0);
    settings.push({ key, value, line: index + 1, column });
  });
  return settings;
}

/**
 * The `env: { … }` entries of a Next.js config whose values are static strings, read
 * without running the config; `file` names its syntax (TypeScript or JavaScript). Pure and
 * total: a file that does not parse has no settings (headers-config reports it).
 */
export function nextConfigEnv(text: string, file: string): Setting[] {
  const parsed = parseStatic(text, syntaxOf(file));
  if (isParseFailure(parsed)) return [];
  const settings: Setting[] = [];
  for (const node of parsed.nodes()) {
    if (node.type !== 'ObjectProperty' || keyName(node) !== 'env') continue;
    const env = parsed.evaluate(node.value);
    if (env.kind === 'object') settings.push(...stringSettings(env.properties));
  }
  return settings;
}

/**
 * The `env` and `build.env` of a vercel.json (read as JSON): the values Vercel sets at run
 * time and at build time (where `NEXT_PUBLIC_*` ones are built into the bundle).
 */
export function vercelEnv(text: string): Setting[] {
  const parsed = parseStatic(text, 'json');
  if (isParseFailure(parsed)) return [];
  const root = parsed.evaluate(parsed.root);
  if (root.kind !== 'object') return [];
  const build = root.properties.get('build')?.value;
  return [
    root.properties.get('env')?.value,
    build?.kind === 'object' ? build.properties.get('env')?.value : undefined,
  ].flatMap((env) => (env?.kind === 'object' ? stringSettings(env.properties) : []));
}

function stringSettings(properties: ReadonlyMap<string, StaticProperty>): Setting[] {
  return [...properties].flatMap(([key, { value }]) =>
    value.kind === 'string' ? [{ key, value: value.value, ...value.at }] : [],
  );
}

const PLAIN_URL = /\b(?:http|ws):\/\/[^\s,;"'`<>]+/gi;

/** Loopback hosts, where plain HTTP never leaves the machine (local previews, tests). */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return isLoopbackHost(host);
}

/** The http:// and ws:// URLs in a value that would cross the network unencrypted. */
export function insecureUrls(value: string): { url: string; index: number }[] {
  return [...value.matchAll(PLAIN_URL)]
    .filter((match) => !isLoopback(match[0]))
    .map((match) => ({ url: match[0], index: match.index }));
}
