/**
 * `npm run perf`: how long a step change and a checklist tick take in a real browser, from
 * the click to the new page laid out. Target: under one frame (16 ms). Needs a build
 * (`npm run build`) and Debian's Chromium. Prints numbers; exits 1 if a median is over.
 */
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const RUNS = 40;
const FRAME = 16;
const server = await serveDist({ root: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

/** Runs `act` in the page and times it until the DOM has changed and been laid out. */
function timeInPage(page, act) {
  return page.evaluate(`(() => {
    const start = performance.now();
    (${act})();
    // Reading layout forces style and layout now, so the time covers what a frame would do.
    void document.body.offsetHeight;
    return performance.now() - start;
  })()`);
}

const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
};

try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // Let the lazy chunks arrive first: we are timing the step, not the network.
  await page.waitForLoadState('networkidle');

  const steps = [];
  for (let i = 0; i < RUNS; i += 1) {
    await page.getByLabel('HR or an in-house recruiter').check();
    steps.push(
      await timeInPage(page, `() => document.querySelector('button[type="submit"]').click()`),
    );
    const heading = await page.locator('main h1').textContent();
    if (heading !== 'How did they get in touch?')
      throw new Error(`Step did not change: ${heading}`);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByLabel('HR or an in-house recruiter').waitFor();
  }

  await page.goto(`${server.url}/?caller=recruiter&round=final&topics=salary&view=results`);
  await page.locator('input[data-item]').first().waitFor();
  const ticks = [];
  for (let i = 0; i < RUNS; i += 1) {
    ticks.push(await timeInPage(page, `() => document.querySelector('input[data-item]').click()`));
  }

  let over = false;
  const row = (name, times) => {
    const { median, p90, max } = summary(times);
    over ||= median > FRAME;
    console.log(
      `${name.padEnd(34)} median ${median.toFixed(2).padStart(6)} ms   p90 ${p90.toFixed(2).padStart(6)} ms   max ${max.toFixed(2).padStart(6)} ms   ${median <= FRAME ? 'under one frame' : 'OVER one frame'}`,
    );
  };
  console.log(`In Chromium, ${RUNS} runs each, click to laid-out page (target: ${FRAME} ms)\n`);
  row('Continue to the next question', steps);
  row('Tick a checklist item', ticks);
  if (over) process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
  await server.close();
}
