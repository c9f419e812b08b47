/**
 * The page's own scripts and where their source maps are, read from the HTML and the
 * scripts' text. Pure; the exposure probe fetches what these name.
 */

/** At most this many scripts of a page are followed to their source maps. */
const MAX_SCRIPTS = 10;

/** Same-origin `<script src>` URLs of a page, in order, without repeats. */
export function ownScripts(html: string, pageUrl: string): URL[] {
  const page = new URL(pageUrl);
  const found = new Map<string, URL>();
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!value) continue;
    let url: URL;
    try {
      url = new URL(value.replace(/&amp;/g, '&'), page);
    } catch {
      continue;
    }
    if (url.origin === page.origin) found.set(url.href, url);
    if (found.size >= MAX_SCRIPTS) break;
  }
  return [...found.values()];
}

/**
 * Where a script's source map is: its `//# sourceMappingURL=` comment (the last one, as
 * browsers read it), else the `SourceMap` header, else `<script>.map`, the name bundlers write.
 */
export function sourceMapUrl(script: string, scriptUrl: URL, header?: string): URL | undefined {
  const comments = [...script.matchAll(/\/[/*][#@]\s*sourceMappingURL=([^\s*]+)/g)];
  const named = comments.at(-1)?.[1] ?? header;
  if (named?.startsWith('data:')) return undefined;
  try {
    return new URL(named ?? `${scriptUrl.pathname}.map`, scriptUrl);
  } catch {
    return undefined;
  }
}
