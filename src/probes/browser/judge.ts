import type { Finding } from '../../core/model.ts';
import { redactUrl } from '../../util/redact.ts';
import { formatDuration } from '../../util/duration.ts';
import { excerpt } from '../excerpt.ts';

/**
 * A page as a real browser saw it, judged: console errors, uncaught exceptions, requests
 * that failed or were blocked (CORS), CSP violations, the page's own assets answering
 * 4xx/5xx, timings against thresholds, and steps that could not be done. Pure. Chrome
 * repeats most failures in the console ("Failed to load resource", "blocked by CORS policy",
 * "Refused to load"): each is reported once, under what it is.
 */

export interface BrowserEvidence {
  pageUrl: string;
  console: { text: string; url?: string }[];
  exceptions: string[];
  failedRequests: { url: string; error: string }[];
  cspViolations: { directive: string; blocked: string; source?: string; line?: number }[];
  /** Responses of 400 and above, any origin; `type` is the resource type (script, stylesheet…). */
  badResponses: { url: string; status: number; type: string }[];
  /** Milliseconds from navigation start; LCP when the browser reported one. */
  timings: { ttfb?: number; domContentLoaded?: number; load?: number; lcp?: number };
  failedStep?: { step: string; error: string };
}

export interface BrowserThresholds {
  ttfb?: number | undefined;
  domContentLoaded?: number | undefined;
  load?: number | undefined;
  lcp?: number | undefined;
}

const TIMING_NAMES: Record<keyof BrowserThresholds, string> = {
  ttfb: 'time to first byte',
  domContentLoaded: 'DOMContentLoaded',
  load: 'load',
  lcp: 'Largest Contentful Paint',
};

const CORS = /blocked by CORS policy/;
const CORS_REASON = /blocked by CORS policy:\s*/;
const CSP_CONSOLE = /violates the following Content Security Policy directive/;
const RESOURCE_FAILED = /^Failed to load resource\b/;

/** The URL a console message names first ("Access to fetch at 'URL' from origin…"). */
const quotedUrl = (text: string) => /'(https?:\/\/[^']+)'/.exec(text)?.[1];

/** Every way the page fell short in the browser, each event once, under what it is. */
export function judgeBrowser(evidence: BrowserEvidence, thresholds: BrowserThresholds): Finding[] {
  const page = redactUrl(evidence.pageUrl);
  const corsBlocked = blockedByCors(evidence.console);
  return onceEach([
    ...corsFindings(evidence.console, page),
    ...cspFindings(evidence.cspViolations, page),
    ...assetFindings(evidence),
    ...failedRequestFindings(evidence, corsBlocked),
    ...consoleFindings(evidence, page, corsBlocked),
    ...evidence.exceptions.map((exception): Finding => ({
      rule: 'uncaught-exception',
      severity: 'high',
      message: `${page}: uncaught exception: ${excerpt(exception)}`,
    })),
    ...timingFindings(evidence.timings, thresholds, page),
    ...(evidence.failedStep
      ? [
          {
            rule: 'step-failed',
            severity: 'high',
            message: `${page}: ${evidence.failedStep.step} failed: ${excerpt(evidence.failedStep.error)}`,
          } satisfies Finding,
        ]
      : []),
  ]);
}

/** The URLs of requests the console says CORS blocked. */
function blockedByCors(console: BrowserEvidence['console']): Set<string> {
  return new Set(
    console.flatMap((message) => {
      const blocked = CORS.test(message.text) ? quotedUrl(message.text) : undefined;
      return blocked ? [blocked] : [];
    }),
  );
}

/** A finding for each request the console says CORS blocked, with the browser's reason. */
function corsFindings(console: BrowserEvidence['console'], page: string): Finding[] {
  return console
    .filter((message) => CORS.test(message.text))
    .map((message) => {
      const blocked = quotedUrl(message.text);
      const reason = message.text.split(CORS_REASON)[1] ?? message.text;
      return {
        rule: 'cors-blocked',
        severity: 'high',
        message: `${page}: ${blocked ? `the request to ${redactUrl(blocked)}` : 'a request'} was blocked by CORS: ${excerpt(reason)}`,
        hint: "Allow the page's origin in the API's CORS settings (CORS_ALLOWED_ORIGINS).",
      };
    });
}

/** A finding for each CSP violation, naming the directive, what it blocked and where. */
function cspFindings(violations: BrowserEvidence['cspViolations'], page: string): Finding[] {
  return violations.map((violation) => {
    const where = violation.source
      ? ` (${redactUrl(violation.source)}${violation.line ? `:${violation.line}` : ''})`
      : '';
    return {
      rule: 'csp-violation',
      severity: 'medium',
      message: `${page}: Content-Security-Policy ${violation.directive} blocked ${redactUrl(violation.blocked || 'inline')}${where}`,
      hint: 'Allow what the page needs in the policy, or stop the page from needing it.',
    };
  });
}

/** A finding for each of the page's own-origin responses of 400 and above. */
function assetFindings({ pageUrl, badResponses }: BrowserEvidence): Finding[] {
  const origin = new URL(pageUrl).origin;
  return badResponses
    .filter((response) => new URL(response.url).origin === origin)
    .map((response) => ({
      rule: 'asset-error',
      severity: 'high',
      message: `${redactUrl(response.url)}: ${response.type} answered ${response.status}`,
      hint: 'Check that the build output (collectstatic, the static folder) is deployed.',
    }));
}

/** A finding for each failed request that nothing else explains. */
function failedRequestFindings(evidence: BrowserEvidence, corsBlocked: Set<string>): Finding[] {
  // A request blocked by CORS or CSP, or answered 4xx, also fails: it is reported once, as what it is.
  const explained = new Set([
    ...corsBlocked,
    ...evidence.cspViolations.map((v) => v.blocked),
    ...evidence.badResponses.map((r) => r.url),
  ]);
  return evidence.failedRequests
    .filter((request) => !explained.has(request.url))
    .map((request) => ({
      rule: 'request-failed',
      severity: 'medium',
      message: `${redactUrl(request.url)}: the request failed (${request.error})`,
    }));
}

/** A finding for each console error that is not Chrome repeating a failure reported already. */
function consoleFindings(
  evidence: BrowserEvidence,
  page: string,
  corsBlocked: Set<string>,
): Finding[] {
  /** URLs reported already: Chrome's "Failed to load resource" console line about one adds nothing. */
  const reported = new Set([
    ...evidence.badResponses.map((r) => r.url),
    ...evidence.failedRequests.map((r) => r.url),
    ...corsBlocked,
  ]);
  const repeats = ({ text, url }: BrowserEvidence['console'][number]) =>
    CORS.test(text) ||
    CSP_CONSOLE.test(text) ||
    // Chrome asks for /favicon.ico by itself: a site without one has no broken page.
    (RESOURCE_FAILED.test(text) &&
      url !== undefined &&
      url !== '' &&
      (reported.has(url) || new URL(url).pathname === '/favicon.ico'));
  return evidence.console
    .filter((message) => !repeats(message))
    .map((message) => ({
      rule: 'console-error',
      severity: 'medium',
      message: `${page}: console error: ${excerpt(message.text)}${message.url ? ` (${redactUrl(message.url)})` : ''}`,
    }));
}

/** A finding for each timing above its threshold. */
function timingFindings(
  timings: BrowserEvidence['timings'],
  thresholds: BrowserThresholds,
  page: string,
): Finding[] {
  return (Object.keys(TIMING_NAMES) as (keyof BrowserThresholds)[]).flatMap((key): Finding[] => {
    const limit = thresholds[key];
    const took = timings[key];
    if (limit === undefined || took === undefined || took <= limit) return [];
    return [
      {
        rule: 'slow-page',
        severity: 'medium',
        message: `${page}: ${TIMING_NAMES[key]} after ${formatDuration(took)}, above ${formatDuration(limit)}`,
      },
    ];
  });
}

/**
 * Each finding once: Chrome reports some events twice for one cause (a server-rendered image
 * whose source React sets again on hydration violates the CSP twice).
 */
function onceEach(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
