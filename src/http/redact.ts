/**
 * A URL as it may appear in a message: user and password replaced by `***`, since a target
 * URL with credentials (https://user:token@host) would otherwise leak into the report, the
 * PR comment and the log. Text that is not a URL is returned unchanged.
 */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  if (!parsed.username && !parsed.password) return parsed.href;
  parsed.username = '***';
  parsed.password = '';
  return parsed.href;
}

/** Every `scheme://user:pass@` inside free text (e.g. an error message) with the credentials cut. */
export function redactText(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}
