import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
/** Any signed decimal, as a raw weight would show: "+2.4", "−0.3", "-1.0". */
const signedDecimal = /[+−-]\d+\.\d/;
/** A phone's screen. */
const phone = { viewport: { width: 390, height: 844 } };

describe('reasons in words, in a real browser', () => {
  it('reads the top meaning’s "Why" as what was said, strongest first, with no weights', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, phone);
    const page = await open(offerLink);
    const top = page.locator('ol.ranked > li').first();
    await top.getByText('Why', { exact: true }).click();
    const lines = (await top.locator('details').innerText()).split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'Why',
      'What pointed here most:',
      'They brought up salary or pay (a strong sign)',
      'They asked about your start date (a strong sign)',
    ]);
    // Every meaning shown and every "Why" open: still not one raw weight anywhere on the page.
    await page.getByRole('button', { name: 'Show all 11 meanings' }).click();
    const summaries = await page.locator('details.why summary').all();
    for (const summary of summaries.slice(1)) await summary.click();
    expect(await page.locator('details.why[open]').count()).toBe(11);
    expect(await page.locator('body').innerText()).not.toMatch(signedDecimal);
    await expectClean(context, watch);
    await context.close();
  });

  it('opens "How it decides" with its plain summary and no weights on the first screen', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, phone);
    const page = await open(offerLink.replace('view=results', 'view=how'));
    const firstScreen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main p, main li')]
        .filter((el) => el.getBoundingClientRect().top < window.innerHeight)
        .map((el) => el.innerText)
        .join('\n'),
    );
    expect(firstScreen).toMatch(/Counts most: what they mentioned/);
    expect(firstScreen).not.toMatch(signedDecimal);
    // The whole page as it opens, the exact weights folded away at the end.
    const text = await page.locator('main').innerText();
    expect(text.indexOf('Counts most:')).toBeLessThan(text.indexOf('The details'));
    expect(text.indexOf('not hiring statistics')).toBeLessThan(text.indexOf('The details'));
    expect(text).not.toMatch(signedDecimal);
    await page.getByText('The exact weights').click();
    expect(await page.locator('main').innerText()).toMatch(signedDecimal);
    await expectClean(context, watch);
    await context.close();
  });
});
