import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/**
 * Prints the page to a PDF at `file` and returns its page count, its whole text and each
 * page's text, whitespace folded (pdfinfo and pdftotext from poppler-utils).
 */
export async function printToPdf(page: Page, file: string, format: 'A4' | 'Letter' = 'A4') {
  await page.pdf({ path: file, format, printBackground: true, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const read = (...range: string[]) =>
    execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  const text = read();
  const byPage = Array.from({ length: pages }, (_, i) =>
    read('-f', String(i + 1), '-l', String(i + 1)),
  );
  return { file, pages, text, byPage };
}
