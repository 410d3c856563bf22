import { inject } from 'vitest';
import { expectClean, useBrowser, rankedReasons, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

describe('journeys in a real browser', () => {
  it('shows the first question before any script runs', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      javaScriptEnabled: false,
    });
    const page = await open();
    expect(await page.locator('main h1').textContent()).toBe('Who called you?');
    expect(await page.getByLabel('HR or an in-house recruiter').count()).toBe(1);
    await expectClean(context, watch);
    await context.close();
  });

  it('answers the whole wizard by keyboard alone, then shows the results', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    const heading = page.locator('main h1');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el instanceof HTMLInputElement) return el.labels?.[0]?.textContent ?? el.id;
        return el?.textContent?.trim() ?? '';
      });
    /** Presses Tab until the element with this text or label has focus, as a person would. */
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (typeof name === 'string' ? now === name : name.test(now)) return;
      }
      throw new Error(`Tab never reached ${String(name)}`);
    };
    const next = async (title: string) => {
      await tabTo('Continue');
      await page.keyboard.press('Enter');
      await expect.poll(() => heading.textContent()).toBe(title);
      // Focus moves to the new page's heading.
      expect(await focused()).toBe(title);
    };

    // Radios: Tab into the group, arrows change the choice.
    await tabTo('HR or an in-house recruiter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await next('How did they get in touch?');

    await tabTo('We spoke on the phone');
    await page.keyboard.press('Space');
    await next('Which interview was your most recent one?');

    await tabTo('A first screening call');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await next('How many days ago was that interview?');

    await tabTo('Days since the interview');
    await page.keyboard.type('2');
    await next('What did they mention or ask about?');

    // Checkboxes: Space ticks the focused one.
    await tabTo('Salary or pay');
    await page.keyboard.press('Space');
    await tabTo('When you could start, or your notice period');
    await page.keyboard.press('Space');
    await next('How did they sound?');

    await tabTo('Upbeat and friendly');
    await page.keyboard.press('Space');
    await next('Check your answers');
    // The answers, and the opaque id of the call they are saved as (docs/contract.md §1).
    expect(new URL(page.url()).search).toMatch(
      /^\?caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=check&call=[a-z0-9]{10}$/,
    );

    await tabTo('See what the call likely means');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toContain('A job offer');
    expect((await rankedReasons(page))[0]).toBe('offer');

    // Tick a checklist item by keyboard.
    await tabTo(/Decide the lowest salary/);
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('done=offer-know-your-number');
    await expectClean(context, watch);
    await context.close();
  });

  it('follows the browser’s Back and Forward buttons, answers kept', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    const heading = page.locator('main h1');
    await page.getByLabel('An outside recruiter or agency').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('They left a voicemail').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => heading.textContent())
      .toBe('Which interview was your most recent one?');

    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe('How did they get in touch?');
    expect(await page.getByLabel('They left a voicemail').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe('Who called you?');
    expect(await page.getByLabel('An outside recruiter or agency').isChecked()).toBe(true);
    await page.goForward();
    await page.goForward();
    await expect
      .poll(() => heading.textContent())
      .toBe('Which interview was your most recent one?');
    await expectClean(context, watch);
    await context.close();
  });

  it('opens a bookmarked link with ticks in a brand-new browser exactly as it was', async () => {
    const first = await watchedContext(browser(), baseURL);
    const page = await first.open(offerLink);
    await page.getByLabel(/Decide the lowest salary/).check();
    await page.getByLabel(/Keep a pen and paper/).check();
    await expect.poll(() => page.url()).toContain('done=');
    const bookmark = page.url();
    const ranked = await rankedReasons(page);
    await expectClean(first.context, first.watch);
    await first.context.close();

    const second = await watchedContext(browser(), baseURL);
    const again = await second.context.newPage();
    await again.goto(bookmark);
    await again.locator('html[data-ready]').waitFor({ state: 'attached' });
    await again.locator('input[data-item]').first().waitFor();
    expect(await rankedReasons(again)).toEqual(ranked);
    expect(await again.locator('input[data-item="offer-know-your-number"]').isChecked()).toBe(true);
    expect(await again.locator('input[data-item="offer-pen-and-paper"]').isChecked()).toBe(true);
    expect(await again.getByText(/^2 of \d+ done$/).count()).toBe(1);
    await expectClean(second.context, second.watch);
    await second.context.close();
  });

  it('opens a damaged link, says what it ignored, and cleans the address', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(
      'caller=boss&round=final&days=-3&topics=salary,%E0%A4%A,llamas&view=results&done=nope',
    );
    await expect.poll(() => page.getByText('Part of this link could not be read').count()).toBe(1);
    expect(await page.getByText(/whole number from 0 to 365/).count()).toBe(1);
    expect((await rankedReasons(page))[0]).toBe('offer');
    // Salary survives beside the damaged topic and the unknown one.
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?round=final&topics=salary&view=results');
    await expectClean(context, watch);
    await context.close();
  });

  it('keeps working when storage is blocked, and says so once', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    await context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: deny });
    });
    const page = await open();
    // The words about saving load when the notice needs them.
    await expect.poll(() => page.getByText(/not letting Callback save anything/).count()).toBe(1);
    await page.getByLabel('The hiring manager or an interviewer').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('How did they get in touch?');
    // The words about saving load when the notice needs them.
    await expect.poll(() => page.getByText(/not letting Callback save anything/).count()).toBe(1);
    await expectClean(context, watch);
    await context.close();
  });

  it('leaves saved data it cannot read as it is, with a plain message', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('callback:v1', '{"version":1,"query":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await open();
    expect(await page.getByText(/could not be read/).textContent()).toContain(
      'We have left them exactly as they are',
    );
    expect(await page.locator('main h1').textContent()).toBe('Who called you?');
    // Never deleted: a later version may read it.
    expect(await page.evaluate(() => localStorage.getItem('callback:v1'))).toBe(
      '{"version":1,"query":',
    );
    await expectClean(context, watch);
    await context.close();
  });

  it('offers to continue where you left off, and clearing all data forgets it', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(offerLink);
    await page.getByLabel('My notes for the call').fill('Dana, bonus?');
    await page.goto('/');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('A job offer');
    expect(await page.getByLabel('My notes for the call').inputValue()).toBe('Dana, bonus?');
    expect(page.url()).not.toContain('Dana');
    await page.getByRole('link', { name: 'Your saved calls' }).click();
    await page.locator('[data-action="clear-all"]').click();
    await page.locator('[data-action="confirm"]').click();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expectClean(context, watch);
    await context.close();
  });

  it('suggests answers and a call-back number from a pasted voicemail, and applies them on confirm', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    await page.getByText(/Paste them to fill in answers/).click();
    await page
      .getByLabel('Paste the voicemail, email or your notes of the call')
      .fill(
        'Hi, it’s Priya, the hiring manager. Could you send details for two referees? My number is 555-010-0200. Thanks!',
      );
    await page.getByRole('button', { name: 'Suggest answers' }).click();
    await page.getByRole('heading', { name: 'What we found' }).waitFor();
    expect(await page.locator('mark', { hasText: 'referees' }).count()).toBe(1);
    // The number is offered too (its code loads with the reader), and kept on this device only.
    await page.getByRole('button', { name: 'Use 555-010-0200' }).click();
    await page.getByText(/^Saved\. 555-010-0200 is now the call-back number/).waitFor();
    await page.getByRole('button', { name: 'Use these answers' }).click();
    await expect.poll(() => new URL(page.url()).search).toContain('topics=references');
    expect(page.url()).not.toContain('Priya');
    expect(decodeURIComponent(page.url()).replace(/\D/g, '')).not.toContain('5550100200');
    const results = new URL(page.url());
    results.searchParams.delete('step');
    results.searchParams.set('view', 'results');
    await page.goto(results.href);
    await expect.poll(() => page.locator('[data-field="phone"]').inputValue()).toBe('555-010-0200');
    await expectClean(context, watch);
    await context.close();
  });

  it('downloads a calendar file for the call back', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(offerLink);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .ics' }).click(),
    ]);
    const path = await download.path();
    const ics = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('TRIGGER:-PT15M');
    expect(download.suggestedFilename()).toBe('callback-call-back.ics');
    await expectClean(context, watch);
    await context.close();
  });
});
