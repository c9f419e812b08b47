/**
 * Text from tools and servers goes into Markdown that GitHub renders: it must not be able to
 * inject HTML, break the table, or ping anyone.
 */

/**
 * Escapes HTML and table syntax, and neutralises `@user` and `@org/team` mentions with a
 * zero-width space. `&` is escaped too, so an entity such as `&#64;` (which would still ping)
 * shows as typed. Backslashes go first so that text cannot un-escape a pipe with its own.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]])/g, '\\$1')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200B')
    .replace(/\r\n?|\n/g, ' ');
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

/** Inline code that survives backticks inside the text. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r\n?|\n/g, ' ');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/**
 * A URL that is safe as a Markdown link target, or undefined: only http(s), normalised by the
 * URL parser (which percent-encodes spaces, quotes and angle brackets), with parentheses
 * encoded so that text from a tool cannot close the link early.
 */
function linkTarget(url: string): string | undefined {
  const parsed = URL.parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `[text](url)` when `url` is a safe link target, else `text` alone. `text` is Markdown already. */
export function link(text: string, url: string | undefined): string {
  const target = url ? linkTarget(url) : undefined;
  return target ? `[${text}](${target})` : text;
}
