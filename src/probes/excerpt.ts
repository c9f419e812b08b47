import { redactText } from '../util/redact.ts';

/** What a judge quotes of an answer: the text a reader sees, short and redacted. */
const EXCERPT_CHARS = 120;

/** HTML as the reader sees it: tags dropped, the entities Django and React write made plain. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;|&#39;|&rsquo;|’/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What was seen, for a message: plain text on one line, cut short, credentials redacted. */
export function excerpt(text: string): string {
  const plain = plainText(text).replace(/\s+/g, ' ').trim();
  const cut = plain.length > EXCERPT_CHARS ? `${plain.slice(0, EXCERPT_CHARS - 1)}…` : plain;
  return redactText(cut);
}
