import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, fill, localeOf } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** What a person types in each language, and how the app writes a date there. */
const TYPED = {
  en: {
    unreadable: 'soon',
    weekAgo: 'a week ago',
    // "Sunday, November 22", with the year only in another year.
    date: String.raw`\w+day, \w+ \d+(, \d{4})?`,
  },
  es: {
    unreadable: 'pronto',
    weekAgo: 'hace una semana',
    // "domingo, 22 de noviembre", with the year only in another year.
    date: String.raw`\p{Ll}+, \d+ de \p{Ll}+( de \d{4})?`,
  },
} as const;

/* In each language (issue 12): the days are read from that language's words, and said back in
   them, with the language's own date. */
describe.each(LANGUAGES)('the days question, in a real browser (%s)', (lang) => {
  const words = WORDS[lang];
  const typed = TYPED[lang];
  const { titleMessages, frameMessages } = words.frame;
  const DAYS_TITLE = fill(titleMessages.page, {
    title: fill(titleMessages.question, {
      prompt: words.questions.days.prompt,
      position: 4,
      total: 6,
    }),
    appName: frameMessages.appName,
  });

  it('reads days in words, says what it understood, and says "Error:" in the title while an error shows', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, localeOf(lang));
    const page = await open('caller=recruiter&step=days');
    const days = page.getByLabel(words.wizard.questionMessages.daysLabel);
    const continueButton = page.getByRole('button', {
      name: words.wizard.questionMessages.continue,
      exact: true,
    });

    await days.fill(typed.unreadable);
    await continueButton.click();
    await page.getByRole('alert').waitFor();
    expect(await page.title()).toBe(fill(titleMessages.error, { title: DAYS_TITLE }));
    await expectLanguage(page, lang);

    // The reader of words loads with this question; what it read is said under the field.
    await days.fill(typed.weekAgo);
    const [before = '', after = ''] = fill(words.wizard.questionMessages.daysReadAs.other, {
      days: 7,
      date: '\n',
    })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split('\n');
    await page.getByText(new RegExp(`^${before}${typed.date}${after}$`, 'u')).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.title()).toBe(DAYS_TITLE);
    await expectLanguage(page, lang);

    await continueButton.click();
    await page.getByRole('heading', { level: 1, name: words.questions.topics.prompt }).waitFor();
    const link = new URL(page.url()).searchParams;
    expect(link.get('days')).toBe('7');
    await expectClean(context, watch);
    await context.close();
  });
});
