import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';

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

describe('on paper and on a phone', () => {
  it('prints a QR code, about 2.5 cm wide, that reads back as the page’s own link', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
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
    expect(readQr(await qr.screenshot())).toBe(page.url());
    expect(page.url()).toContain('done=offer-know-your-number,offer-pen-and-paper');
    await expect(
      page.getByText('Scan to open this prep on your phone, ticks included').isVisible(),
    ).resolves.toBe(true);
    await expectClean(context, watch);
    await context.close();
  });

  it('the printed sheet names the company and role, and its QR code decodes to its link', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL);
    const page = await open(ticked);
    await page.getByLabel('Company', { exact: true }).fill('Acme');
    await page.getByLabel('Job title').fill('Data analyst');
    await page.locator('[data-qr]').waitFor({ state: 'attached' });
    const file = join(dir, 'sheet.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Data analyst at Acme');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    // Read from the paper itself, at a printer's modest 150 dpi, on every page it prints.
    execFileSync('pdftoppm', ['-r', '150', '-png', file, join(dir, 'sheet')]);
    const found = Array.from({ length: pages }, (_, i) => {
      const suffix = pages >= 10 ? String(i + 1).padStart(2, '0') : String(i + 1);
      return readQr(readFileSync(join(dir, `sheet-${suffix}.png`)));
    }).filter(Boolean);
    expect(found).toEqual([page.url()]);
    await expectClean(context, watch);
    await context.close();
  });

  it('offers only Copy link where the browser has no share sheet; it copies and says so', async () => {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await open(ticked);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/^Link copied/).waitFor();
    expect(await page.getByRole('button', { name: 'Share', exact: true }).count()).toBe(0);
    expect(await page.getByText(/^Link copied/).getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expectClean(context, watch);
    await context.close();
  });
});
