import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, fill, localeOf } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
/** A phone's screen. */
const phone = { viewport: { width: 390, height: 844 } };
/**
 * Any signed decimal, as a raw weight would show: "+2.4", "−0.3", "-1.0", or with a decimal
 * comma as Spanish writes it ("+2,4").
 */
const signedDecimal = /[+−-]\d+[.,]\d/;

/* In each language (issue 12): the same plain words, with no weights, read in Spanish too. */
describe.each(LANGUAGES)('reasons in words, in a real browser (%s)', (lang) => {
  const words = WORDS[lang];
  const { whyMessages, answerPhrases, strengthPhrases } = words.why;
  /** One answer of a "Why", as the page writes it, with how strongly it counts. */
  const line = (answer: string, strength: keyof typeof strengthPhrases) =>
    fill(whyMessages.line, {
      answer,
      strength: fill(whyMessages.strength, { strength: strengthPhrases[strength] }),
    });

  it('reads the top meaning’s "Why" as what was said, strongest first, with no weights', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      ...localeOf(lang),
      ...phone,
    });
    const page = await open(offerLink);
    const top = page.locator('ol.ranked > li').first();
    await top.getByText(words.ranked.why, { exact: true }).click();
    const lines = (await top.locator('details').innerText()).split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      words.ranked.why,
      whyMessages.pointedHere,
      line(answerPhrases.topics.salary, 'strong'),
      // A start date after salary is more of the same talk, so it counts less (decision 010).
      line(answerPhrases.topics['start-date'], 'clear'),
    ]);
    // Every meaning shown and every "Why" open: still not one raw weight anywhere on the page.
    await page.getByRole('button', { name: fill(words.ranked.showAll, { count: 11 }) }).click();
    const summaries = await page.locator('details.why summary').all();
    for (const summary of summaries.slice(1)) await summary.click();
    expect(await page.locator('details.why[open]').count()).toBe(11);
    expect(await page.locator('body').innerText()).not.toMatch(signedDecimal);
    await expectClean(context, watch);
    await context.close();
  });

  it('opens "How it decides" with its plain summary and no weights on the first screen', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      ...localeOf(lang),
      ...phone,
    });
    const howMessages = words.how;
    const countsMost = howMessages.inShort[0].label;
    const page = await open(offerLink.replace('view=results', 'view=how'));
    const firstScreen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main p, main li')]
        .filter((el) => el.getBoundingClientRect().top < window.innerHeight)
        .map((el) => el.innerText)
        .join('\n'),
    );
    expect(firstScreen).toContain(`${countsMost} ${howMessages.inShort[0].text}`);
    expect(firstScreen).not.toMatch(signedDecimal);
    // The whole page as it opens, the exact weights folded away at the end.
    const text = await page.locator('main').innerText();
    const details = text.indexOf(howMessages.detailsHeading);
    expect(details).toBeGreaterThan(0);
    expect(text.indexOf(countsMost)).toBeLessThan(details);
    expect(text.indexOf(howMessages.notStatistics)).toBeGreaterThan(-1);
    expect(text.indexOf(howMessages.notStatistics)).toBeLessThan(details);
    expect(text).not.toMatch(signedDecimal);
    await expectLanguage(page, lang);
    await page.getByText(howMessages.exactHeading).click();
    const weights = await page.locator('main .weight').allInnerTexts();
    expect(weights.length).toBeGreaterThan(20);
    // Numbers as the page's language writes them: "+2.4" in English, "+2,4" in Spanish.
    for (const weight of weights)
      expect(weight).toMatch(lang === 'es' ? /^[+−]\d+,\d$/ : /^[+−]\d+\.\d$/);
    await expectClean(context, watch);
    await context.close();
  });
});
