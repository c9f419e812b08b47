/**
 * What a pull request changed, read from `git diff --unified=0` (pure). A finding on a line
 * the change did not add or edit is not the change's doing, so line numbers are those of
 * the head, the tree the tools judge.
 */

/** One file of the head the change touched. */
interface FileChange {
  /** Repository-relative path in the head. */
  path: string;
  /** The path in the base when the change renamed or moved the file. */
  oldPath?: string;
  /** The file did not exist in the base. */
  added: boolean;
  /** Lines of the head the change added or edited, ascending (moved lines left out). */
  lines: number[];
}

export interface ChangeSet {
  /** By head path: every file that exists in the head and differs from the base. */
  files: Map<string, FileChange>;
  /** Base paths of the files the change deleted. */
  deleted: string[];
}

/** Lines with fewer letters and digits than this (`}`, `)`) are never taken for moved ones. */
const MOVED_MIN_CHARS = 8;

const movedKey = (text: string): string | undefined => {
  const key = text.trim().replace(/\s+/g, ' ');
  return key.replace(/[^\p{L}\p{N}]/gu, '').length >= MOVED_MIN_CHARS ? key : undefined;
};

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
};

/** A path as git prints it: C-quoted (octal bytes of UTF-8) when it holds unusual bytes. */
function unquote(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(ESCAPES[body[i + 1] ?? ''] ?? body[i + 1] ?? ''));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `a/path` or `b/path` of a `---`/`+++` line, or undefined for /dev/null. */
function sidePath(rest: string): string | undefined {
  const name = unquote(rest.replace(/\t.*$/, ''));
  if (name === '/dev/null') return undefined;
  return name.replace(/^[ab]\//, '');
}

interface Pending {
  change: FileChange;
  deleted: boolean;
  /** Added lines of this file with their text, before moved ones are told apart. */
  added: { line: number; text: string }[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The change set of a `git diff --unified=0 -M --no-color --no-ext-diff` between the base
 * and the head. A line the diff adds whose text (ignoring whitespace) it also removes
 * somewhere, in any file, was moved, not changed; lines too short to tell (`}`) count as
 * changed. Total: text that is not a diff gives an empty change set.
 */
export function parseDiff(text: string): ChangeSet {
  const { files, removed } = readDiff(text);
  return changeSetOf(files, removed);
}

/** The files of a diff with the lines each adds, and how often each removed text occurs. */
function readDiff(text: string): { files: Pending[]; removed: Map<string, number> } {
  const files: Pending[] = [];
  const removed = new Map<string, number>();
  let current: Pending | undefined;
  let next = 0;
  let inHunk = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('diff --git ')) {
      const names = /^diff --git (?:"(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(line);
      current = {
        change: { path: sidePath(names?.[1] ?? '') ?? '', added: false, lines: [] },
        deleted: false,
        added: [],
      };
      files.push(current);
      inHunk = false;
      continue;
    }
    if (!current) continue;
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (inHunk && line.startsWith('+')) {
      current.added.push({ line: next++, text: line.slice(1) });
      continue;
    }
    if (inHunk && line.startsWith('-')) {
      const key = movedKey(line.slice(1));
      if (key) removed.set(key, (removed.get(key) ?? 0) + 1);
      continue;
    }
    if (inHunk && (line.startsWith(' ') || line.startsWith('\\'))) {
      if (line.startsWith(' ')) next++;
      continue;
    }
    inHunk = false;
    readHeader(current, line);
  }
  return { files, removed };
}

/** A line of a file's extended header (mode, rename, `---`/`+++`) into what it says of it. */
function readHeader(file: Pending, line: string): void {
  const { change } = file;
  if (line.startsWith('new file mode')) change.added = true;
  else if (line.startsWith('deleted file mode')) file.deleted = true;
  else if (line.startsWith('rename from ')) change.oldPath = unquote(line.slice(12));
  else if (line.startsWith('rename to ')) change.path = unquote(line.slice(10));
  else if (line.startsWith('--- ')) {
    const from = sidePath(line.slice(4));
    if (from === undefined) change.added = true;
    else if (from !== change.path && !change.oldPath) change.oldPath = from;
  } else if (line.startsWith('+++ ')) {
    const to = sidePath(line.slice(4));
    if (to === undefined) file.deleted = true;
    else change.path = to;
  }
}

/** The change set: each added line counts unless its text was removed somewhere (moved). */
function changeSetOf(pending: readonly Pending[], removed: Map<string, number>): ChangeSet {
  const files = new Map<string, FileChange>();
  const deleted: string[] = [];
  for (const { change, deleted: gone, added } of pending) {
    if (!change.path) continue;
    if (gone) {
      deleted.push(change.oldPath ?? change.path);
      continue;
    }
    for (const { line, text: content } of added) {
      const key = movedKey(content);
      const left = key === undefined ? 0 : (removed.get(key) ?? 0);
      if (left > 0) removed.set(key!, left - 1);
      else change.lines.push(line);
    }
    if (change.oldPath === change.path) delete change.oldPath;
    files.set(change.path, change);
  }
  return { files, deleted };
}

/** The head paths of the files the change added or edited lines of: what per-file tools check. */
export const editedFiles = (changes: ChangeSet): string[] =>
  [...changes.files.values()].filter((file) => file.lines.length > 0).map((file) => file.path);
