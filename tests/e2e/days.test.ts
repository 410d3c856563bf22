import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const DAYS_TITLE = 'How many days ago was that interview? (question 4 of 6) – Callback';

describe('the days question, in a real browser', () => {
  it('reads days in words, says what it understood, and says "Error:" in the title while an error shows', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open('caller=recruiter&step=days');
    const days = page.getByLabel('Days since the interview');
    const continueButton = page.getByRole('button', { name: 'Continue', exact: true });

    await days.fill('soon');
    await continueButton.click();
    await page.getByRole('alert').waitFor();
    expect(await page.title()).toBe(`Error: ${DAYS_TITLE}`);

    // The reader of words loads with this question; what it read is said under the field.
    await days.fill('a week ago');
    await page.getByText(/^We read that as 7 days ago, \w+day, \w+ \d+(, \d{4})?\.$/).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.title()).toBe(DAYS_TITLE);

    await continueButton.click();
    await page
      .getByRole('heading', { level: 1, name: 'What did they mention or ask about?' })
      .waitFor();
    const link = new URL(page.url()).searchParams;
    expect(link.get('days')).toBe('7');
    await expectClean(context, watch);
    await context.close();
  });
});
