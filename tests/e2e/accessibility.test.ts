import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, storedCalls, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, localeOf } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const answers =
  'caller=recruiter&contact=spoke&round=final&days=3&topics=references,salary&tone=warm';
const englishPages: [string, string][] = [
  ['question: who called', ''],
  ...['contact', 'round', 'days', 'topics', 'tone'].map((step): [string, string] => [
    `question: ${step}`,
    `step=${step}`,
  ]),
  ['check your answers', `${answers}&view=check`],
  ['results', `${answers}&view=results`],
  ['results, low confidence', 'contact=missed&view=results'],
  ['how it decides', `${answers}&view=how`],
  ['your saved calls', 'view=calls'],
];
/** Every page again in Spanish (issue 12), to an English browser: the link alone decides. */
const pages: [string, string][] = [
  ...englishPages,
  ...englishPages.map(([name, query]): [string, string] => [
    `${name}, in Spanish`,
    query ? `lang=es&${query}` : 'lang=es',
  ]),
];

/**
 * Opens a page as `open` does; the calls page with one saved call on it first, so that its
 * list, and not only its empty state, is checked.
 */
async function openPage(open: (query?: string) => Promise<Page>, query: string): Promise<Page> {
  if (query.includes('view=calls')) {
    const lang = query.startsWith('lang=es') ? 'lang=es&' : '';
    const results = await open(`${lang}${answers}&view=results`);
    await results.locator('[data-field="company"]').fill('Acme');
    await expect.poll(async () => JSON.stringify(await storedCalls(results))).toContain('Acme');
    await results.close();
  }
  return open(query);
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // Open every "Why" so its contents are checked too.
  await page
    .locator('details')
    .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 320],
  ['dark', 320],
] as const)('axe, %s colors at %ipx wide', (scheme, width) => {
  it.each(pages)('finds no WCAG A or AA problem on %s', async (_name, query) => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      colorScheme: scheme,
      viewport: { width, height: 800 },
    });
    const page = await openPage(open, query);
    expect(await violations(page)).toEqual([]);
    // Nothing runs off the side at this width.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectClean(context, watch);
    await context.close();
  });
});

describe('focus', () => {
  it.each(pages)(
    'every focusable thing on %s is visible when focused, never covered',
    async (_name, query) => {
      const { context, open } = await watchedContext(browser(), baseURL, {
        viewport: { width: 320, height: 640 },
      });
      const page = await openPage(open, query);
      const hidden = await page.evaluate(() => {
        const selector =
          'a[href], button, input, textarea, summary, [tabindex]:not([tabindex="-1"])';
        const problems: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          if (el.closest('.print-only') || el.matches('.skip-link') || el.matches(':disabled'))
            continue;
          // Inside a closed disclosure, only its summary can take focus.
          const closed = el.closest('details:not([open])');
          if (closed && el !== closed.querySelector('summary')) continue;
          el.focus();
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const x = Math.min(window.innerWidth - 1, Math.max(0, box.left + box.width / 2));
          const y = Math.min(window.innerHeight - 1, Math.max(0, box.top + box.height / 2));
          const top = document.elementFromPoint(x, y);
          const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
          if (!top || !(el.contains(top) || top.contains(el) || (label && label.contains(top)))) {
            problems.push(el.outerHTML.slice(0, 80));
          }
        }
        return problems;
      });
      expect(hidden).toEqual([]);
      await context.close();
    },
  );

  it('targets are at least 24 by 24 pixels', async () => {
    const { context, open } = await watchedContext(browser(), baseURL, {
      viewport: { width: 320, height: 640 },
    });
    const queries = ['', 'step=topics', `${answers}&view=results`];
    for (const query of [...queries, ...queries.map((q) => (q ? `lang=es&${q}` : 'lang=es'))]) {
      const page = await open(query);
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'input[type="radio"], input[type="checkbox"], button, .button',
          ),
        ]
          .filter((el) => !el.closest('.print-only'))
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ el }) => el),
      );
      expect(small, query).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  // In each language too: a Spanish browser's date field, found by its Spanish label.
  it.each(LANGUAGES.flatMap((lang) => (['light', 'dark'] as const).map((s) => [s, lang] as const)))(
    'the date field shows the focus ring on its calendar button too, in %s colors (%s)',
    async (scheme, lang) => {
      const words = WORDS[lang].wizard.questionMessages;
      const { context, open } = await watchedContext(browser(), baseURL, {
        ...localeOf(lang),
        colorScheme: scheme,
      });
      const page = await open('step=days');
      const date = page.getByLabel(words.dateLabel);
      const ring = () => date.evaluate((el) => getComputedStyle(el).outlineStyle);
      await page.getByLabel(words.daysLabel).focus();
      // Chromium's tab stops in a date field: its three parts, then the calendar button.
      for (let stop = 1; stop <= 4; stop++) {
        await page.keyboard.press('Tab');
        expect(await date.evaluate((el) => el === document.activeElement), `stop ${stop}`).toBe(
          true,
        );
        expect(await ring(), `stop ${stop}`).toBe('solid');
      }
      await page.keyboard.press('Tab');
      expect(await ring()).toBe('none');
      await context.close();
    },
  );
});
