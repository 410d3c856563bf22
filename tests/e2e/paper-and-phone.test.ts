import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, fill, literally, localeOf } from './languages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'callback-qr-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ticked =
  'caller=recruiter&contact=spoke&round=final&days=3&topics=references,salary&tone=warm&view=results&reason=offer&done=offer-know-your-number,offer-pen-and-paper';

/** The text a QR code in this PNG holds, as a phone camera would read it. */
function readQr(png: Buffer): string | undefined {
  const { data, width, height } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

/* In English and in Spanish (issue 12): the Spanish sheet runs longer, and its QR code must
   still print whole and read back. */
describe.each(LANGUAGES)('on paper and on a phone (%s)', (lang) => {
  const words = WORDS[lang];
  /** A browser whose person reads this language first. */
  const watched = (options = {}) =>
    watchedContext(browser(), baseURL, { ...localeOf(lang), ...options });
  const role = lang === 'es' ? 'Analista de datos' : 'Data analyst';
  /**
   * The page's address as it leaves the page (printed, in the QR code, copied): with the page's
   * language, so a phone set to another one opens it as it was prepared.
   */
  const shared = (url: string) => `${url}&lang=${lang}`;

  it('prints a QR code, about 2.5 cm wide, that reads back as the page’s own link', async () => {
    const { context, watch, open } = await watched({
      deviceScaleFactor: 2,
    });
    const page = await open(ticked);
    const qr = page.locator('[data-qr]');
    await qr.waitFor({ state: 'attached' });
    expect(await qr.isVisible(), 'hidden on screen').toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await qr.isVisible()).toBe(true);
    const box = await qr.boundingBox();
    // 2.5 cm is 94 CSS pixels: big enough for a phone's camera, small enough to fit the sheet.
    expect(box?.width).toBeGreaterThan(88);
    expect(box?.width).toBeLessThan(100);
    expect(readQr(await qr.screenshot())).toBe(shared(page.url()));
    expect(page.url()).toContain('done=offer-know-your-number,offer-pen-and-paper');
    await expect(page.getByText(words.print.scanToOpen).isVisible()).resolves.toBe(true);
    await expectLanguage(page, lang);
    await expectClean(context, watch);
    await context.close();
  });

  it('the printed sheet names the company and role, and its QR code decodes to its link', async () => {
    const { context, watch, open } = await watched();
    const page = await open(ticked);
    await page.getByLabel(words.callFields.company, { exact: true }).fill('Acme');
    await page.getByLabel(words.callFields.role, { exact: true }).fill(role);
    await page.locator('[data-qr]').waitFor({ state: 'attached' });
    const file = join(dir, 'sheet.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(fill(words.print.call.roleAtCompany, { role, company: 'Acme' }));
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    // Read from the paper itself, at a printer's modest 150 dpi, on every page it prints.
    execFileSync('pdftoppm', ['-r', '150', '-png', file, join(dir, 'sheet')]);
    const found = Array.from({ length: pages }, (_, i) => {
      const suffix = pages >= 10 ? String(i + 1).padStart(2, '0') : String(i + 1);
      return readQr(readFileSync(join(dir, `sheet-${suffix}.png`)));
    }).filter(Boolean);
    expect(found).toEqual([shared(page.url())]);
    await expectClean(context, watch);
    await context.close();
  });

  it('offers only Copy link where the browser has no share sheet; it copies and says so', async () => {
    const { context, watch, open } = await watched({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await open(ticked);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    const copied = page.getByText(literally(words.actions.linkCopied));
    await page.getByRole('button', { name: words.actions.copyLink }).click();
    await copied.waitFor();
    expect(await page.getByRole('button', { name: words.actions.share, exact: true }).count()).toBe(
      0,
    );
    expect(await copied.getAttribute('role')).toBe('status');
    await expectLanguage(page, lang);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared(page.url()));
    await expectClean(context, watch);
    await context.close();
  });
});
