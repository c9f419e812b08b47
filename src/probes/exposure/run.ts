import { randomBytes } from 'node:crypto';
import { header } from '../../http/client.ts';
import type { HttpFailure } from '../../http/errors.ts';
import { plural } from '../../util/text.ts';
import { ATTEMPTS, failedRequest, outcomeOf, type Probe, type Seen } from '../probe.ts';
import {
  judgeExposure,
  SENSITIVE_FILES,
  type ExposureEvidence,
  type SensitiveFile,
} from './judge.ts';
import { ownScripts, sourceMapUrl } from './scripts.ts';

/**
 * What the deployed site shows that it must not: asks for a path that cannot exist (the
 * site's "nothing here", and Django's technical 404 when DEBUG is on), the page and the
 * source maps of its own scripts, the files a repository root holds, directory listings,
 * malformed requests and the admin without a login; `judgeExposure` decides.
 */
export const exposureProbe: Probe<'exposure'> = async ({ probe, target, url, client, context }) => {
  let requests = 0;
  const fetch = async (at: URL, redirect: 'follow' | 'manual'): Promise<Answer> => {
    requests++;
    const sent = await client.send(at, { redirect, attempts: ATTEMPTS, signal: context.signal });
    if (!sent.ok) {
      context.log(`${sent.url}: ${sent.error.message}`);
      return { ok: false, error: sent.error };
    }
    const { response } = sent;
    return {
      ok: true,
      seen: { url: response.url, status: response.status, body: response.body },
      sourceMap: header(response, 'sourcemap') ?? header(response, 'x-sourcemap'),
    };
  };
  const onTarget = (path: string, redirect: 'follow' | 'manual') =>
    fetch(target.url(path), redirect);

  const nowhere = `/shipgate-${randomBytes(6).toString('hex')}/`;
  const [missing, page] = await Promise.all([onTarget(nowhere, 'follow'), fetch(url, 'follow')]);
  if (!page.ok) return failedRequest(url, page.error);
  if (!missing.ok) return failedRequest(target.url(nowhere), missing.error);

  const sensitive = Object.entries(SENSITIVE_FILES) as [SensitiveFile, string][];
  const malformed = [`${nowhere}%ff%fe?%=%`, ...probe.malformed];
  const [files, listings, sourceMaps, malformedAnswers, admin] = await Promise.all([
    Promise.all(
      sensitive.map(async ([kind, path]) => ({ kind, answer: await onTarget(path, 'manual') })),
    ),
    Promise.all(probe.listings.map((path) => onTarget(path, 'manual'))),
    Promise.all(
      ownScripts(page.seen.body, page.seen.url).map(async (script): Promise<Answer | undefined> => {
        const answer = await fetch(script, 'follow');
        if (!answer.ok || answer.seen.status >= 400) return undefined;
        const map = sourceMapUrl(answer.seen.body, script, answer.sourceMap);
        return map && fetch(map, 'manual');
      }),
    ),
    Promise.all(malformed.map((path) => onTarget(path, 'manual'))),
    probe.admin === false ? undefined : onTarget(probe.admin, 'manual'),
  ]);

  const evidence: ExposureEvidence = {
    missing: missing.seen,
    page: page.seen,
    files: files.flatMap(({ kind, answer }) => (answer.ok ? [{ kind, seen: answer.seen }] : [])),
    listings: seenOf(listings),
    sourceMaps: seenOf(sourceMaps),
    malformed: seenOf(malformedAnswers),
    ...(admin?.ok ? { admin: admin.seen } : {}),
  };
  const findings = judgeExposure(evidence);
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings.length > 0
      ? `${plural(findings.length, 'exposure')}: ${[...new Set(findings.map((f) => f.rule))].join(', ')}`
      : `nothing exposed (${plural(requests, 'request')})`,
    { requests },
  );
};

/** An answer, or why there is none (the reason is also in the check's log). */
type Answer =
  { ok: true; seen: Seen; sourceMap: string | undefined } | { ok: false; error: HttpFailure };

/** The answers there are; `undefined` stands for a request there was no reason to send. */
const seenOf = (answers: (Answer | undefined)[]): Seen[] =>
  answers.flatMap((answer) => (answer?.ok ? [answer.seen] : []));
