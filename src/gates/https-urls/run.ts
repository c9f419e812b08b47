import path from 'node:path';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { Finding } from '../../core/model.ts';
import type { GateInput } from '../kit/gate.ts';
import { insecureUrls, nextConfigEnv, parseEnvFile, vercelEnv, type Setting } from './scan.ts';
import { judgeFindings } from '../kit/policy.ts';
import { readFirstProjectFile, repoJoin } from '../kit/repo-files.ts';
import { describeSkipped, readSourceFile, type SkippedFile } from '../kit/source-files.ts';
import { redactText, urlCredentials } from '../../util/redact.ts';

const NEXT_CONFIGS = ['next.config.ts', 'next.config.mjs', 'next.config.js', 'next.config.cjs'];

const hint = (key: string) =>
  key.startsWith('NEXT_PUBLIC_')
    ? 'Use the https:// URL: NEXT_PUBLIC_ values are built into the browser bundle, so every user’s browser would call it in clear text.'
    : 'Use the https:// URL, so that requests and their credentials are encrypted in transit.';

/**
 * The findings on what a file sets. The credentials of every URL in it are masked: a
 * message shows `***@` in their place, and no other surface may show them either. A
 * placeholder (`password`, `changeme`, `${DB_PASSWORD}`) hides nothing and is not registered.
 */
function findingsFor(
  settings: readonly Setting[],
  file: string | undefined,
  context: CheckContext,
): Finding[] {
  for (const setting of settings) {
    for (const secret of urlCredentials(setting.value)) context.maskSecret(secret);
  }
  return settings.flatMap((setting) =>
    insecureUrls(setting.value).map(({ url, index }) => ({
      rule: 'https-urls/plain-http',
      severity: 'high' as const,
      message: `${setting.key} is ${redactText(url)}, which is not HTTPS.`,
      hint: hint(setting.key),
      ...(file ? { file, line: setting.line, column: setting.column + index } : {}),
    })),
  );
}

/**
 * The URLs the production front end calls must be https:// (loopback excepted): the env
 * files of `files`, the Next config's `env`, vercel.json's `env` and `build.env`, and
 * NEXT_PUBLIC_* variables in the environment the build will run with.
 */
export async function run(
  { options, dir }: GateInput<'https-urls'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const findings: Finding[] = [];
  const read: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of options.files) {
    const file = repoJoin(dir, name);
    const source = await readSourceFile(context.root, file);
    if (source.kind === 'skipped') skipped.push({ file, reason: source.reason });
    if (source.kind !== 'text') {
      if (source.kind === 'missing') missing.push(name);
      continue;
    }
    read.push(name);
    findings.push(...findingsFor(parseEnvFile(source.text), file, context));
  }
  const nextConfig = await readFirstProjectFile(context.root, dir, NEXT_CONFIGS, skipped);
  if (nextConfig) {
    read.push(path.posix.basename(nextConfig.path));
    findings.push(
      ...findingsFor(nextConfigEnv(nextConfig.text, nextConfig.path), nextConfig.path, context),
    );
  }
  const vercel = await readFirstProjectFile(context.root, dir, ['vercel.json'], skipped);
  if (vercel) {
    read.push('vercel.json');
    findings.push(...findingsFor(vercelEnv(vercel.text), vercel.path, context));
  }
  const publicVariables = Object.entries(context.env)
    .filter((entry): entry is [string, string] => entry[0].startsWith('NEXT_PUBLIC_') && !!entry[1])
    .map(([key, value]) => ({ key, value, line: 1, column: 1 }));
  findings.push(...findingsFor(publicVariables, undefined, context));
  if (read.length === 0 && publicVariables.length === 0) {
    const why = skipped.length ? `; ${describeSkipped(skipped)}` : '';
    return {
      status: 'skip',
      summary: `nothing to check: no ${options.files.join(', ')}, next.config.* or vercel.json in ${dir}, and no NEXT_PUBLIC_* variables${why}`,
    };
  }
  const scope = [
    read.length ? `read ${read.join(', ')}` : undefined,
    publicVariables.length ? `${publicVariables.length} NEXT_PUBLIC_* variables` : undefined,
    missing.length ? `not found: ${missing.join(', ')}` : undefined,
    skipped.length ? describeSkipped(skipped) : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  return judgeFindings(findings, { failOn: options['fail-on'], scope });
}
