import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import path from 'node:path';
import type { FileHeaders, HeaderEntry, Unreadable } from './parse.ts';
import type { HeaderTest, RecordedResponse } from '../../analyzers/security-headers/assessment.ts';
import { cspTest } from '../../analyzers/security-headers/csp.ts';
import { hstsTest } from '../../analyzers/security-headers/hsts.ts';
import { referrerPolicyTest } from '../../analyzers/security-headers/referrer-policy.ts';
import { xContentTypeOptionsTest } from '../../analyzers/security-headers/x-content-type-options.ts';
import { xFrameOptionsTest } from '../../analyzers/security-headers/x-frame-options.ts';
import type { Finding } from '../../core/model.ts';
import { runInWorker } from '../../engine/worker.ts';
import { plural } from '../../util/text.ts';
import type { GateInput } from '../kit/gate.ts';
import { judgeFindings } from '../kit/policy.ts';
import { repoJoin } from '../kit/repo-files.ts';
import { describeSkipped, readSourceFile, type SkippedFile } from '../kit/source-files.ts';

/** Where a Next.js front end sets response headers, in the order findings prefer to point at. */
const CONFIG_FILES = [
  'next.config.ts',
  'next.config.mjs',
  'next.config.js',
  'next.config.cjs',
  'vercel.json',
  'middleware.ts',
  'middleware.js',
  'src/middleware.ts',
  'src/middleware.js',
];

/**
 * The script that reads the config files, in a worker thread the check's signal can stop: the
 * `.ts` beside this module when it runs from the sources, the bundle's entry of the same name
 * beside this module's chunk in dist/chunks/ (scripts/bundle.mjs).
 */
const READER = new URL(`./headers-config-worker${path.extname(import.meta.url)}`, import.meta.url);

/**
 * The checklist's headers, judged by the same tests as the post-deploy probe (one policy for
 * both phases), each on the header as the config sets it.
 */
const TESTS: readonly HeaderTest[] = [
  cspTest,
  hstsTest,
  xFrameOptionsTest,
  xContentTypeOptionsTest,
  referrerPolicyTest,
];

const REFERRER_POLICY_MISSING: Finding = {
  rule: 'referrer-policy-not-implemented',
  severity: 'low',
  message: 'Referrer-Policy is not set, so browsers fall back to their default.',
  hint: 'Set Referrer-Policy: strict-origin-when-cross-origin (or no-referrer).',
};

/**
 * Security headers the front end will send, read statically (the config is never run) from
 * next.config.* `headers()`, vercel.json `headers` and middleware `headers.set(…)`: CSP
 * present and not defeated, HSTS, frame protection, nosniff and Referrer-Policy. A finding
 * points at the line that sets the header, or, when it is missing, where headers are set.
 * Routes are not told apart: a header set for any route counts as set.
 */
export async function run(
  { options, dir }: GateInput<'headers-config'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const files: { file: string; text: string }[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of CONFIG_FILES) {
    const file = repoJoin(dir, name);
    const source = await readSourceFile(context.root, file);
    if (source.kind === 'text') files.push({ file, text: source.text });
    else if (source.kind === 'skipped') skipped.push({ file, reason: source.reason });
  }
  const skippedNote = skipped.length ? `; ${describeSkipped(skipped)}` : '';
  const first = files[0];
  if (!first) {
    return {
      status: 'skip',
      summary: `nothing to read: no next.config.*, vercel.json or middleware in ${dir}${skippedNote}`,
    };
  }
  const findings: Finding[] = [];
  const entries: HeaderEntry[] = [];
  let anchor: { file: string; line: number } | undefined;
  const reads = await runInWorker<FileHeaders[]>(READER, files, context.signal);
  for (const read of reads) {
    entries.push(...read.entries);
    if (!anchor && read.anchorLine) anchor = { file: read.file, line: read.anchorLine };
    for (const problem of read.unreadable) {
      findings.push({
        ...unreadableFinding(problem),
        file: read.file,
        line: problem.line,
        column: problem.column,
      });
    }
  }
  // A header no file names may still be set where the config cannot be read: not missing.
  const namesKnown = reads.every((read) => read.unreadable.every((u) => u.hides === 'value'));
  const missingAt = namesKnown ? (anchor ?? { file: first.file, line: 1 }) : undefined;
  findings.push(
    ...judgeHeaders(
      entries,
      missingAt,
      files.some((f) => f.file.endsWith('vercel.json')),
    ),
  );
  const sources = plural(files.length, 'config file');
  return judgeFindings(findings, {
    failOn: options['fail-on'],
    scope: `${sources} read${skippedNote}`,
  });
}

function unreadableFinding(problem: Unreadable): Finding {
  if (problem.kind === 'unparsable') {
    return {
      rule: 'headers-config/unparsable',
      severity: 'medium',
      message: `Cannot read the headers this file sets: it does not parse (${problem.message}), so no header is reported missing.`,
      hint: 'Fix the syntax error (the build would fail on it too), or check the headers after deploy with the headers probe.',
    };
  }
  const [what, so] =
    problem.hides === 'value'
      ? ['this header', '']
      : ['which headers are set here', ', so no header is reported missing'];
  return {
    rule: 'headers-config/not-static',
    severity: 'medium',
    message: `Cannot check ${what}: ${problem.message}, and Shipgate reads the config without running it${so}.`,
    hint: 'Set security headers from string literals or constants, or check them after deploy with the headers probe.',
  };
}

/**
 * Runs each test on the config's headers. The first static value of every header stands in
 * for the response; a header set in several places is judged once per place. A header set
 * nowhere is missing at `missingAt`, unless that is undefined: the config may set it unread.
 */
function judgeHeaders(
  entries: readonly HeaderEntry[],
  missingAt: { file: string; line: number } | undefined,
  vercel: boolean,
): Finding[] {
  const base: RecordedResponse = {
    url: 'https://deployment.invalid/',
    status: 200,
    body: '',
    headers: {},
  };
  for (const entry of entries) {
    if (entry.value !== undefined && base.headers[entry.name] === undefined) {
      base.headers[entry.name] = entry.value;
    }
  }
  const findings: Finding[] = [];
  for (const test of TESTS) {
    const name = test(base).test;
    const setting = entries.filter((e) => e.name === name);
    if (setting.length === 0) {
      if (!missingAt) continue;
      const missing = [
        ...test(base).findings.map((finding) => adjustMissing(finding, name, vercel)),
        ...(name === 'referrer-policy' ? [REFERRER_POLICY_MISSING] : []),
      ];
      for (const finding of missing) {
        findings.push({ ...finding, ...sendItFrom(finding, missingAt.file), ...missingAt });
      }
      continue;
    }
    for (const entry of setting) {
      if (entry.value === undefined) continue; // reported as not static
      const response = { ...base, headers: { ...base.headers, [name]: entry.value } };
      for (const finding of test(response).findings) {
        findings.push({ ...finding, file: entry.file, line: entry.line, column: entry.column });
      }
    }
  }
  return findings;
}

/** A missing header's hint, finished with where the file it points at would send it. */
function sendItFrom(finding: Finding, file: string): Pick<Finding, 'hint'> {
  const name = path.posix.basename(file);
  const where =
    name === 'vercel.json'
      ? 'in vercel.json\'s "headers", for the source "/(.*)"'
      : name.startsWith('middleware.')
        ? `on the response in ${name} (response.headers.set)`
        : `from headers() in ${name}, for the source '/(.*)'`;
  return { hint: `${finding.hint ?? 'Set it.'} Send it ${where}.` };
}

/** Vercel sends HSTS on its domains by default, so its absence from the config weighs less. */
function adjustMissing(finding: Finding, header: string, vercel: boolean): Finding {
  if (!vercel || header !== 'strict-transport-security') return finding;
  return {
    ...finding,
    severity: 'low',
    message: `${finding.message} Vercel adds one by default; set it in vercel.json to choose max-age and includeSubDomains.`,
  };
}
