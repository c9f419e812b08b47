/**
 * What examples, templates and code write where a value is not known: a placeholder, a
 * sentinel, an unexpanded reference. Nothing real is committed in one, so it is no finding,
 * and no secret to mask: masking `password` would cut that word out of every message. A
 * `your-…` placeholder names what goes there (`your-api-key`, `YOUR_SECRET_HERE`);
 * `Your_Dog_Rex_1987!` is somebody's password.
 */
const PLACEHOLDER =
  /^(?:password|passwd|pass|secret|change[-_ ]?me|none|null|nil|undefined|missing|unset|empty|default|dummy|placeholder|todo|fixme|your[-_ ][a-z0-9_ -]*(?:password|passwd|pass|secret|key|token|here|value)|x+|\*+|\.+)$/i;

/**
 * An unexpanded reference: `<set me>`, `${DB_PASSWORD}`, `$DB_PASSWORD`. Case-sensitive: a
 * variable is named in capitals, and `$ecretPass` is a password, to be masked.
 */
const REFERENCE = /^(?:<[^>]*>|\$\{[^}]*\}|\$[A-Z_]+)$/;

/** Whether `value` (trimmed) is empty or a placeholder rather than a real value. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || PLACEHOLDER.test(trimmed) || REFERENCE.test(trimmed);
}
