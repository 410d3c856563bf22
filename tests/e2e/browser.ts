import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Flags that keep Chromium quiet and local on a closed network. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * One browser for a whole test file, opened before its tests and closed after them.
 * Returns a getter, since the browser exists only once the tests start.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not open yet');
    return browser;
  };
}

/** Debian's Chromium, or the one CHROME_PATH names. Never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
}

/** What a page did that the privacy and security guarantees forbid. */
export interface Watch {
  foreignRequests: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * A fresh browser context that records every request to another origin, every console error
 * and every Content-Security-Policy violation, so each test can assert there were none.
 */
export async function watchedContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; watch: Watch; open: (query?: string) => Promise<Page> }> {
  // English unless a test asks for another language: the app follows the browser's language.
  const context = await browser.newContext({ baseURL, locale: 'en-US', ...options });
  const watch: Watch = { foreignRequests: [], consoleErrors: [], cspViolations: [] };
  const origin = new URL(baseURL).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watch.foreignRequests.push(url);
    }
  });
  await context.exposeFunction('__reportCsp', (text: string) => watch.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp;
      void report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const open = async (query = '') => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
    await page.goto(query ? `/?${query.replace(/^\?/, '')}` : '/');
    await page.locator('main h1').waitFor();
    if (options.javaScriptEnabled !== false) {
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      // The results' prep arrives just after the ranked list, marked busy until then.
      await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    }
    return page;
  };
  return { context, watch, open };
}

/** Checks the privacy and security guarantees for everything a context did. */
export async function expectClean(context: BrowserContext, watch: Watch): Promise<void> {
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(await context.cookies(), 'cookies').toEqual([]);
}

/** The reason ids of the ranked list, in order. */
export function rankedReasons(page: Page): Promise<string[]> {
  return page
    .locator('ol.ranked > li[data-reason]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-reason') ?? ''));
}

/** Every call record this browser holds, by key, exactly as stored. */
export function storedCalls(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('callback:call:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

/**
 * Lets the service worker install from this page, then reloads it, so that from here on the
 * worker answers this page and every page opened after it (the first visit is never its own).
 */
export async function installWorker(page: Page): Promise<void> {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
