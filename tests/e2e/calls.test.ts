import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, storedCalls, useBrowser, watchedContext } from './browser.ts';

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

/** Opens the calls page from the footer, as a person would. */
async function openCalls(page: Page) {
  await page.getByRole('link', { name: 'Your saved calls' }).click();
  await expect.poll(() => heading(page)).toBe('Your saved calls');
}

const callNames = (page: Page) => page.locator('li[data-call] h2').allTextContents();

describe('calls on this device, in a real browser', () => {
  it('keeps two calls apart, each reopened with its own company and notes', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(offerLink);
    await page.locator('[data-field="company"]').fill('Acme');
    await page.locator('[data-field="notes"]').fill('Acme: ask about the bonus');

    await page.locator('[data-action="new-call"]').click();
    await expect.poll(() => heading(page)).toBe('Who called you?');
    await page.getByLabel('An outside recruiter or agency').check();
    // The other questions are skipped, one Continue each, as a person in a hurry would.
    for (let i = 0; i < 8; i += 1) {
      const title = await heading(page);
      if (title === 'Check your answers') break;
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => heading(page)).not.toBe(title);
    }
    await page.getByRole('button', { name: 'See what the call likely means' }).click();
    const company = page.locator('[data-field="company"]');
    const notes = page.locator('[data-field="notes"]');
    await company.waitFor();
    expect(await company.inputValue()).toBe('');
    expect(await notes.inputValue()).toBe('');
    await company.fill('Globex');
    await notes.fill('Globex: the recruiter is Dana');

    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-field="notes"]').inputValue()).toBe(
      'Globex: the recruiter is Dana',
    );
    await openCalls(page);
    expect(await callNames(page)).toEqual(['Globex', 'Acme']);
    for (const [name, text] of [
      ['Acme', 'Acme: ask about the bonus'],
      ['Globex', 'Globex: the recruiter is Dana'],
    ] as const) {
      await page.locator('li[data-call]').getByRole('link', { name }).click();
      await company.waitFor();
      expect(await company.inputValue()).toBe(name);
      expect(await notes.inputValue()).toBe(text);
      await openCalls(page);
    }
    await expectClean(context, watch);
    await context.close();
  });

  it('downloads a backup, clears everything, and restores the same calls from the file', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    await makeCall(page, offerLink, 'Acme', 'Acme: ask about the bonus');
    await makeCall(page, screenLink, 'Globex', 'Globex: the recruiter is Dana');
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
    expect(await page.getByText('This deletes 2 calls and their notes').count()).toBe(1);
    await page.locator('[data-action="confirm"]').click();
    await expect.poll(() => page.locator('li[data-call]').count()).toBe(0);
    expect(await storedCalls(page)).toEqual({});
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Deleted 2 calls and their notes from this browser.',
    );

    await page.locator('input[type=file][data-action="restore"]').setInputFiles(file);
    await expect.poll(() => page.getByText('This file has 2 calls:').count()).toBe(1);
    await page.locator('[data-action="confirm"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex', 'Acme']);
    expect(await storedCalls(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Restored 2 calls from the file.',
    );
    await expectClean(context, watch);
    await context.close();
  });

  it('refuses a damaged backup with a clear message, and changes nothing', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    await makeCall(page, offerLink, 'Acme', 'Acme: ask about the bonus');
    await openCalls(page);
    const before = await storedCalls(page);
    const restore = page.locator('input[type=file][data-action="restore"]');

    for (const [text, message] of [
      ['{"format":"callback-backup","version":1,"calls":[', 'This file is not a Callback backup'],
      ['{"format":"callback-backup","version":9,"calls":[]}', 'made by a newer version'],
    ] as const) {
      await restore.setInputFiles({
        name: 'callback-calls-2026-11-29.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain(message);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        'Nothing was changed.',
      );
      expect(await page.locator('[data-action="confirm"]').count()).toBe(0);
      expect(await storedCalls(page)).toEqual(before);
      expect(await callNames(page)).toEqual(['Acme']);
    }
    await expectClean(context, watch);
    await context.close();
  });

  it('deletes a call after asking, and undo brings it back', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    await makeCall(page, offerLink, 'Acme', 'Acme: ask about the bonus');
    await makeCall(page, screenLink, 'Globex', 'Globex: the recruiter is Dana');
    await openCalls(page);
    const before = await storedCalls(page);

    const acme = page.locator('li[data-call]').filter({ hasText: 'Acme' });
    await acme.locator('[data-action="delete-call"]').click();
    await acme.locator('[data-action="confirm"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex']);
    expect(Object.keys(await storedCalls(page))).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Deleted the call with Acme.',
    );

    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => callNames(page)).toEqual(['Globex', 'Acme']);
    expect(await storedCalls(page)).toEqual(before);
    await expectClean(context, watch);
    await context.close();
  });

  it('records what the call was after it, opens that prep on request, and the list says it', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open();
    await makeCall(page, offerLink, 'Acme', 'Acme: ask about the bonus');
    const afterCall = page.getByRole('region', { name: 'After the call' });
    await afterCall.getByRole('button', { name: 'I called them back' }).click();
    await afterCall.getByLabel('What was it?').selectOption({ label: 'A reference check' });
    await afterCall.getByRole('button', { name: 'Save what it was' }).click();
    await expect
      .poll(() => afterCall.getByRole('status').first().textContent())
      .toContain('Saved: it was “A reference check”.');
    await afterCall.getByRole('button', { name: 'Open the prep for “A reference check”' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('A reference check');
    expect(page.url()).toContain('reason=reference-check');

    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await afterCall.getByLabel('What was it?').inputValue()).toBe('reference-check');
    expect(await afterCall.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^You started this prep/),
      expect.stringMatching(/^You called them back/),
      expect.stringMatching(/^You noted it was “A reference check”/),
    ]);
    await openCalls(page);
    expect(await page.locator('li[data-call]').textContent()).toContain(
      'It was: A reference check',
    );
    await expectClean(context, watch);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG A or AA problem with its questions and messages open (%s, 320px)',
    async (scheme) => {
      const { context, watch, open } = await watchedContext(browser(), baseURL, {
        colorScheme: scheme,
        viewport: { width: 320, height: 800 },
      });
      const page = await open();
      for (const [i, name] of ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'].entries()) {
        await makeCall(page, i % 2 ? screenLink : offerLink, name, `${name}: notes`);
      }
      await openCalls(page);
      const axe = async () => {
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join()}`);
      };
      expect(await page.getByText('Your 5 calls live only in this browser').count()).toBe(1);
      const hooli = page.locator('li[data-call]').filter({ hasText: 'Hooli' });
      await hooli.getByRole('button', { name: 'Rename Hooli' }).click();
      await page.locator('li[data-call]').nth(1).locator('[data-action="delete-call"]').click();
      expect(await axe()).toEqual([]);
      await page.locator('[data-action="confirm"]').click();
      await page.locator('[data-action="clear-all"]').click();
      expect(await axe()).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectClean(context, watch);
      await context.close();
    },
  );
});
