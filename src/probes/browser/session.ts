import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';

/**
 * The one headless browser of a run: Chrome or Chromium already on the machine (nothing is
 * downloaded), started by the first browser probe, shared by the next ones, and closed when
 * none has used it for a moment, when its last user is cancelled, or when the process exits.
 * playwright-core is loaded here, and only when a browser probe runs.
 */

/** Where Chrome and Chromium live on Linux runners (GitHub's have Google Chrome) and macOS. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const BROWSER_INSTALL_HINT =
  'install Chromium (apt-get install chromium) or Google Chrome, or set `executable:` (or CHROME_PATH) to one';

/** Flags for a quiet, reproducible headless run that reaches only the site under test. */
const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long an unused browser stays open for the next probe of the run. */
const IDLE_CLOSE_MS = 3_000;

/** The configured executable, else CHROME_PATH, else the first candidate that exists. */
export async function findBrowser(
  configured: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  for (const candidate of configured ? [configured] : [env.CHROME_PATH, ...CANDIDATES]) {
    if (!candidate) continue;
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: the next one
    }
  }
  return undefined;
}

interface Running {
  executable: string;
  browser: Promise<Browser>;
  users: number;
  idle?: NodeJS.Timeout;
}

let running: Running | undefined;
/** How many times a browser was started in this process (the bench reports it). */
export let launches = 0;

async function launch(executable: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  launches++;
  // Playwright gives every launch a fresh user-data-dir of its own, removed on close.
  return chromium.launch({
    executablePath: executable,
    headless: true,
    args: LAUNCH_FLAGS,
    // Shipgate's own termination handling stops the run; Playwright still kills the browser on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

async function close(instance: Running): Promise<void> {
  if (running === instance) running = undefined;
  clearTimeout(instance.idle);
  await instance.browser.then((browser) => browser.close()).catch(() => {});
}

/**
 * Runs `use` with the run's browser (started now if needed) and releases it afterwards,
 * on every path. A cancelled user closes the browser at once: a hung page cannot keep it.
 */
export async function withBrowser<T>(
  executable: string,
  signal: AbortSignal,
  use: (browser: Browser) => Promise<T>,
): Promise<T> {
  if (running && running.executable !== executable) await close(running);
  running ??= { executable, browser: launch(executable), users: 0 };
  const instance = running;
  clearTimeout(instance.idle);
  instance.users++;
  const onAbort = () => void close(instance);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const browser = await instance.browser;
    if (signal.aborted) throw signal.reason as Error;
    return await use(browser);
  } finally {
    signal.removeEventListener('abort', onAbort);
    instance.users--;
    if (instance.users === 0 && running === instance) {
      instance.idle = setTimeout(() => void close(instance), IDLE_CLOSE_MS);
    }
  }
}

/** Closes the run's browser now (the bench and tests end with it). */
export async function closeBrowser(): Promise<void> {
  if (running) await close(running);
}
