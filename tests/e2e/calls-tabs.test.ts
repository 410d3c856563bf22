import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, storedCalls, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
const screenLink = 'caller=agency&contact=voicemail&round=screen&view=results';

/** The promise: another open tab sees a change within a second (a little slack here). */
const OTHER_TAB = { timeout: 2_000 };

const heading = (page: Page) => page.locator('main h1').textContent();
const field = (page: Page, hook: string) => page.locator(`[data-field="${hook}"]`);
const callNames = (page: Page) => page.locator('li[data-call] h2').allTextContents();
const callIdOf = (page: Page) => new URL(page.url()).searchParams.get('call');

/**
 * Types at the end of what a field already holds, key by key, as a person would. (Playwright
 * puts the caret at the start of an input it focuses; End moves it back after the text.)
 */
async function typeAtEnd(target: Locator, text: string) {
  await target.press('ControlOrMeta+End');
  await target.pressSequentially(text, { delay: 15 });
}

async function reload(page: Page) {
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Opens the calls page from the footer, as a person would. */
async function openCalls(page: Page) {
  await page.getByRole('link', { name: 'Your saved calls' }).click();
  await expect.poll(() => heading(page)).toBe('Your saved calls');
}

describe('calls in two tabs of one browser, in a real browser', () => {
  it('loses no word when two tabs type into two different calls at the same time', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const a = await open(offerLink);
    const b = await open(screenLink);

    await Promise.all([
      typeAtEnd(field(a, 'company'), 'Acme'),
      typeAtEnd(field(b, 'company'), 'Globex'),
    ]);
    // Each tab now holds both calls, as after any later visit: neither may write back its
    // older copy of the other's.
    await Promise.all([reload(a), reload(b)]);

    // Both tabs type at once, round after round, so each one's saves land in the middle of
    // the other's typing.
    const rounds: [hook: string, forA: string, forB: string][] = [
      ['notes', 'Ask about ', 'The recruiter '],
      ['company', ' Corp', ' Ltd'],
      ['notes', 'the bonus.', 'is Dana.'],
      ['contact-name', 'Pat Lee', 'Dana Reyes'],
      ['notes', ' Start in May?', ' Call before noon.'],
    ];
    for (const [hook, forA, forB] of rounds) {
      await Promise.all([typeAtEnd(field(a, hook), forA), typeAtEnd(field(b, hook), forB)]);
    }
    const idA = callIdOf(a);
    const idB = callIdOf(b);
    expect(idA).toBeTruthy();
    expect(idB).toBeTruthy();
    expect(idA).not.toBe(idB);

    await Promise.all([reload(a), reload(b)]);
    for (const [page, want] of [
      [a, ['Acme Corp', 'Pat Lee', 'Ask about the bonus. Start in May?']],
      [b, ['Globex Ltd', 'Dana Reyes', 'The recruiter is Dana. Call before noon.']],
    ] as const) {
      expect([
        await field(page, 'company').inputValue(),
        await field(page, 'contact-name').inputValue(),
        await field(page, 'notes').inputValue(),
      ]).toEqual(want);
    }
    expect(Object.keys(await storedCalls(a)).sort()).toEqual(
      [`callback:call:${idA}`, `callback:call:${idB}`].sort(),
    );
    for (const page of [a, b]) {
      await openCalls(page);
      expect((await callNames(page)).sort()).toEqual(['Acme Corp', 'Globex Ltd']);
    }
    await expectClean(context, watch);
    await context.close();
  });

  it('shows what one tab types in another tab open on the same call, before it is edited there, and says when it is deleted there', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const a = await open(offerLink);
    await field(a, 'company').fill('Acme');
    await expect.poll(() => callIdOf(a)).toBeTruthy();
    const id = callIdOf(a);

    // The same call's link, opened in a second tab before anything more is typed in the first.
    const b = await open(new URL(a.url()).search);
    expect(callIdOf(b)).toBe(id);
    expect(await field(b, 'company').inputValue()).toBe('Acme');
    expect(await field(b, 'notes').inputValue()).toBe('');

    await typeAtEnd(field(a, 'notes'), 'Ask about the bonus');
    await typeAtEnd(field(a, 'company'), ' Corp');
    await expect.poll(() => field(b, 'notes').inputValue(), OTHER_TAB).toBe('Ask about the bonus');
    await expect.poll(() => field(b, 'company').inputValue(), OTHER_TAB).toBe('Acme Corp');
    await expect.poll(() => heading(b), OTHER_TAB).toMatch(/^Acme Corp: /);

    // The second tab goes on from the first's text rather than from what it opened with.
    await typeAtEnd(field(b, 'notes'), ' and the start date');
    await field(b, 'company').fill('Initech');
    await expect
      .poll(() => field(a, 'notes').inputValue(), OTHER_TAB)
      .toBe('Ask about the bonus and the start date');
    await expect.poll(() => field(a, 'company').inputValue(), OTHER_TAB).toBe('Initech');
    await expect.poll(() => heading(a), OTHER_TAB).toMatch(/^Initech: /);

    // An answer changed in one tab follows in the other, and its next save keeps it. (A tab
    // in the background runs its animation frames about once a second, so clicks wait for
    // the tab to be in front, as a person's would.)
    await a.bringToFront();
    await a.getByRole('link', { name: 'Change answers' }).click();
    await a.getByRole('link', { name: 'Change your latest interview' }).click();
    await a.getByLabel('A first screening call').check();
    await a.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(a)).toBe('Check your answers');
    await expect.poll(() => new URL(b.url()).searchParams.get('round'), OTHER_TAB).toBe('screen');
    await typeAtEnd(field(b, 'notes'), '.');
    await expect.poll(() => field(b, 'notes').inputValue()).toMatch(/date\.$/);
    await a.bringToFront();
    await openCalls(a);
    await a.locator('li[data-call]').getByRole('link', { name: 'Initech' }).click();
    await field(a, 'notes').waitFor();
    expect(new URL(a.url()).searchParams.get('round')).toBe('screen');

    // One call, kept whole, in both tabs after a reload.
    expect(Object.keys(await storedCalls(a))).toEqual([`callback:call:${id}`]);
    await Promise.all([reload(a), reload(b)]);
    for (const page of [a, b]) {
      expect(await field(page, 'notes').inputValue()).toBe(
        'Ask about the bonus and the start date.',
      );
      expect(await field(page, 'company').inputValue()).toBe('Initech');
    }
    // Deleted in the first tab: the second says so, keeps its text, and saves it again only
    // once something is changed there.
    await a.bringToFront();
    await openCalls(a);
    await a.locator('[data-action="delete-call"]').click();
    await a.locator('[data-action="confirm"]').click();
    await expect.poll(() => storedCalls(a)).toEqual({});
    await expect
      .poll(() => b.getByText('This call was just deleted in another tab.').count(), OTHER_TAB)
      .toBe(1);
    expect(await field(b, 'notes').inputValue()).toBe('Ask about the bonus and the start date.');
    await b.bringToFront();
    await typeAtEnd(field(b, 'notes'), ' Kept.');
    await expect
      .poll(async () => Object.keys(await storedCalls(b)))
      .toEqual([`callback:call:${id}`]);
    await expectClean(context, watch);
    await context.close();
  });

  it('turns the session an earlier version saved into a call, once, with its notes and names', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    // As a version 2 visit left it (tests/fixtures/saved-sessions.ts), there before the app's
    // code runs. Once per tab, so a reload shows what the app did with it.
    const session = JSON.stringify({
      version: 2,
      query: 'caller=agency&tone=warm',
      notes: 'Agency: Northwind\nAsk about the bonus',
      names: { theirName: 'Dana', company: 'Acme', role: 'Analyst', myName: 'Sam' },
      savedAt: '2026-11-26T09:00:00.000Z',
    });
    await context.addInitScript((saved) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', 'yes');
      localStorage.setItem('callback:v1', saved);
    }, session);
    const page = await open();

    await expect
      .poll(() => page.getByRole('button', { name: 'Continue where you left off' }).count())
      .toBe(1);
    expect(await page.getByText('your call with Acme on').count()).toBe(1);
    await openCalls(page);
    expect(await callNames(page)).toEqual(['Acme, Analyst']);
    const stored = await storedCalls(page);
    expect(Object.keys(stored)).toHaveLength(1);
    // Removed only once the call holds everything it had.
    expect(await page.evaluate(() => localStorage.getItem('callback:v1'))).toBeNull();

    await page.locator('li[data-call]').getByRole('link', { name: 'Acme', exact: true }).click();
    await field(page, 'company').waitFor();
    const details = async () => ({
      company: await field(page, 'company').inputValue(),
      role: await field(page, 'role').inputValue(),
      notes: await field(page, 'notes').inputValue(),
      // Filled names show inside the email as text, to be changed on request.
      greets: (await page.locator('[data-reply]').textContent())?.includes('Dana'),
      signs: (await page.locator('[data-reply]').textContent())?.includes('Sam'),
      caller: new URL(page.url()).searchParams.get('caller'),
    });
    const migrated = {
      company: 'Acme',
      role: 'Analyst',
      notes: 'Agency: Northwind\nAsk about the bonus',
      greets: true,
      signs: true,
      caller: 'agency',
    };
    expect(await details()).toEqual(migrated);
    expect(await page.getByLabel('The email').textContent()).toContain('Dana');

    await reload(page);
    expect(await details()).toEqual(migrated);
    await openCalls(page);
    expect(await callNames(page)).toEqual(['Acme, Analyst']);
    expect(await storedCalls(page)).toEqual(stored);

    // Had the old key outlived the move (a failed removal), the next start must neither make a
    // second call nor put back the old notes over what was typed since.
    await page.locator('li[data-call]').getByRole('link', { name: 'Acme', exact: true }).click();
    await typeAtEnd(field(page, 'notes'), ' and the start date');
    await page.evaluate((saved) => localStorage.setItem('callback:v1', saved), session);
    await reload(page);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('callback:v1'))).toBeNull();
    expect(await field(page, 'notes').inputValue()).toBe(
      'Agency: Northwind\nAsk about the bonus and the start date',
    );
    await openCalls(page);
    expect(await callNames(page)).toEqual(['Acme, Analyst']);
    expect(Object.keys(await storedCalls(page))).toEqual(Object.keys(stored));
    await expectClean(context, watch);
    await context.close();
  });
});
