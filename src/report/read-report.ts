import { open } from 'node:fs/promises';
import { formatKeyPath } from '../config/load.ts';
import { errorMessage } from '../util/errors.ts';
import { fail, ok, parseJson, type Result } from '../util/result.ts';
import { annotatablePath } from './location.ts';
import type { Report } from '../core/model.ts';
import { reportSchema } from '../core/report-schema.ts';
import { plural } from '../util/text.ts';

/**
 * Reading a report another job wrote, possibly a fork's: it is untrusted input. It is read
 * with a byte cap, validated against the report schema (unknown keys dropped), and refused
 * when a finding's path could escape the repository or a link is not http(s). Its verdict is
 * never used: the merge recomputes it from the checks.
 */

export const REPORT_LIMITS = {
  /** Bytes read from one report file; a larger file is refused, not half-read. */
  bytes: 8 * 1024 * 1024,
  /** Checks in one report: every check is a row of the sign-off table. */
  checks: 500,
} as const;

/** A report file as the merge sees it: its report, or why it cannot be used. */
export type ReportSource = { file: string; report: Report } | { file: string; invalid: string };

const httpUrl = (text: string) => /^https?:\/\//i.test(text);

const untrustedReportSchema = reportSchema.superRefine((report, context) => {
  if (report.checks.length > REPORT_LIMITS.checks) {
    context.addIssue({
      code: 'custom',
      path: ['checks'],
      message: `${report.checks.length} checks, more than the ${REPORT_LIMITS.checks} a report may hold`,
    });
  }
  report.checks.forEach((check, c) => {
    check.findings.forEach((finding, f) => {
      const at = ['checks', c, 'findings', f];
      if (finding.file !== undefined && annotatablePath(finding.file) === undefined) {
        context.addIssue({
          code: 'custom',
          path: [...at, 'file'],
          message: `"${finding.file.slice(0, 200)}" is not a repository-relative path (absolute, or with ..)`,
        });
      }
      if (finding.url !== undefined && !httpUrl(finding.url)) {
        context.addIssue({ code: 'custom', path: [...at, 'url'], message: 'not an http(s) URL' });
      }
    });
  });
});

/** What writes a report to merge: a text or Markdown report, or SARIF, is not one. */
const WRITTEN_BY = 'a report to merge is what `shipgate run --format json --out FILE` writes';

/**
 * A report from its JSON text, or why it is not one: the first problems found, each with its
 * key path, and what writes a report (the usual mistake is a shard run without `--format json`).
 */
export function parseReport(text: string): Result<Report> {
  const json = parseJson(text);
  if (!json.ok) return fail(`not a Shipgate JSON report (${json.error}); ${WRITTEN_BY}`);
  const parsed = untrustedReportSchema.safeParse(json.value);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `${formatKeyPath(issue.path)}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = parsed.error.issues.length - problems.length;
  const also = more > 0 ? `; and ${plural(more, 'more problem')}` : '';
  return fail(`not a Shipgate report: ${problems.join('; ')}${also}; ${WRITTEN_BY}`);
}

/** Reads at most `maxBytes + 1` bytes: enough to know a file is too large without loading it. */
async function readCapped(file: string, maxBytes: number): Promise<Result<string>> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not a regular file');
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return fail(
        `larger than the ${maxBytes / (1024 * 1024)} MiB a report may be (${(info.size / (1024 * 1024)).toFixed(1)} MiB)`,
      );
    }
    return ok(buffer.subarray(0, length).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** One report file, read and validated; never throws. */
export async function readReport(
  file: string,
  maxBytes: number = REPORT_LIMITS.bytes,
): Promise<ReportSource> {
  let text: Result<string>;
  try {
    text = await readCapped(file, maxBytes);
  } catch (error) {
    // The message of a system error repeats the path, which the merge names anyway.
    const code = (error as NodeJS.ErrnoException).code;
    text = fail(
      code === 'ENOENT' ? 'does not exist' : `cannot be read: ${code ?? errorMessage(error)}`,
    );
  }
  const report = text.ok ? parseReport(text.value) : text;
  return report.ok ? { file, report: report.value } : { file, invalid: report.error };
}
