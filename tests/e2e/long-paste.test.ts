import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, fill, literally, localeOf } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The line pasted over and over, in each language, and the phrase of it the reader finds. */
const PASTED = {
  en: {
    line: 'Thanks again for Tuesday. We would like to discuss next steps and the package. ',
    found: 'discuss next steps',
  },
  es: {
    line: 'Gracias de nuevo por el martes. Le mantendremos informado sobre el proceso. ',
    found: 'Le mantendremos informado',
  },
} as const;

/* In each language (issue 12): the Spanish reader must be as quick on a huge paste. */
describe.each(LANGUAGES)('a very long paste in a real browser (%s)', (lang) => {
  const paste = WORDS[lang].wizard.pasteMessages;
  const found = WORDS[lang].found;

  it('cuts 5 MB to what the reader reads and says so, without freezing the tab', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      ...localeOf(lang),
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await open();
    await page.getByText(literally(paste.open)).click();
    const { line } = PASTED[lang];
    const text = line.repeat(Math.ceil(5_000_000 / line.length));

    // The longest stretch the page could not answer, as the browser reports it.
    await page.evaluate(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.longestTask = Math.max(w.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const box = page.getByLabel(paste.label);
    await box.click();
    // A real paste: the text goes on the clipboard, then Control+V.
    await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
    const started = Date.now();
    await page.keyboard.press('ControlOrMeta+V');
    // The count as the page's language writes it: "100,000", "100.000".
    const cut = fill(paste.cut, {
      count: (100_000).toLocaleString(lang === 'es' ? 'es-ES' : 'en-US'),
    });
    await page.getByText(cut).waitFor({ timeout: 10_000 });
    const cutIn = Date.now() - started;
    expect(await box.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(100_000);

    await page.getByRole('button', { name: paste.suggest }).click();
    await page.getByRole('heading', { name: found.foundHeading }).waitFor({ timeout: 10_000 });
    const readIn = Date.now() - started - cutIn;
    // The page still answers: a script runs at once.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const longest = await page.evaluate(
      () => (window as unknown as { longestTask: number }).longestTask,
    );
    console.log(
      `5 MB (${lang}): cut and told in ${cutIn} ms, read in ${readIn} ms, longest task ${longest} ms`,
    );
    expect(cutIn + readIn).toBeLessThan(10_000);
    expect(await page.getByRole('region', { name: found.phrasesHeading }).textContent()).toContain(
      fill(found.quotedWord, { word: PASTED[lang].found }),
    );
    await expectLanguage(page, lang);
    await expectClean(context, watch);
    await context.close();
  });
});
