import type { Page } from 'playwright-core';

/**
 * Frequent words of the app's English pages that are never Spanish words. Words both languages
 * share ("no", "me", "a", "final", "general") and loanwords a Spanish page may use are left out,
 * so that a hit is always English slipping through.
 */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'you',
  'your',
  'with',
  'what',
  'this',
  'that',
  'for',
  'of',
  'to',
  'is',
  'are',
  'was',
  'were',
  'will',
  'it',
  'in',
  'on',
  'or',
  'be',
  'we',
  'our',
  'they',
  'their',
  'them',
  'who',
  'why',
  'how',
  'not',
  'sure',
  'if',
  'my',
  'from',
  'about',
  'here',
  'call',
  'calls',
  'back',
  'continue',
  'results',
  'answers',
  'check',
  'print',
  'download',
  'change',
  'skip',
  'saved',
  'link',
  'copy',
  'likely',
  'meaning',
  'prep',
  'sheet',
  'page',
  'today',
  'ago',
  'days',
  'question',
  'interview',
  'salary',
  'offer',
  'next',
  'clear',
  'reload',
  'hide',
]);

/**
 * The English words in a text, as written, in order. Addresses and file names are left out: a
 * link's codes ("view=results") and the files' names ("callback-calls-2026-11-29.json") are the
 * same in every language (docs/contract.md §1, docs/decisions/008).
 * Example: `englishWordsIn('Ver los resultados: Continue')` is `['Continue']`.
 */
export function englishWordsIn(text: string): string[] {
  const words =
    text
      .replace(/\S*[=&/]\S*/g, ' ')
      .replace(/\S+\.[a-z]{2,4}\b/g, ' ')
      .match(/\p{L}+/gu) ?? [];
  return words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
}

/** A piece of a page's words that holds English, and where it was found. */
export interface EnglishFound {
  where: string;
  text: string;
  words: string[];
}

/**
 * Every piece of English in the words a page gives a person, seen or heard: the tab's title,
 * every text (hidden and print-only text included, since a screen reader or the printer reads
 * it), and the labels, titles, alternatives and placeholders of elements. Text inside an
 * element marked with another language (`lang="en"` on the switch that says "English") is left
 * out: it is marked, so it is read right.
 */
export async function englishOn(page: Page): Promise<EnglishFound[]> {
  const pieces = await page.evaluate(() => {
    const found: { where: string; text: string }[] = [{ where: 'title', text: document.title }];
    const foreign = (el: Element) => {
      const marked = el.closest('[lang]')?.getAttribute('lang') ?? '';
      return !marked.toLowerCase().startsWith('es');
    };
    const nameOf = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : '');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, noscript')) continue;
      // The values of fields are what the person typed, not the page's words.
      if (parent.closest('textarea')) continue;
      if (foreign(parent)) continue;
      const text = node.textContent?.trim() ?? '';
      if (text) found.push({ where: nameOf(parent), text });
    }
    const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription'];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('template') || foreign(el)) continue;
      for (const name of attributes) {
        const text = el.getAttribute(name);
        if (text) found.push({ where: `${nameOf(el)}[${name}]`, text });
      }
      if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type)) {
        found.push({ where: `${nameOf(el)}[value]`, text: el.value });
      }
    }
    return found;
  });
  return pieces
    .map((piece) => ({ ...piece, words: englishWordsIn(piece.text) }))
    .filter((piece) => piece.words.length > 0);
}

/** Fails, naming each piece and where it is, when any English shows on a Spanish page. */
export async function expectNoEnglish(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  const found = await englishOn(page);
  expect(
    found.map(({ where, text, words }) => `${where}: “${text.slice(0, 120)}” (${words.join()})`),
    `English on ${page.url()}`,
  ).toEqual([]);
}
