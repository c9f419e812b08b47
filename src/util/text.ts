import { stripVTControlCharacters } from 'node:util';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Turns raw tool output into text a parser can trust: invalid UTF-8 becomes U+FFFD,
 * a BOM is dropped, ANSI colour and cursor codes are removed, CRLF and lone CR become LF.
 */
export function normalizeOutput(raw: Uint8Array | string): string {
  const text = typeof raw === 'string' ? raw.replace(/^\uFEFF/, '') : decoder.decode(raw);
  return stripVTControlCharacters(text).replace(/\r\n?/g, '\n');
}

/** The last `maxLines` lines of `text`, at most `maxChars` characters, marked when cut. */
export function tail(text: string, maxLines = 40, maxChars = 4000): string {
  const trimmed = text.replace(/\s+$/, '');
  const lines = trimmed.split('\n');
  let kept = lines.slice(-maxLines).join('\n');
  if (kept.length > maxChars) kept = kept.slice(-maxChars);
  return kept.length < trimmed.length ? `…\n${kept}` : kept;
}

/** Percent-encoded text (a URL's password or host) decoded; as it stands when malformed. */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "1 file" / "3 files". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** A lower-case, hyphenated id segment: "Migrations ready!" → "migrations-ready". */
export function slug(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet; records the choice. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
