import { screen, waitFor, within } from '@testing-library/react';
import { visibleScenarios } from '../fixtures/scenarios.ts';
import { currentQuery, openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

function rankedIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('ol[class~="ranked"] > li[data-reason]')].map(
    (li) => li.getAttribute('data-reason') ?? '',
  );
}

describe('the results page', () => {
  it('offers a way straight to this call’s details and notes, far below the list', async () => {
    await openApp(offerLink);
    const jump = screen.getByRole('link', { name: 'Go to this call’s details and your notes' });
    const target = document.getElementById(jump.getAttribute('href')!.slice(1));
    expect(target).toHaveTextContent('About this call');
  });

  it.each(visibleScenarios)('$id shows an expected first meaning', async (scenario) => {
    // A bare link opens the first question, so "no answers at all" asks for the results.
    const { container } = await openApp(scenario.query || 'view=results');
    const ids = rankedIds(container);
    expect(ids).toHaveLength(11);
    expect(scenario.top).toContain(ids[0]);
    const confidence = container
      .querySelector('[data-confidence]')
      ?.getAttribute('data-confidence');
    if (scenario.confidence === 'low') {
      expect(confidence).toBe('low');
      expect(screen.getByText(/We know too little about this call to tell/)).toBeInTheDocument();
    }
  });

  it('names the most likely meaning, its likelihood in words and numbers, and why', async () => {
    const { user, container } = await openApp(offerLink);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Most likely: A job offer');
    const first = container.querySelector('li[data-reason="offer"]') as HTMLElement;
    expect(first).toHaveTextContent(/\d+%\s*very likely/);
    await user.click(within(first).getByText('Why'));
    expect(within(first).getByText(/They brought up salary or pay/)).toBeVisible();
    const percents = [...container.querySelectorAll('li[data-reason] strong')].map((el) =>
      Number(el.textContent?.replace('%', '')),
    );
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('says the likelihoods come from written rules, not hiring statistics', async () => {
    await openApp(offerLink);
    expect(screen.getByText(/not from real hiring data/)).toBeInTheDocument();
  });

  it('shows the prep for the top meaning: checklist, what to say, questions, what to avoid', async () => {
    const { container } = await openApp(offerLink);
    expect(
      screen.getByRole('heading', { name: 'How to get ready: A job offer' }),
    ).toBeInTheDocument();
    const boxes = container.querySelectorAll('input[type="checkbox"][data-item]');
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    expect(screen.getByText(`0 of ${String(boxes.length)} done`)).toBeInTheDocument();
    for (const name of [
      'How to answer, and what to say',
      'Questions to ask them',
      'What to avoid',
      'For any call back',
    ]) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/Saying yes on the spot/)).toBeInTheDocument();
  });

  it('ticks checklist items into the link, without adding history entries', async () => {
    const { user } = await openApp(offerLink);
    const before = window.history.length;
    const box = screen.getByLabelText(/Decide the lowest salary/);
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText(/^1 of \d+ done$/)).toBeInTheDocument();
    expect(currentQuery()).toMatch(/&done=offer-know-your-number$/);
    expect(window.history.length).toBe(before);
  });

  it('opens another meaning’s prep, as a link of its own', async () => {
    const { user, container } = await openApp(offerLink);
    const ref = container.querySelector('li[data-reason="reference-check"]') as HTMLElement;
    await user.click(within(ref).getByRole('button', { name: /Show how to get ready for this/ }));
    expect(
      screen.getByRole('heading', { name: /How to get ready: .*reference/i }),
    ).toBeInTheDocument();
    expect(currentQuery()).toMatch(/&view=results&reason=reference-check$/);
    expect(screen.getByRole('heading', { level: 2, name: /How to get ready/ })).toHaveFocus();
    expect(container.querySelector('input[data-item^="ref-"]')).not.toBeNull();
    // Said at the top of the page and again at the prep, where focus is.
    expect(
      screen.getAllByText(
        /The prep below is for “A reference check” \(\d+%\), which is not the most likely/,
      ),
    ).toHaveLength(2);
    const [backAtTop] = screen.getAllByRole('button', {
      name: 'Back to the most likely: A job offer',
    });
    await user.click(backAtTop as HTMLElement);
    expect(currentQuery()).not.toMatch(/reason=/);
    expect(screen.queryByText(/The prep below is for/)).toBeNull();
  });

  it('restores answers, the chosen meaning and ticks from a link', async () => {
    const { container } = await openApp(
      'caller=recruiter&round=final&days=5&topics=references&view=results&reason=offer&done=offer-pen-and-paper,ref-pick-people',
    );
    expect(
      screen.getByRole('heading', { name: 'How to get ready: A job offer' }),
    ).toBeInTheDocument();
    expect(container.querySelector('input[data-item="offer-pen-and-paper"]')).toBeChecked();
  });

  it('copies the link, in the page’s language, and says so', async () => {
    const { user } = await openApp(offerLink);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await window.navigator.clipboard.readText()).toBe(`${window.location.href}&lang=en`);
    expect(screen.getByText(/Link copied/)).toBeInTheDocument();
  });

  it('says so in plain words when copying is not allowed', async () => {
    const { user } = await openApp(offerLink);
    vi.spyOn(window.navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByText(/could not copy the link/)).toBeInTheDocument();
  });

  it('prints from the Print button', async () => {
    const { user } = await openApp(offerLink);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print prep sheet' }));
    // Once the QR code's code is here, which may take a moment.
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
  });

  it('Change answers goes to the check page with everything kept', async () => {
    const { user } = await openApp(offerLink);
    await user.click(screen.getByRole('link', { name: 'Change answers' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
    expect(currentQuery()).toMatch(
      /^caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=check$/,
    );
  });
});

/** Any signed decimal, as a raw weight would show: "+2.4", "−0.3", "-1.0". */
const signedDecimal = /[+−-]\d+\.\d/;

/** The lines of one "Why", in the order they read, under their titles. */
function whyLines(item: HTMLElement): string[] {
  const details = item.querySelector('details.why')!;
  return [...details.querySelectorAll('.why-title, li')].map((el) => el.textContent ?? '');
}

describe('the reasons why, in words', () => {
  it('says what pointed to the top meaning, strongest first, as what was said', async () => {
    const { user, container } = await openApp(offerLink);
    const first = container.querySelector('li[data-reason]') as HTMLElement;
    await user.click(within(first).getByText('Why'));
    expect(within(first).getByText('What pointed here most:')).toBeVisible();
    expect(whyLines(first)).toEqual([
      'What pointed here most:',
      'They brought up salary or pay (a strong sign)',
      'They asked about your start date (a clear sign)',
      'You had your final round (a clear sign)',
      'They sounded upbeat and friendly (some sign)',
      'HR or a recruiter at the company called (a small sign)',
      'Your interview was 2 days ago (a small sign)',
    ]);
  });

  it('says what pointed away from a meaning, after what pointed to it', async () => {
    const { user, container } = await openApp(offerLink);
    const rejection = container.querySelector('li[data-reason="rejection"]') as HTMLElement;
    await user.click(within(rejection).getByText('Why'));
    expect(whyLines(rejection)).toEqual([
      'What pointed here most:',
      'You had your final round (a small sign)',
      'HR or a recruiter at the company called (a small sign)',
      'What pointed away:',
      'They asked about your start date (a clear sign)',
      'They sounded upbeat and friendly (a clear sign)',
      'They brought up salary or pay (some sign)',
      'Your interview was 2 days ago (a small sign)',
    ]);
  });

  it('says so when no answer moved a meaning', async () => {
    const { user, container } = await openApp('tone=neutral&view=results');
    const quiet = [...container.querySelectorAll<HTMLElement>('li[data-reason]')].find(
      (li) => !li.querySelector('.why-list'),
    )!;
    await user.click(within(quiet).getByText('Why'));
    expect(within(quiet).getByText(/None of your answers pointed toward or away/)).toBeVisible();
  });

  it('shows no raw weight anywhere on the page, every "Why" open', async () => {
    const { user, container } = await openApp(offerLink);
    for (const why of within(container).getAllByText('Why')) await user.click(why);
    expect(container.querySelectorAll('details.why[open]')).toHaveLength(11);
    expect(document.body.textContent).not.toMatch(signedDecimal);
  });

  it('keeps the bar beside each reason from screen readers, since the words say it', async () => {
    const { user, container } = await openApp(offerLink);
    const first = container.querySelector('li[data-reason]') as HTMLElement;
    await user.click(within(first).getByText('Why'));
    const bars = first.querySelectorAll('.why-bar');
    expect(bars).toHaveLength(6);
    bars.forEach((bar) => expect(bar).toHaveAttribute('aria-hidden', 'true'));
    expect(bars[0]).toHaveAttribute('data-strength', 'strong');
    expect(bars[5]).toHaveAttribute('data-strength', 'slight');
  });
});

describe('a damaged link', () => {
  it('opens what it can and says what it ignored', async () => {
    const { container } = await openApp(
      'caller=boss&round=final&days=-3&topics=salary,llamas&view=results&done=nope',
    );
    expect(
      screen.getAllByRole('status').some((s) => /could not be read/.test(s.textContent ?? '')),
    ).toBe(true);
    expect(screen.getByText(/“Who called”/)).toBeInTheDocument();
    expect(screen.getByText(/whole number from 0 to 365/)).toBeInTheDocument();
    expect(screen.getByText(/llamas/)).toBeInTheDocument();
    expect(rankedIds(container)[0]).toBe('offer');
    // Ticked items are checked once the catalog is in; then the address is cleaned up in
    // place, so a bookmark from here on works.
    await waitFor(() => expect(currentQuery()).toBe('round=final&topics=salary&view=results'));
    expect(screen.getByText(/not on any checklist/)).toBeInTheDocument();
  });

  it('keeps a readable topic beside a damaged one, and says so when no answer was usable', async () => {
    const notice = () =>
      screen.getAllByRole('status').find((s) => /could not be read/.test(s.textContent ?? ''));
    const { container, unmount } = await openApp(
      'caller=boss&days=-3&topics=salary,%ZZ&view=results',
    );
    expect(notice()).toHaveTextContent('Everything else in the link is shown below.');
    expect(screen.getByText(/“What they mentioned” was damaged/)).toBeInTheDocument();
    expect(rankedIds(container)[0]).toBe('offer');
    unmount();

    await openApp('caller=boss&days=-3&view=results');
    expect(notice()).toHaveTextContent('None of the answers in the link could be used.');
    expect(notice()).not.toHaveTextContent('Everything else');
  });

  it.each([
    '%E0%A4%A',
    '<script>alert(1)</script>',
    '__proto__=1&constructor=2',
    '&&&===',
    'topics=' + 'x'.repeat(100_000),
  ])('never crashes on %s', async (query) => {
    await openApp(query);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(document.querySelector('script[src*="alert"]')).toBeNull();
  });
});
