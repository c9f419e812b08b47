import { headerValues, type HttpResponse } from '../../http/client.ts';

/**
 * The cookies a response sets, by name; a cookie the response deletes (an empty value, an
 * expiry in the past or `Max-Age=0`, as Django's logout deletes the session) maps to
 * undefined. Pure: only the name, the value and what says "deleted" are read.
 */
export function cookiesSet(
  response: Pick<HttpResponse, 'headers'>,
  now: Date,
): Map<string, string | undefined> {
  const cookies = new Map<string, string | undefined>();
  for (const line of headerValues(response, 'set-cookie')) {
    const [pair = '', ...attributes] = line.split(';');
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    const value = pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    const deleted =
      value === '' ||
      attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim());
        if (/^max-age$/i.test(key)) return Number(setting) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(setting) <= now.getTime();
        return false;
      });
    cookies.set(name, deleted ? undefined : value);
  }
  return cookies;
}

/** The Cookie header for `cookies`, the ones deleted left out. */
export function cookieHeader(cookies: ReadonlyMap<string, string | undefined>): string {
  return [...cookies]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}
