import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectClean, useBrowser, watchedContext } from './browser.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** A phone held upright: the width a newcomer stumbled at. */
const PHONE = { width: 390, height: 844 };

/** The smallest comfortable touch target (WCAG 2.5.5, and the platforms' own guides). */
const TOUCH = 44;

/** A call saved on this device, with a long company name and role, as a person may type them. */
const saved = {
  version: 1,
  id: 'phone0001',
  query: 'caller=recruiter&contact=spoke&round=final&days=2&topics=salary&tone=warm',
  company: 'Northwind Logistics International',
  role: 'Senior data analyst, supply chain',
  contactName: 'Dana Reyes',
  phone: '+1 555 0100',
  notes: '',
  theirName: '',
  myName: '',
  timeline: [],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

/** Whether the page scrolls sideways: something wider than the screen. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe.each(['en', 'es'] as const)('on a phone, in %s', (lang) => {
  async function phone() {
    const { context, watch, open } = await watchedContext(browser(), baseURL, {
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      locale: lang === 'es' ? 'es-ES' : 'en-US',
    });
    const page = await open(`lang=${lang}`);
    await page.evaluate(
      (call) => localStorage.setItem(`callback:call:${call.id}`, JSON.stringify(call)),
      saved,
    );
    return { context, watch, open, page };
  }

  it('gives every control on the calls list a touch target of at least 44 by 44 px', async () => {
    const { context, watch, open } = await phone();
    const page = await open(`view=calls&lang=${lang}`);
    const item = page.locator(`li[data-call="${saved.id}"]`);
    await item.waitFor();
    const controls = item.locator('a, button');
    expect(await controls.count()).toBeGreaterThanOrEqual(4);
    for (const control of await controls.all()) {
      const box = await control.boundingBox();
      const name = (await control.textContent())?.trim();
      expect(box, name).not.toBeNull();
      expect(box!.height, `${name}: height`).toBeGreaterThanOrEqual(TOUCH);
      expect(box!.width, `${name}: width`).toBeGreaterThanOrEqual(TOUCH);
    }
    // Open comes first and is the one filled button; Delete comes last.
    const actions = item.locator('.call-actions > *');
    const first = (await actions.first().getAttribute('class'))?.split(' ');
    expect(first).toContain('button');
    expect(first).not.toContain('button-secondary');
    expect(await actions.last().getAttribute('data-action')).toBe('delete-call');
    expect(await scrollsSideways(page)).toBe(false);
    await expectClean(context, watch);
    await context.close();
  });

  it('gives the small text controls on the results and check pages 44 px tall targets', async () => {
    const { context, watch, open } = await phone();
    const results = await open(`${saved.query}&view=results&lang=${lang}`);
    const small = [
      results.locator('ol.ranked details.why summary').first(),
      results.locator('ol.ranked ~ * .link-button, ol.ranked + .link-button').first(),
      results.locator('.site-footer a').first(),
    ];
    for (const control of small) {
      const box = await control.boundingBox();
      expect(box, (await control.textContent()) ?? '').not.toBeNull();
      expect(box!.height, (await control.textContent()) ?? '').toBeGreaterThanOrEqual(TOUCH);
    }
    const check = await open(`${saved.query}&view=check&lang=${lang}`);
    const changes = check.locator('.summary-action a');
    expect(await changes.count()).toBe(6);
    for (const change of await changes.all()) {
      expect((await change.boundingBox())!.height).toBeGreaterThanOrEqual(TOUCH);
    }
    expect(await scrollsSideways(check)).toBe(false);
    await expectClean(context, watch);
    await context.close();
  });

  it('shows the follow-up email and its names form without sideways scrolling', async () => {
    const { context, watch, open } = await phone();
    const page = await open(`${saved.query}&view=results&call=${saved.id}&lang=${lang}`);
    const email = page.locator('[data-reply]');
    await email.scrollIntoViewIfNeeded();
    const names = page.locator('fieldset.email-names input');
    expect(await names.count()).toBeGreaterThan(0);
    await names.first().fill('Dana');
    await expect.poll(() => email.textContent()).toContain('Dana');
    // Every name field and the email itself sit inside the screen, whole.
    for (const box of [
      ...(await Promise.all((await names.all()).map((name) => name.boundingBox()))),
      await email.boundingBox(),
    ]) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await scrollsSideways(page)).toBe(false);
    await expectClean(context, watch);
    await context.close();
  });
});
