/**
 * `npm run screenshot`: remakes docs/results-page.png, the README's picture of the results
 * page, from the built app (run `npm run build` first) in Debian's Chromium: a typical offer
 * link, at a laptop's width, in the light scheme.
 */
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const LINK =
  '?caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

const server = await serveDist({ root: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.goto(`${server.url}/${LINK}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('section.prep[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.screenshot({ path: 'docs/results-page.png' });
  console.log('docs/results-page.png: the results page at 900 × 1000');
} finally {
  await browser.close();
  server.stop();
  await server.close();
}
