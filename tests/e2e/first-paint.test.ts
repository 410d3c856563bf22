import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { linkishArb } from '../fixtures/arbitraries.ts';
import { expectClean, useBrowser, watchedContext } from './browser.ts';
import {
  LANGUAGES,
  WORDS,
  expectLanguage,
  literally,
  localeOf,
  type Language,
} from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** What a person reads and types on the first question, in each language. */
function firstQuestion(lang: Language) {
  const words = WORDS[lang];
  const caller = words.questions.caller;
  return {
    heading: caller.prompt,
    recruiter: caller.options.recruiter.label,
    manager: caller.options['hiring-manager'].label,
    pasteOpen: words.wizard.pasteMessages.open,
    pasteLabel: words.wizard.pasteMessages.label,
    suggest: words.wizard.pasteMessages.suggest,
    continue: words.wizard.questionMessages.continue,
    resume: words.wizard.resumeMessages.resume,
    next: words.questions.contact.prompt,
    pasted:
      lang === 'es'
        ? 'Hola, soy Dana, de Recursos Humanos de Acme. ¿Me puede devolver la llamada por la oferta?'
        : 'Hi, this is Dana from HR at Acme. Could you call me back about the offer?',
  };
}
const EN = firstQuestion('en');

/** Holds every script back until `release` is called: the page as a slow phone shows it. */
async function holdScripts(context: BrowserContext): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\.m?js(\?.*)?$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

async function openHeld(context: BrowserContext, heading = EN.heading): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

const appReady = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

/**
 * Opens the first question with the app's code held back, chooses "HR or an in-house
 * recruiter" and pastes a message, then lets the code in and waits for the app to take over.
 */
async function answerBeforeTheCode(
  context: BrowserContext,
  words: ReturnType<typeof firstQuestion>,
): Promise<Page> {
  const release = await holdScripts(context);
  const page = await openHeld(context, words.heading);
  await page.getByLabel(words.recruiter).check();
  await page.getByText(literally(words.pasteOpen)).click();
  await page.getByLabel(words.pasteLabel).fill(words.pasted);
  release();
  await appReady(page);
  return page;
}

/* In each language (issue 12): a Spanish browser is shown the Spanish first question, swapped
   in by the boot script before the code arrives, and the app must take over from it. */
describe.each(LANGUAGES)('what is done before the code arrives (%s)', (lang) => {
  const words = firstQuestion(lang);
  /** A browser whose person reads this language first. */
  const watched = () => watchedContext(browser(), baseURL, localeOf(lang));

  it('keeps a chosen answer and pasted text, and Continue carries the answer', async () => {
    const { context, watch } = await watched();
    const page = await answerBeforeTheCode(context, words);
    expect(await page.getByLabel(words.recruiter).isChecked()).toBe(true);
    expect(await page.getByLabel(words.pasteLabel).inputValue()).toBe(words.pasted);
    // The app has the text too, not just the box: only then may it be read.
    expect(await page.getByRole('button', { name: words.suggest }).isEnabled()).toBe(true);
    await expectLanguage(page, lang);

    await page.getByRole('button', { name: words.continue, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: words.next }).waitFor();
    await expectLanguage(page, lang);
    const link = new URL(page.url()).searchParams;
    expect(link.get('caller')).toBe('recruiter');
    expect(link.get('step')).toBe('contact');
    await expectClean(context, watch);
    await context.close();
  });

  it('keeps a chosen answer when the app renders afresh, with a saved session to offer', async () => {
    const { context, watch, open } = await watched();
    // A first visit leaves a saved session behind.
    const first = await open();
    await first.getByLabel(words.manager).check();
    await first.getByRole('button', { name: words.continue, exact: true }).click();
    await first.getByRole('heading', { level: 1, name: words.next }).waitFor();
    await first.close();

    const page = await answerBeforeTheCode(context, words);
    await page.getByRole('button', { name: words.resume }).waitFor();
    expect(await page.getByLabel(words.recruiter).isChecked()).toBe(true);
    // The box drawn anew stays open with the text in it, and the typing goes on there.
    const box = page.getByLabel(words.pasteLabel);
    expect(await box.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe(words.pasted);
    await page.keyboard.type(' More.');
    expect(await box.inputValue()).toBe(`${words.pasted} More.`);
    await expectLanguage(page, lang);
    await page.getByRole('button', { name: words.continue, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: words.next }).waitFor();
    expect(new URL(page.url()).searchParams.get('caller')).toBe('recruiter');
    await expectClean(context, watch);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  // English only: with no script the prerendered English question shows in every language;
  // language.test.ts checks that the Spanish words of how to carry on show with it.
  it('Continue opens a link that holds the answer', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel(EN.recruiter).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL(/caller=/);
    const link = new URL(page.url()).searchParams;
    expect(link.get('caller')).toBe('recruiter');
    expect(link.get('step')).toBe('contact');
    // The same page comes back (a static host has one page); it says how to carry on.
    expect(await page.getByText(/your answer is kept in the link/).isVisible()).toBe(true);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });
});

describe('any link opens a visible page', () => {
  it('shows a heading for links with keys the app does not read, and for hostile links', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const links = [
      'fbclid=IwAR2x9_q-AbCdEf',
      'utm_source=newsletter&utm_medium=email',
      'zzz=1',
      'caller=',
      'step=caller',
      'caller=zzz',
      ...fc.sample(linkishArb, { numRuns: 40, seed: 8 }),
    ];
    const page = await open();
    for (const query of links) {
      await page.goto(`/?${query}`);
      await appReady(page);
      const heading = page.locator('main h1');
      expect(await heading.isVisible(), `a heading for ?${query}`).toBe(true);
      expect(await heading.textContent(), `a heading for ?${query}`).not.toBe('');
    }
    // Keys the app does not read are not even a flash of hiding: the first question is it.
    await page.goto('/?fbclid=IwAR2x9_q-AbCdEf', { waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('deep-link')),
    ).toBe(false);
    await expectClean(context, watch);
    await context.close();
  });
});

describe('the service worker', () => {
  it('precaches the index.html that is served, each file once', async () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    const urls = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls).size).toBe(urls.length);

    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const response = await caches.match('/index.html', { ignoreSearch: true });
      return response ? await response.text() : null;
    });
    const served = await (await fetch(`${baseURL}/`)).text();
    expect(cached).not.toBeNull();
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    expect(md5(cached ?? '')).toBe(md5(served));
    await expectClean(context, watch);
    await context.close();
  });
});
