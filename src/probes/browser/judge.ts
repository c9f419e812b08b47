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

export function judgeBrowser(evidence: BrowserEvidence, thresholds: BrowserThresholds): Finding[] {
  const findings: Finding[] = [];
  const origin = new URL(evidence.pageUrl).origin;
  const page = redactUrl(evidence.pageUrl);

  const corsBlocked = new Set<string>();
  for (const message of evidence.console) {
    if (CORS.test(message.text)) {
      const blocked = quotedUrl(message.text);
      if (blocked) corsBlocked.add(blocked);
      const reason = message.text.split(CORS_REASON)[1] ?? message.text;
      findings.push({
        rule: 'cors-blocked',
        severity: 'high',
        message: `${page}: ${blocked ? `the request to ${redactUrl(blocked)}` : 'a request'} was blocked by CORS: ${excerpt(reason)}`,
        hint: "Allow the page's origin in the API's CORS settings (CORS_ALLOWED_ORIGINS).",
      });
    }
  }
  for (const violation of evidence.cspViolations) {
    const where = violation.source
      ? ` (${redactUrl(violation.source)}${violation.line ? `:${violation.line}` : ''})`
      : '';
    findings.push({
      rule: 'csp-violation',
      severity: 'medium',
      message: `${page}: Content-Security-Policy ${violation.directive} blocked ${redactUrl(violation.blocked || 'inline')}${where}`,
      hint: 'Allow what the page needs in the policy, or stop the page from needing it.',
    });
  }
  const ownErrors = evidence.badResponses.filter((r) => new URL(r.url).origin === origin);
  for (const response of ownErrors) {
    findings.push({
      rule: 'asset-error',
      severity: 'high',
      message: `${redactUrl(response.url)}: ${response.type} answered ${response.status}`,
      hint: 'Check that the build output (collectstatic, the static folder) is deployed.',
    });
  }
  /** URLs reported already: Chrome's "Failed to load resource" console line about one adds nothing. */
  const reported = new Set([
    ...evidence.badResponses.map((r) => r.url),
    ...evidence.failedRequests.map((r) => r.url),
    ...corsBlocked,
  ]);
  // A request blocked by CORS or CSP, or answered 4xx, also fails: it is reported once, as what it is.
  const explained = new Set([
    ...corsBlocked,
    ...evidence.cspViolations.map((v) => v.blocked),
    ...evidence.badResponses.map((r) => r.url),
  ]);
  for (const request of evidence.failedRequests) {
    if (explained.has(request.url)) continue;
    findings.push({
      rule: 'request-failed',
      severity: 'medium',
      message: `${redactUrl(request.url)}: the request failed (${request.error})`,
    });
  }
  for (const message of evidence.console) {
    if (CORS.test(message.text) || CSP_CONSOLE.test(message.text)) continue;
    if (RESOURCE_FAILED.test(message.text) && message.url) {
      // Chrome asks for /favicon.ico by itself: a site without one has no broken page.
      if (reported.has(message.url) || new URL(message.url).pathname === '/favicon.ico') continue;
    }
    findings.push({
      rule: 'console-error',
      severity: 'medium',
      message: `${page}: console error: ${excerpt(message.text)}${message.url ? ` (${redactUrl(message.url)})` : ''}`,
    });
  }
  for (const exception of evidence.exceptions) {
    findings.push({
      rule: 'uncaught-exception',
      severity: 'high',
      message: `${page}: uncaught exception: ${excerpt(exception)}`,
    });
  }
  for (const key of Object.keys(TIMING_NAMES) as (keyof BrowserThresholds)[]) {
    const limit = thresholds[key];
    const took = evidence.timings[key];
    if (limit !== undefined && took !== undefined && took > limit) {
      findings.push({
        rule: 'slow-page',
        severity: 'medium',
        message: `${page}: ${TIMING_NAMES[key]} after ${formatDuration(took)}, above ${formatDuration(limit)}`,
      });
    }
  }
  if (evidence.failedStep) {
    findings.push({
      rule: 'step-failed',
      severity: 'high',
      message: `${page}: ${evidence.failedStep.step} failed: ${excerpt(evidence.failedStep.error)}`,
    });
  }
  // Chrome reports some events twice for one cause (a server-rendered image whose source React
  // sets again on hydration violates the CSP twice): each is reported once.
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
