import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, storedCalls, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The header's tagline in each language (src/ui/messages/frame.ts and its Spanish twin). */
const TAGLINE = { en: 'What did that call mean?', es: '¿Qué quería decir esa llamada?' };

/** The page's head in Spanish (src/lang/es/ui/messages/page.ts). */
const HEAD_ES = {
  title: 'Callback: ¿qué quería decir esa llamada?',
  description: /^¿Le llamaron de Recursos Humanos después de la entrevista\?/,
  manifest: '/manifest-es.webmanifest',
};

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A Spanish-speaking browser, as watchedContext makes it. */
const spanishBrowser = () => watchedContext(browser(), baseURL, { locale: 'es-ES' });

/** Holds the app's scripts back until `release`: what shows is the HTML and the boot script. */
async function holdScripts(context: BrowserContext): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\.m?js(\?.*)?$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
const appReady = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

describe('the page in Spanish', () => {
  it('shows Spanish on the first paint to a Spanish browser, before any of the code runs', async () => {
    const { context, watch } = await spanishBrowser();
    const release = await holdScripts(context);
    const page = await context.newPage();
    const served = await (await page.request.get('/')).text();
    expect(served).toContain('<template id="first-page-es">');
    expect(served).toContain(TAGLINE.es);

    await page.goto('/', { waitUntil: 'domcontentloaded' });
    expect(await pageLanguage(page)).toBe('es');
    await expect.poll(() => page.getByText(TAGLINE.es).isVisible()).toBe(true);
    expect(await page.getByText(TAGLINE.en).count()).toBe(0);
    expect(await page.locator('main h1').isVisible()).toBe(true);

    release();
    await appReady(page);
    expect(await page.getByText(TAGLINE.es).isVisible()).toBe(true);
    expect(await page.locator('[data-lang="en"]').getAttribute('lang')).toBe('en');
    await expectClean(context, watch);
    await context.close();
  });

  it('gives a Spanish browser the Spanish title, description and web manifest before the app runs', async () => {
    const { context, watch } = await spanishBrowser();
    const release = await holdScripts(context);
    const page = await context.newPage();
    // The title as it stands when the parser reaches the page's body: the tab never reads
    // English, even for the moment before the rest of the page is parsed.
    await page.addInitScript(() => {
      const seen = window as unknown as { titleAtBody?: string };
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.titleAtBody = document.title;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => (window as { titleAtBody?: string }).titleAtBody)).toBe(
      HEAD_ES.title,
    );
    await expect.poll(() => page.title()).toBe(HEAD_ES.title);
    const description = page.locator('meta[name="description"]');
    expect(await description.getAttribute('content')).toMatch(HEAD_ES.description);
    const manifestLink = page.locator('link[rel="manifest"]');
    expect(await manifestLink.getAttribute('href')).toBe(HEAD_ES.manifest);
    expect(await page.locator('html[data-ready]').count()).toBe(0);

    release();
    await appReady(page);
    expect(await manifestLink.getAttribute('href')).toBe(HEAD_ES.manifest);
    const manifest = (await (await page.request.get(HEAD_ES.manifest)).json()) as {
      name: string;
      short_name: string;
      description: string;
      lang: string;
      start_url: string;
    };
    // Installed from the Spanish page, it opens in Spanish whatever the browser's language.
    expect(manifest).toMatchObject({
      name: HEAD_ES.title,
      short_name: 'Callback',
      lang: 'es',
      start_url: '/?lang=es',
    });
    expect(manifest.description).toMatch(HEAD_ES.description);
    // Precached with the rest, so the installed app keeps its Spanish name offline.
    expect(await (await page.request.get('/sw.js')).text()).toContain('manifest-es.webmanifest');
    await expectClean(context, watch);
    await context.close();
  });

  it('keeps the English description and manifest for an English browser', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
      '/manifest.webmanifest',
    );
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toMatch(/^HR called after your interview\?/);
    await expectClean(context, watch);
    await context.close();
  });

  it('says in Spanish too, with JavaScript off, how to carry on', async () => {
    const context = await browser().newContext({
      baseURL,
      locale: 'es-ES',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/?lang=es');
    const spanish = page.getByText(/^Callback necesita JavaScript/);
    expect(await spanish.isVisible()).toBe(true);
    expect(await spanish.getAttribute('lang')).toBe('es');
    expect(await page.getByText(/^Callback needs JavaScript/).isVisible()).toBe(true);
    await context.close();
  });

  it('follows ?lang=en over a Spanish browser, and ?lang=es over an English one', async () => {
    const spanish = await spanishBrowser();
    const english = await spanish.open('lang=en');
    expect(await pageLanguage(english)).toBe('en');
    expect(await english.getByText(TAGLINE.en).isVisible()).toBe(true);
    await expectClean(spanish.context, spanish.watch);
    await spanish.context.close();

    const other = await watchedContext(browser(), baseURL);
    const page = await other.open('lang=es');
    expect(await pageLanguage(page)).toBe('es');
    expect(await page.getByText(TAGLINE.es).isVisible()).toBe(true);
    await expectClean(other.context, other.watch);
    await other.context.close();
  });

  it('switches to English and back, keeping the answers, the ticks and the call', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(
      'caller=recruiter&contact=spoke&round=final&topics=salary&view=results',
    );
    const first = page.locator('.checklist input[type="checkbox"]').first();
    await first.check();
    await expect.poll(() => page.url()).toMatch(/done=/);
    const before = new URL(page.url()).searchParams;
    const calls = await storedCalls(page);
    expect(Object.keys(calls)).toHaveLength(1);

    await page.locator('[data-lang="en"]').click();
    await appReady(page);
    const english = new URL(page.url()).searchParams;
    expect(english.get('lang')).toBe('en');
    expect(await pageLanguage(page)).toBe('en');
    expect(await page.getByText(TAGLINE.en).isVisible()).toBe(true);
    for (const key of ['caller', 'contact', 'round', 'topics', 'view', 'done', 'call']) {
      expect(english.get(key)).toBe(before.get(key));
    }
    expect(await page.locator('.checklist input[type="checkbox"]').first().isChecked()).toBe(true);

    await page.locator('[data-lang="es"]').click();
    await appReady(page);
    const back = new URL(page.url()).searchParams;
    expect(back.get('lang')).toBe('es');
    expect(await pageLanguage(page)).toBe('es');
    for (const key of ['caller', 'done', 'call']) expect(back.get(key)).toBe(before.get(key));
    expect(await storedCalls(page)).toEqual(calls);
    await expectClean(context, watch);
    await context.close();
  });

  it('has no accessibility problem (axe) on the Spanish first question', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open();
    expect(await pageLanguage(page)).toBe('es');
    const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await expectClean(context, watch);
    await context.close();
  });
});
