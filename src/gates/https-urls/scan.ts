import { StaticSource } from '../../analyzers/js-static.ts';

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
 * without running the config. Pure and total.
 */
export function nextConfigEnv(text: string): Setting[] {
  const source = new StaticSource(text);
  const settings: Setting[] = [];
  source.tokens.forEach((token, index) => {
    if (token.text !== '{') return;
    for (const property of source.properties(index)) {
      if (property.name !== 'env' || source.tokens[property.valueIndex]?.text !== '{') continue;
      for (const entry of source.properties(property.valueIndex)) {
        const value = source.evaluate(entry.valueIndex);
        const at = source.tokens[entry.valueIndex];
        if (value && at) {
          settings.push({ key: entry.name, value: value.value, line: at.line, column: at.column });
        }
      }
    }
  });
  return settings;
}

const PLAIN_URL = /\b(?:http|ws):\/\/[^\s,;"'`<>]+/gi;

/** Loopback hosts, where plain HTTP never leaves the machine (local previews, tests). */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** The http:// and ws:// URLs in a value that would cross the network unencrypted. */
export function insecureUrls(value: string): { url: string; index: number }[] {
  return [...value.matchAll(PLAIN_URL)]
    .filter((match) => !isLoopback(match[0]))
    .map((match) => ({ url: match[0], index: match.index }));
}
