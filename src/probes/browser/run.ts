import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ProbeOf } from '../../config/post-schema.ts';
import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import { redactUrl } from '../../util/redact.ts';
import { formatDuration } from '../../util/duration.ts';
import { plural, slug } from '../../util/text.ts';
import { outcomeOf, type Probe, type ProbeInput } from '../probe.ts';
import { judgeBrowser, type BrowserEvidence } from './judge.ts';
import { BROWSER_INSTALL_HINT, findBrowser, withBrowser } from './session.ts';

/** How long the page may keep fetching after its load event before it is judged. */
const SETTLE_MS = 3_000;

/** Collects CSP violations and the LCP candidate from inside the page, from its first byte. */
const IN_PAGE = `
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__shipgateCsp({ directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
  });
  try {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) window.__shipgateLcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
`;

/** Navigation timings (from navigation start) and the last LCP candidate, read in the page. */
const TIMINGS = `(() => {
  const [nav] = performance.getEntriesByType('navigation');
  const timings = nav
    ? { ttfb: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd }
    : {};
  return window.__shipgateLcp === undefined ? timings : { ...timings, lcp: window.__shipgateLcp };
})()`;

type Step = ProbeOf<'browser'>['steps'][number];

const describeStep = (step: Step) =>
  'fill' in step
    ? `fill ${step.fill}`
    : 'click' in step
      ? `click ${step.click}`
      : `wait-for ${step['wait-for']}`;

async function runStep(page: Page, step: Step, context: CheckContext): Promise<void> {
  if ('click' in step) return page.click(step.click);
  if ('wait-for' in step) return void (await page.waitForSelector(step['wait-for']));
  const secret = step['value-env'];
  const value = secret ? context.env[secret] : step.value;
  if (value === undefined) throw new Error(`value-env names ${secret}, which is not set`);
  if (secret) context.maskSecret(value);
  await page.fill(step.fill, value);
}

/** The steps in order; the first that fails ends them, and is named with its error's first line. */
async function runSteps(
  page: Page,
  steps: readonly Step[],
  context: CheckContext,
): Promise<BrowserEvidence['failedStep']> {
  for (const step of steps) {
    try {
      await runStep(page, step, context);
    } catch (error) {
      return { step: describeStep(step), error: (error as Error).message.split('\n')[0] ?? '' };
    }
  }
  return undefined;
}

/**
 * A new page whose every report lands in `evidence` from its first byte: console errors,
 * uncaught exceptions, failed requests, CSP violations and responses of 400 and above.
 */
async function watchedPage(session: BrowserContext, evidence: BrowserEvidence): Promise<Page> {
  await session.exposeFunction(
    '__shipgateCsp',
    (violation: BrowserEvidence['cspViolations'][number]) => evidence.cspViolations.push(violation),
  );
  await session.addInitScript(IN_PAGE);
  const page = await session.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = message.location().url;
    evidence.console.push({ text: message.text(), ...(at ? { url: at } : {}) });
  });
  page.on('pageerror', (error) => evidence.exceptions.push(error.message));
  page.on('requestfailed', (request) =>
    evidence.failedRequests.push({
      url: request.url(),
      error: request.failure()?.errorText ?? 'failed',
    }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      evidence.badResponses.push({
        url: response.url(),
        status: response.status(),
        type: response.request().resourceType(),
      });
    }
  });
  return page;
}

/** The page loaded and settled, its steps done, its timings read: all the browser reported. */
async function visit(
  session: BrowserContext,
  { probe, url, context }: Pick<ProbeInput<'browser'>, 'probe' | 'url' | 'context'>,
) {
  const evidence: BrowserEvidence = {
    pageUrl: url.href,
    console: [],
    exceptions: [],
    failedRequests: [],
    cspViolations: [],
    badResponses: [],
    timings: {},
  };
  const page = await watchedPage(session, evidence);
  page.setDefaultTimeout(probe.timeout);
  const response = await page.goto(url.href, { waitUntil: 'load', timeout: probe.timeout });
  await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => {});
  const failedStep = await runSteps(page, probe.steps, context);
  if (failedStep) evidence.failedStep = failedStep;
  evidence.timings = await page.evaluate<BrowserEvidence['timings']>(TIMINGS);
  return { page, evidence, status: response?.status() };
}

/** The outcome of a page judged: the findings against `fail-on`, and the timings as metrics. */
export function pageOutcome(
  probe: ProbeOf<'browser'>,
  url: URL,
  evidence: BrowserEvidence,
  status: number | undefined,
): CheckOutcome {
  const findings = judgeBrowser(evidence, {
    ttfb: probe.ttfb,
    domContentLoaded: probe['dom-content-loaded'],
    load: probe.load,
    lcp: probe.lcp,
  });
  const { timings } = evidence;
  const metrics = Object.fromEntries(
    Object.entries(timings).map(([name, ms]) => [`${name}Ms`, Math.round(ms)]),
  );
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings.length > 0
      ? `${plural(findings.length, 'problem')} in the browser: ${[...new Set(findings.map((f) => f.rule))].join(', ')}`
      : `${status ?? 'no response'}, load ${timings.load === undefined ? '?' : formatDuration(timings.load)}, no errors in the browser (${redactUrl(url)})`,
    { ...metrics, ...(status === undefined ? {} : { status }) },
  );
}

/**
 * The page in a real headless Chrome or Chromium: everything the browser reports while it
 * loads and settles, the configured steps, the timings, and a screenshot written under the
 * repository root; `judgeBrowser` decides. No browser on the machine: skip, with a hint.
 */
export const browserProbe: Probe<'browser'> = async ({ probe, target, url, context }) => {
  const executable = await findBrowser(probe.executable, context.env);
  if (!executable) {
    return {
      status: 'skip',
      summary: `no Chrome or Chromium${probe.executable ? ` at ${probe.executable}` : ''}: ${BROWSER_INSTALL_HINT}`,
    };
  }
  const screenshot = path.resolve(
    context.root,
    probe.screenshot ??
      `shipgate-screenshots/${slug(target.name, 'target')}-${slug(probe.path, 'root')}.png`,
  );
  return withBrowser(executable, context.signal, async (browser) => {
    const session = await browser.newContext({ extraHTTPHeaders: target.config.headers });
    try {
      const { page, evidence, status } = await visit(session, { probe, url, context });
      await mkdir(path.dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
      context.log(`screenshot: ${path.relative(context.root, screenshot)}`);
      return pageOutcome(probe, url, evidence, status);
    } finally {
      await session.close().catch(() => {});
    }
  });
};
