import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { etiquette, REASON_IDS, findReason } from '../../src/domain/index.ts';
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

/** Prints the page to PDF and returns its page count and text, whitespace folded. */
async function printed(page: Page, name: string, format: 'A4' | 'Letter') {
  const file = join(dir, `${name}-${format}.pdf`);
  await page.pdf({ path: file, format, printBackground: true, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  return { file, pages, text };
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
      const { file, pages, text } = await printed(page, id, format);

      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(text).toContain('Call prep sheet');
      expect(text).toContain('Your answers');
      for (const item of reason.checklist) expect(text).toContain(item.text.replace(/\s+/g, ' '));
      for (const line of reason.script) expect(text).toContain(line);
      for (const question of reason.questions) expect(text).toContain(question);
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

it('prints the ticked items ticked', async () => {
  const { context, open } = await watchedContext(browser(), baseURL);
  const page = await open(`${answers}&view=results&reason=offer&done=offer-pen-and-paper`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('input[data-item="offer-pen-and-paper"]').isVisible()).toBe(true);
  expect(await page.locator('input[data-item="offer-pen-and-paper"]').isChecked()).toBe(true);
  expect(await page.getByRole('button').first().isVisible()).toBe(false);
  await context.close();
});
