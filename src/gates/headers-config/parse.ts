import { StaticSource, type Token } from '../../analyzers/js-static.ts';

/**
 * The response headers a front end's config files set, read statically from next.config.*
 * (`headers()`), vercel.json (`headers`) and middleware.* (`headers.set(…)`). Pure and total.
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

/** What one config file says about headers. */
export interface ConfigHeaders {
  entries: HeaderEntry[];
  /** The line where the file configures headers (`headers()`, `"headers"`), if anywhere. */
  anchorLine: number | undefined;
  /** Places that set headers in a way that cannot be read without running the code. */
  unreadable: { line: number; column: number; message: string }[];
}

/** Header names worth recognising as object keys (`{ 'Content-Security-Policy': csp }`). */
const SECURITY_HEADERS = new Set([
  'content-security-policy',
  'content-security-policy-report-only',
  'strict-transport-security',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
]);

/** Reads the headers one config file sets; `file` is its repo-relative path for the entries. */
export function readConfigHeaders(file: string, text: string): ConfigHeaders {
  const source = new StaticSource(text);
  const { tokens } = source;
  const entries: HeaderEntry[] = [];
  const unreadable: ConfigHeaders['unreadable'] = [];
  const at = (token: Token) => ({ file, line: token.line, column: token.column });

  const add = (nameToken: Token, name: string | undefined, valueIndex: number) => {
    if (name === undefined) {
      unreadable.push({
        line: nameToken.line,
        column: nameToken.column,
        message: 'a header name here is computed at run time',
      });
      return;
    }
    const value = source.evaluate(valueIndex);
    entries.push({ name: name.toLowerCase(), value: value?.value, ...at(nameToken) });
    if (!value) {
      unreadable.push({
        line: nameToken.line,
        column: nameToken.column,
        message: `the value of ${name} is computed at run time`,
      });
    }
  };

  tokens.forEach((token, index) => {
    // `{ key: 'X-Frame-Options', value: 'DENY' }` (next.config headers(), vercel.json)
    if (token.text === '{') {
      const properties = source.properties(index);
      const key = properties.find((p) => p.name === 'key');
      const value = properties.find((p) => p.name === 'value');
      if (key && value)
        add(key.nameToken, source.evaluate(key.valueIndex)?.value, value.valueIndex);
      for (const property of properties) {
        if (SECURITY_HEADERS.has(property.name.toLowerCase())) {
          add(property.nameToken, property.name, property.valueIndex);
        }
      }
    }
    // `response.headers.set('X-Frame-Options', 'DENY')` (middleware)
    const receiver = tokens[index - 2];
    if (
      token.kind === 'name' &&
      (token.text === 'set' || token.text === 'append') &&
      tokens[index - 1]?.text === '.' &&
      receiver?.kind === 'name' &&
      /headers$/i.test(receiver.text) &&
      tokens[index + 1]?.text === '('
    ) {
      const nameEnd = source.skipExpression(index + 2);
      if (tokens[nameEnd]?.text === ',') {
        const name = source.evaluate(index + 2);
        add(
          tokens[index + 2] ?? token,
          name && !name.dynamic ? name.value : undefined,
          nameEnd + 1,
        );
      }
    }
  });

  const anchor = tokens.find(
    (token, index) =>
      (token.kind === 'name' || token.kind === 'string') &&
      (token.kind === 'string' ? token.value : token.text) === 'headers' &&
      /^[:(]$/.test(tokens[index + 1]?.text ?? ''),
  );
  return { entries, anchorLine: anchor?.line, unreadable };
}
