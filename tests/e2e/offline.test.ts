import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module without types, shared with the scripts.
import { serveDist } from '../../scripts/serve-dist.mjs';
import { installWorker, rankedReasons, useBrowser } from './browser.ts';
import { LANGUAGES, WORDS, expectLanguage, literally, localeOf } from './languages.ts';

const browser = useBrowser();

interface Server {
  url: string;
  close: () => Promise<void>;
  stop: () => void;
}

// Offline in Spanish, reloads and `?lang=es` included, is in journeys-es.test.ts.
describe('offline', () => {
  it('opens any link, results and ticks included, after one visit and with the server gone', async () => {
    // A server of its own, so that stopping it proves the service worker alone serves the app.
    const server = (await serveDist({ root: 'dist', port: 0 })) as Server;
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await installWorker(page);

    server.stop();
    await server.close();
    const down = await fetch(`${server.url}/`).then(
      () => 'up',
      () => 'down',
    );
    expect(down).toBe('down');

    const offline = await context.newPage();
    await offline.goto(
      `${server.url}/?caller=recruiter&contact=spoke&round=final&days=3&topics=references&view=results&done=ref-pick-people`,
    );
    await offline.locator('html[data-ready]').waitFor({ state: 'attached' });
    await offline.locator('ol.ranked').waitFor();
    expect((await rankedReasons(offline))[0]).toBe('reference-check');
    expect(await offline.locator('input[data-item="ref-pick-people"]').isChecked()).toBe(true);
    await offline.goto(`${server.url}/?step=tone`);
    // Until the app takes over, the page holds the first question, hidden on a deep link.
    await offline.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => offline.locator('main h1').textContent()).toBe('How did they sound?');
    await context.close();
  });

  // The Spanish manifest's name, description and language are checked in language.test.ts.
  // Each opens in its own language once installed, whatever the browser's.
  it.each([
    ['manifest.webmanifest', '/?lang=en'],
    ['manifest-es.webmanifest', '/?lang=es'],
  ])('offers a web manifest to install it like an app (%s)', async (file, start) => {
    const server = (await serveDist({ root: 'dist', port: 0 })) as Server;
    try {
      const manifest = (await (await fetch(`${server.url}/${file}`)).json()) as {
        name: string;
        short_name: string;
        start_url: string;
        display: string;
        theme_color: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      expect(manifest.short_name).toBe('Callback');
      expect(manifest.display).toBe('standalone');
      expect(manifest.start_url).toBe(start);
      const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.type}`);
      expect(sizes).toEqual(
        expect.arrayContaining(['192x192 image/png', '512x512 image/png', 'any image/svg+xml']),
      );
      for (const icon of manifest.icons)
        expect((await fetch(`${server.url}${icon.src}`)).status).toBe(200);
    } finally {
      server.stop();
      await server.close();
    }
  });
});

describe('a new version', () => {
  // In each language: the offer and its button are words a person must read.
  it.each(LANGUAGES)(
    'is offered with a Reload button, never reloaded on its own, and keeps the answers (%s)',
    async (lang) => {
      const words = WORDS[lang];
      const finalRound = words.questions.round.options.final.label;
      const ready = literally(words.frame.noticeMessages.updateReady);
      // Serve a copy of the build, so the test can deploy a "new version" into it.
      const root = mkdtempSync(join(tmpdir(), 'callback-update-'));
      cpSync('dist', root, { recursive: true });
      const server = (await serveDist({ root, port: 0 })) as Server;
      const context = await browser().newContext(localeOf(lang));
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/?caller=agency&step=round`);
        await installWorker(page);
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
        await page.getByLabel(finalRound).check();

        // Deploy: a changed service worker is what a new build ships.
        appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });
        await page.getByText(ready).waitFor();
        await expectLanguage(page, lang);
        // Nothing happened behind the person's back: the choice they were making is still there.
        expect(await page.getByLabel(finalRound).isChecked()).toBe(true);

        await Promise.all([
          page.waitForEvent('load'),
          page.getByRole('button', { name: words.frame.noticeMessages.reload }).click(),
        ]);
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
        expect(new URL(page.url()).search).toBe('?caller=agency&step=round');
        expect(await page.locator('main h1').textContent()).toBe(words.questions.round.prompt);
        await expectLanguage(page, lang);
      } finally {
        await context.close();
        server.stop();
        await server.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  // English only: which tab applies the update is the same code in every language, and the
  // Spanish offer and button are read in the test above.

  it('applied in one tab, is applied by the Reload offered in another tab too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'callback-update-'));
    cpSync('dist', root, { recursive: true });
    const server = (await serveDist({ root, port: 0 })) as Server;
    const context = await browser().newContext();
    try {
      const open = async (query: string) => {
        const page = await context.newPage();
        await page.goto(`${server.url}/?${query}`);
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
        return page;
      };
      const first = await open('caller=agency&step=round');
      await installWorker(first);
      const second = await open('caller=recruiter&contact=spoke&step=days');
      await second.waitForFunction(() => navigator.serviceWorker.controller !== null);

      appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
      await first.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      for (const page of [first, second])
        await page.getByText(/A new version of Callback is ready/).waitFor();

      await Promise.all([
        first.waitForEvent('load'),
        first.getByRole('button', { name: 'Reload' }).click(),
      ]);
      // The second tab is still the page it was: a mark left on it shows whether it reloads.
      await second.evaluate(() => {
        (window as unknown as { stillTheOldPage: boolean }).stillTheOldPage = true;
      });
      await Promise.all([
        second.waitForEvent('load', { timeout: 10_000 }),
        second.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await second.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(
        await second.evaluate(
          () => (window as unknown as { stillTheOldPage?: boolean }).stillTheOldPage,
        ),
      ).toBeUndefined();
      expect(new URL(second.url()).search).toBe('?caller=recruiter&contact=spoke&step=days');
      expect(await second.locator('main h1').textContent()).toBe(
        'How many days ago was that interview?',
      );
      // Both tabs now run the new version, so neither offers it again.
      for (const page of [first, second]) {
        expect(await page.getByText(/A new version of Callback is ready/).count()).toBe(0);
      }
    } finally {
      await context.close();
      server.stop();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
