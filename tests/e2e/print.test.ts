import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { fill } from '../../src/domain/core.ts';
import { etiquette, REASON_IDS, findReason, type Reason } from '../../src/domain/index.ts';
import { printMessages as spanishPrint } from '../../src/lang/es/ui/messages/print.ts';
import { anyOfMessages } from '../../src/ui/messages/prep.ts';
import { printMessages as englishPrint } from '../../src/ui/messages/print.ts';
import { printToPdf } from './pdf.ts';
import { expectClean, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'callback-print-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const answers =
  'caller=recruiter&contact=spoke&round=final&days=3&topics=references,salary&tone=warm';

/** Prints the page to a PDF in this run's folder: its page count, text and each page's text. */
const printed = (page: Page, name: string, format: 'A4' | 'Letter' = 'A4') =>
  printToPdf(page, join(dir, `${name}-${format}.pdf`), format);

/** The words of a checklist item or line as the PDF folds them. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

/** What must be on page 1 for one meaning's prep: its checklist and what to say. */
function expectFirstPageHolds(first: string, reason: Reason) {
  for (const item of reason.checklist) expect(first).toContain(folded(item.text));
  expect(first).toContain('How to answer, and what to say');
  for (const line of reason.script) expect(first).toContain(line);
}

/** Every page after the first opens with the short header and says which page it is. */
function expectContinuationPages(byPage: string[], header: string) {
  expect(byPage[0]).toContain(`Page 1 of ${byPage.length}`);
  byPage.slice(1).forEach((text, i) => {
    expect(text.trim().startsWith(header), `page ${i + 2} starts with the header`).toBe(true);
    expect(text).toContain(`Page ${i + 2} of ${byPage.length}`);
  });
}

/** How bright the first printed page is on average, 0 (black) to 255 (white). */
function brightness(file: string): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', file]);
  // Binary PGM: a header of three whitespace-separated fields after "P5", then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  const pixels = pgm.subarray(header![0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

const onScreenOnly = [
  'Continue',
  'Copy link',
  'Print prep sheet',
  'Change answers',
  'Show how to get ready',
  'Clear my data',
  'Skip to main content',
  'Hide this message',
  'See how it decides',
  etiquette.title,
];

describe.each(['A4', 'Letter'] as const)('the printed prep sheet on %s', (format) => {
  it.each([...REASON_IDS])(
    'fits %s in two pages with everything needed by the phone',
    async (id) => {
      const { context, watch, open } = await watchedContext(browser(), baseURL, {
        colorScheme: 'dark',
      });
      const reason = findReason(id);
      const firstItem = reason.checklist[0]!.id;
      const page = await open(`${answers}&view=results&reason=${id}&done=${firstItem}`);
      await page.getByLabel('My notes for the call').fill('Call Dana back on 020 7946 0000');
      const heading = await page.locator('main h1').textContent();
      const { file, pages, text, byPage } = await printed(page, id, format);

      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(byPage[0]).toContain('Call prep sheet');
      expect(byPage[0]).toContain(folded(heading!));
      expectFirstPageHolds(byPage[0]!, reason);
      expectContinuationPages(byPage, 'Call prep sheet');
      expect(text).toContain('Your answers');
      for (const question of reason.questions) expect(text).toContain(question);
      expect(text).toContain('Have at hand');
      for (const thing of reason.haveAtHand) expect(text).toContain(folded(thing));
      expect(text).toContain('What to avoid');
      for (const thing of reason.avoid) expect(text).toContain(folded(thing));
      expect(text).toContain('If you get their voicemail');
      expect(text).toContain('Call Dana back on 020 7946 0000');
      // The link to reopen it is printed in full (it may wrap anywhere, so compare unspaced).
      const link = new URL(page.url());
      expect(text.replace(/\s/g, '')).toContain(`${link.origin}${link.pathname}${link.search}`);
      for (const words of onScreenOnly) expect(text).not.toContain(words);
      // Paper stays light even when the screen is dark.
      expect(brightness(file)).toBeGreaterThan(225);
      await expectClean(context, watch);
      await context.close();
    },
  );
});

/* Everything a person may type about the call, at its longest likely: the sheet must still fit. */
const company = 'Compañía Internacional de Servicios Financieros y Tecnológicos del Norte S.A.';
const role = 'Senior data analyst, customer insights and pricing';
const contactName = 'María Fernanda de los Ángeles Gutiérrez';

/** The printed words of either language that the last page's check takes out. */
interface PrintWords {
  runningHead: { roleAtCompany: string };
  pageNumber: string;
  reopen: string;
  scanToOpen: string;
}

/** A page's text with every space taken out, as the PDF wraps the link anywhere. */
const unspaced = (text: string) => text.replace(/\s/g, '');

/**
 * What is left of a page's text once the running header, the page number, the written link
 * and the QR code's caption are taken out: what else that page holds.
 */
function besidesTheLink(text: string, words: PrintWords, address: string, pages: number) {
  const parts = [
    fill(words.runningHead.roleAtCompany, { role, company }),
    fill(words.pageNumber, { page: String(pages), pages: String(pages) }),
    fill(words.reopen, { address }),
    words.scanToOpen,
  ];
  return parts.reduce((rest, part) => rest.replace(unspaced(part), ''), unspaced(text));
}

describe.each([
  ['English', 'en-US', englishPrint],
  ['Spanish', 'es-ES', spanishPrint],
] as const)(
  'every %s sheet, with call details and a long company name typed',
  (_, locale, words) => {
    // One page for all eleven sheets, each printed on both papers.
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser().newContext({ baseURL, locale });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context.close();
    });

    it.each([...REASON_IDS])(
      'fits %s in two pages on A4 and Letter, the QR code never on a page of its own',
      async (id) => {
        await page.goto(`/?${answers}&view=results&reason=${id}`);
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
        await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
        await page.locator('[data-field="company"]').fill(company);
        await page.locator('[data-field="role"]').fill(role);
        await page.locator('[data-field="contact-name"]').fill(contactName);
        await page.locator('[data-field="phone"]').fill('+34 912 345 678');
        await page
          .locator('[data-field="notes"]')
          .fill('Call Dana back on 020 7946 0000. Ask about the start date and the team.');
        const address = page.url();
        for (const format of ['A4', 'Letter'] as const) {
          const { pages, byPage } = await printed(page, `${locale}-${id}`, format);
          expect(pages, format).toBeLessThanOrEqual(2);
          const last = byPage.at(-1)!;
          expect(unspaced(last), `${format}: the QR code's caption`).toContain(
            unspaced(words.scanToOpen),
          );
          expect(unspaced(last), `${format}: the written link`).toContain(unspaced(address));
          // More than the link, its code and the page's margins: at least a line of the sheet.
          expect(
            besidesTheLink(last, words, address, pages).length,
            `${format}: what else the last page holds`,
          ).toBeGreaterThan(40);
        }
      },
    );
  },
);

describe.each([5_000, 50_000])('a sheet with %i characters of notes', (length) => {
  it('keeps the prep on page 1 and lets the notes run on, each page headed and numbered', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(`${answers}&view=results&reason=offer`);
    await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Acme');
    await page.getByRole('textbox', { name: 'Job title', exact: true }).fill('Data analyst');
    // Numbered sentences, so the last one proves the notes printed to their end.
    let notes = '';
    for (let i = 1; notes.length < length; i++) notes += `Note ${i}: ask about the team. `;
    notes = `${notes.slice(0, length - 12)} Last words.`;
    await page.getByLabel('My notes for the call').fill(notes);
    const heading = await page.locator('main h1').textContent();
    const { pages, text, byPage } = await printed(page, `notes-${length}`);

    expect(pages).toBeGreaterThan(2);
    expect(byPage[0]).toContain('Data analyst at Acme');
    // Page 1 has the sheet's own header, not the running one.
    expect(byPage[0]).not.toContain('Call prep sheet: Data analyst at Acme');
    expect(byPage[0]).toContain(folded(heading!));
    expectFirstPageHolds(byPage[0]!, findReason('offer'));
    expect(byPage[0]).not.toContain('Note 1: ask about the team');
    expect(text).toContain('Have at hand');
    expect(text).toContain('What to avoid');
    expect(text).toContain('Last words.');
    expectContinuationPages(byPage, 'Call prep sheet: Data analyst at Acme');
    // The way back to the prep still comes last.
    expect(byPage.at(-1)).toContain('Reopen this sheet');
    await expectClean(context, watch);
    await context.close();
  });
});

it('prints the low-confidence prep: what to say whatever it is, then the likely few', async () => {
  const { context, open } = await watchedContext(browser(), baseURL);
  const page = await open('contact=missed&view=results');
  await page.getByLabel('My notes for the call').fill('x '.repeat(2_500));
  const heading = await page.locator('main h1').textContent();
  const likely = await page
    .locator('ol.ranked > li[data-reason]')
    .evaluateAll((items) => items.slice(0, 3).map((item) => item.getAttribute('data-reason')));
  const { byPage } = await printed(page, 'low');

  expect(byPage[0]).toContain(folded(heading!));
  expect(byPage[0]).toContain(anyOfMessages.sayHeading);
  for (const line of anyOfMessages.say) expect(byPage[0]).toContain(line);
  for (const id of likely) {
    for (const item of findReason(id as Reason['id']).checklist.filter((i) => i.first))
      expect(byPage[0]).toContain(folded(item.text));
  }
  expectContinuationPages(byPage, 'Call prep sheet');
  await context.close();
});

it('prints the ticked items ticked', async () => {
  const { context, open } = await watchedContext(browser(), baseURL);
  const page = await open(`${answers}&view=results&reason=offer&done=offer-pen-and-paper`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('input[data-item="offer-pen-and-paper"]').isVisible()).toBe(true);
  expect(await page.locator('input[data-item="offer-pen-and-paper"]').isChecked()).toBe(true);
  expect(await page.getByRole('button').first().isVisible()).toBe(false);
  await context.close();
});
