import type { Finding } from '../core/model.ts';

/**
 * A finding's path as GitHub can place it (repository-relative, forward slashes), or
 * undefined for one it cannot: absolute, a Windows drive, or escaping the repository.
 * Gates already make paths relative; this guards annotations and SARIF against any that don't.
 */
export function annotatablePath(file: string): string | undefined {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!path || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  return path.split('/').includes('..') ? undefined : path;
}

/** A finding GitHub can show on a line of a file: both annotations and SARIF need file and line. */
export type LocatedFinding = Finding & { file: string; line: number };

/** The finding with its path made annotatable, or undefined when it has no usable file and line. */
export function locate(finding: Finding): LocatedFinding | undefined {
  const file = finding.file ? annotatablePath(finding.file) : undefined;
  return file && finding.line ? { ...finding, file, line: finding.line } : undefined;
}

/**
 * A repository path as a relative URI reference (RFC 3986): each segment percent-encoded (spaces,
 * brackets, `%`, `#`, `?`, `:`, non-ASCII as UTF-8), the `/` between segments kept.
 */
export const pathUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/**
 * The finding's lines on GitHub, `{blobBase}/{path}#L{line}` (or `#L{line}-L{endLine}`), where
 * `blobBase` is `{server}/{owner}/{repo}/blob/{sha}`; undefined for a finding GitHub cannot place.
 */
export function sourceUrl(blobBase: string, finding: Finding): string | undefined {
  const located = locate(finding);
  if (!located) return undefined;
  const end = located.endLine && located.endLine > located.line ? `-L${located.endLine}` : '';
  return `${blobBase}/${pathUri(located.file)}#L${located.line}${end}`;
}
