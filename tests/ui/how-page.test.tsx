import { screen, within } from '@testing-library/react';
import { reasons } from '../../src/domain/catalog/index.ts';
import { weightsOf } from '../../src/domain/signals.ts';
import { openApp } from './render-app.tsx';

const howLink = 'caller=recruiter&round=final&topics=salary&view=how';

/** Any signed decimal, as a raw weight would show: "+2.4", "−0.3", "-1.0". */
const signedDecimal = /[+−-]\d+\.\d/;

/** Whether `a` comes before `b` in the page. */
function before(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe('how it decides', () => {
  it('leads back to the results, or to the questions when none is answered yet', async () => {
    const first = await openApp(howLink);
    await first.user.click(screen.getByRole('link', { name: 'Back to the results' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Most likely/ })).toBeVisible();
    first.unmount();

    const second = await openApp('view=how');
    await second.user.click(screen.getByRole('link', { name: 'Back to the questions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Who called you?' })).toBeVisible();
  });

  it('starts with a short plain summary, before any detail', async () => {
    await openApp(howLink);
    const heading = screen.getByRole('heading', { level: 1, name: 'How Callback decides' });
    const details = screen.getByRole('heading', { level: 2, name: 'The details' });
    const summary = [
      screen.getByText('Counts most:'),
      screen.getByText('Counts a little:'),
      screen.getByText('It cannot know:'),
      screen.getByText(/not hiring statistics/),
    ];
    for (const line of summary) {
      expect(before(heading, line)).toBe(true);
      expect(before(line, details)).toBe(true);
    }
    expect(screen.getByText('Counts most:').parentElement).toHaveTextContent(
      /what they mentioned or asked about/,
    );
    expect(screen.getByText('Counts a little:').parentElement).toHaveTextContent(
      /how they got in touch, and how long ago/,
    );
    expect(screen.getByText('It cannot know:').parentElement).toHaveTextContent(
      /the company’s plans/,
    );
  });

  it('says plainly that the percentages are not hiring statistics', async () => {
    await openApp(howLink);
    expect(screen.getByText('These are not hiring statistics.')).toBeVisible();
    expect(screen.getByText(/No real hiring data went into the percentages/)).toBeVisible();
  });

  it('shows no weight until the person asks for the exact weights', async () => {
    const { user, container } = await openApp(howLink);
    const shown = [...container.querySelectorAll<HTMLElement>('p, li')].filter(
      (el) => signedDecimal.test(el.textContent ?? '') && !el.querySelector('p, li'),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const el of shown) expect(el).not.toBeVisible();
    const visibleText = [...container.querySelectorAll<HTMLElement>('p, li, h1, h2, h3')]
      .filter((el) => !el.closest('details:not([open])'))
      .map((el) => el.textContent)
      .join('\n');
    expect(visibleText).toMatch(/Counts most:/);
    expect(visibleText).not.toMatch(signedDecimal);

    await user.click(screen.getByText('The exact weights'));
    expect(screen.getByText('A job offer: starting score 0.0')).toBeVisible();
    expect(screen.getAllByText(/^\+2\.4/)[0]).toBeVisible();
  });

  it('words what points to each meaning, strongest first, as what was said', async () => {
    await openApp(howLink);
    const offer = screen.getByRole('region', { name: 'A job offer' });
    const lines = [...offer.querySelectorAll('.why-title, li')].map((el) => el.textContent);
    expect(lines[0]).toBe('Points to it:');
    expect(lines).toContain('They asked about your start date (a strong sign)');
    expect(lines).toContain('Points away from it:');
    expect(within(offer).queryByText(signedDecimal)).toBeNull();
  });

  it('tells the truth in its summary: what they mentioned counts most for every meaning', () => {
    const little = new Set(['caller', 'contact', 'days']);
    for (const reason of reasons) {
      const weights = weightsOf(reason.signals);
      const strongest = (keep: (question: string) => boolean) =>
        Math.max(0, ...weights.filter((w) => keep(w.question)).map((w) => Math.abs(w.weight)));
      const mentioned = strongest((q) => q === 'topics');
      expect(
        strongest((q) => q !== 'topics'),
        reason.id,
      ).toBeLessThan(mentioned);
      // "A little": never as much as half of what they mentioned can do.
      expect(
        strongest((q) => little.has(q)),
        reason.id,
      ).toBeLessThanOrEqual(mentioned / 2);
    }
  });
});
