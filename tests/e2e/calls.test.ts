import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, storedCalls, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, fill, localeOf, plural } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
const screenLink = 'caller=agency&contact=voicemail&round=screen&view=results';

const heading = (page: Page) => page.locator('main h1').textContent();

/** Opens a link (a new call: it has no `call=`) and types a company and notes into it. */
async function makeCall(page: Page, link: string, company: string, notes: string) {
  await page.goto(`/?${link}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('[data-field="company"]').fill(company);
  await page.locator('[data-field="notes"]').fill(notes);
}

const callNames = (page: Page) => page.locator('li[data-call] h2').allTextContents();

/* Every test in English and in Spanish (issue 12), reading each language's own words. */
describe.each(LANGUAGES)('calls on this device, in a real browser (%s)', (lang) => {
  const words = WORDS[lang];
  const { callsMessages, clearMessages, restoreMessages, backupMessages } = words.calls;
  const { deleteMessages, dataMessages, renameMessages } = words.calls;
  const afterCall = words.afterCall;
  const referenceCheck = words.reasons['reference-check'].title;
  // What the person types is in their own language too: a Spanish page shows it in print.
  const acmeNotes = lang === 'es' ? 'Acme: preguntar por el bonus' : 'Acme: ask about the bonus';
  const globexNotes =
    lang === 'es' ? 'Globex: la reclutadora es Dana' : 'Globex: the recruiter is Dana';
  /** A browser whose person reads this language first. */
  const watched = (options = {}) =>
    watchedContext(browser(), baseURL, { ...localeOf(lang), ...options });

  /** Opens the calls page from the footer, as a person would. */
  async function openCalls(page: Page) {
    await page.getByRole('link', { name: words.frame.frameMessages.callsLink }).click();
    await expect.poll(() => heading(page)).toBe(callsMessages.heading);
  }

  it('keeps two calls apart, each reopened with its own company and notes', async () => {
    const { context, watch, open } = await watched();
    const page = await open(offerLink);
    await page.locator('[data-field="company"]').fill('Acme');
    await page.locator('[data-field="notes"]').fill(acmeNotes);

    await page.locator('[data-action="new-call"]').click();
    await expect.poll(() => heading(page)).toBe(words.questions.caller.prompt);
    await expectLanguage(page, lang);
    await page.getByLabel(words.questions.caller.options.agency.label).check();
    // The other questions are skipped, one Continue each, as a person in a hurry would.
    for (let i = 0; i < 8; i += 1) {
      const title = await heading(page);
      if (title === words.check.heading) break;
      await page.getByRole('button', { name: words.wizard.questionMessages.continue }).click();
      await expect.poll(() => heading(page)).not.toBe(title);
    }
    await expectLanguage(page, lang);
    await page.getByRole('button', { name: words.check.seeResults }).click();
    const company = page.locator('[data-field="company"]');
    const notes = page.locator('[data-field="notes"]');
    await company.waitFor();
    expect(await company.inputValue()).toBe('');
    expect(await notes.inputValue()).toBe('');
    await company.fill('Globex');
    await notes.fill(globexNotes);

    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-field="notes"]').inputValue()).toBe(globexNotes);
    await openCalls(page);
    expect(await callNames(page)).toEqual(['Globex', 'Acme']);
    await expectLanguage(page, lang);
    for (const [name, text] of [
      ['Acme', acmeNotes],
      ['Globex', globexNotes],
    ] as const) {
      // Opened with the call's own Open button, as a person on a phone would.
      await page
        .getByRole('link', { name: fill(callsMessages.openLabel, { name }), exact: true })
        .click();
      await company.waitFor();
      expect(await company.inputValue()).toBe(name);
      expect(await notes.inputValue()).toBe(text);
      await openCalls(page);
    }
    await expectClean(context, watch);
    await context.close();
  });

  it('downloads a backup, clears everything, and restores the same calls from the file', async () => {
    const { context, watch, open } = await watched();
    const page = await open();
    await makeCall(page, offerLink, 'Acme', acmeNotes);
    await makeCall(page, screenLink, 'Globex', globexNotes);
    await openCalls(page);
    const before = await storedCalls(page);
    expect(Object.keys(before)).toHaveLength(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="backup"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^callback-calls-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path()) as string;
    const backup = JSON.parse(await readFile(file, 'utf8')) as { format: string; calls: unknown[] };
    expect(backup.format).toBe('callback-backup');
    expect(backup.calls).toHaveLength(2);

    await page.locator('[data-action="clear-all"]').click();
    expect(await page.getByText(plural(clearMessages.ask, 2)).count()).toBe(1);
    await expectLanguage(page, lang);
    await page.locator('[data-action="confirm"]').click();
    await expect.poll(() => page.locator('li[data-call]').count()).toBe(0);
    expect(await storedCalls(page)).toEqual({});
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      plural(clearMessages.done, 2),
    );

    await page.locator('input[type=file][data-action="restore"]').setInputFiles(file);
    await expect.poll(() => page.getByText(plural(restoreMessages.fileHas, 2)).count()).toBe(1);
    await expectLanguage(page, lang);
    await page.locator('[data-action="confirm"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex', 'Acme']);
    expect(await storedCalls(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      plural(restoreMessages.done, 2),
    );
    await expectLanguage(page, lang);
    await expectClean(context, watch);
    await context.close();
  });

  it('refuses a damaged backup with a clear message, and changes nothing', async () => {
    const { context, watch, open } = await watched();
    const page = await open();
    await makeCall(page, offerLink, 'Acme', acmeNotes);
    await openCalls(page);
    const before = await storedCalls(page);
    const restore = page.locator('input[type=file][data-action="restore"]');

    for (const [text, message] of [
      ['{"format":"callback-backup","version":1,"calls":[', backupMessages['not-json']],
      ['{"format":"callback-backup","version":9,"calls":[]}', backupMessages['newer-version']],
    ] as const) {
      await restore.setInputFiles({
        name: 'callback-calls-2026-11-29.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain(message);
      await expectLanguage(page, lang);
      expect(await page.locator('[data-action="confirm"]').count()).toBe(0);
      expect(await storedCalls(page)).toEqual(before);
      expect(await callNames(page)).toEqual(['Acme']);
    }
    await expectClean(context, watch);
    await context.close();
  });

  it('deletes a call after asking, and undo brings it back', async () => {
    const { context, watch, open } = await watched();
    const page = await open();
    await makeCall(page, offerLink, 'Acme', acmeNotes);
    await makeCall(page, screenLink, 'Globex', globexNotes);
    await openCalls(page);
    const before = await storedCalls(page);

    const acme = page.locator('li[data-call]').filter({ hasText: 'Acme' });
    await acme.locator('[data-action="delete-call"]').click();
    await acme.locator('[data-action="confirm"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex']);
    expect(Object.keys(await storedCalls(page))).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      fill(deleteMessages.done, { name: 'Acme' }),
    );
    await expectLanguage(page, lang);

    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex', 'Acme']);
    expect(await storedCalls(page)).toEqual(before);
    await expectClean(context, watch);
    await context.close();
  });

  it('records what the call was after it, opens that prep on request, and the list says it', async () => {
    const { context, watch, open } = await watched();
    const page = await open();
    await makeCall(page, offerLink, 'Acme', acmeNotes);
    const region = page.getByRole('region', { name: afterCall.heading });
    await region.getByRole('button', { name: afterCall.calledBack }).click();
    await region.getByLabel(afterCall.whatWasIt).selectOption({ label: referenceCheck });
    await region.getByRole('button', { name: afterCall.save }).click();
    await expect
      .poll(() => region.getByRole('status').first().textContent())
      .toContain(fill(afterCall.saved, { title: referenceCheck }));
    await expectLanguage(page, lang);
    await region
      .getByRole('button', { name: fill(afterCall.openPrep, { title: referenceCheck }) })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(referenceCheck);
    expect(page.url()).toContain('reason=reference-check');

    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await region.getByLabel(afterCall.whatWasIt).inputValue()).toBe('reference-check');
    const lines = await region.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(3);
    for (const [i, start] of [
      afterCall.started,
      afterCall.kinds['called-back'],
      fill(afterCall.outcomeNow, { title: referenceCheck }),
    ].entries()) {
      expect(lines[i]?.startsWith(start), `${lines[i]} starts with ${start}`).toBe(true);
    }
    await expectLanguage(page, lang);
    await openCalls(page);
    expect(await page.locator('li[data-call]').textContent()).toContain(
      fill(callsMessages.outcome, { title: referenceCheck }),
    );
    await expectLanguage(page, lang);
    await expectClean(context, watch);
    await context.close();
  });

  // Colors are the same in both languages: Spanish adds its longer words at 320px, in dark
  // colors, where the rest of the page is checked in light and dark by accessibility.test.ts.
  it.each(lang === 'es' ? (['dark'] as const) : (['light', 'dark'] as const))(
    'has no WCAG A or AA problem with its questions and messages open (%s, 320px)',
    async (scheme) => {
      const { context, watch, open } = await watched({
        colorScheme: scheme,
        viewport: { width: 320, height: 800 },
      });
      const page = await open();
      for (const [i, name] of ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'].entries()) {
        await makeCall(
          page,
          i % 2 ? screenLink : offerLink,
          name,
          `${name}: ${lang === 'es' ? 'notas' : 'notes'}`,
        );
      }
      await openCalls(page);
      const axe = async () => {
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join()}`);
      };
      expect(await page.getByText(plural(dataMessages.reminder, 5)).count()).toBe(1);
      const hooli = page.locator('li[data-call]').filter({ hasText: 'Hooli' });
      await hooli
        .getByRole('button', { name: fill(renameMessages.renameLabel, { name: 'Hooli' }) })
        .click();
      await page.locator('li[data-call]').nth(1).locator('[data-action="delete-call"]').click();
      expect(await axe()).toEqual([]);
      await expectLanguage(page, lang);
      await page.locator('[data-action="confirm"]').click();
      await page.locator('[data-action="clear-all"]').click();
      expect(await axe()).toEqual([]);
      await expectLanguage(page, lang);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectClean(context, watch);
      await context.close();
    },
  );
});
