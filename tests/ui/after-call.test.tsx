import { screen, within } from '@testing-library/react';
import { readCalls } from '../../src/state/calls.ts';
import { currentCall, currentQuery, openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 10, 30));
});
afterEach(() => {
  vi.useRealTimers();
});

const afterCall = () => screen.getByRole('region', { name: 'After the call' });
const whatWasIt = () => within(afterCall()).getByLabelText('What was it?');
const saved = () => readCalls(() => window.localStorage).calls;
const lines = () =>
  within(within(afterCall()).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('after the call: what was it?', () => {
  it('records what it really was where the person is, and opens that prep on request', async () => {
    const { user } = await openApp(offerLink);
    expect(whatWasIt()).toHaveValue('');
    await user.selectOptions(whatWasIt(), 'A reference check');
    const save = within(afterCall()).getByRole('button', { name: 'Save what it was' });
    await user.click(save);
    // Said right there; the page does not jump away from the person.
    expect(within(afterCall()).getByRole('status')).toHaveTextContent(
      'Saved: it was “A reference check”.',
    );
    expect(save).toHaveFocus();
    expect(currentQuery()).not.toContain('reason=');

    const [call] = saved();
    expect(call?.id).toBe(currentCall());
    expect(call?.outcome).toBe('reference-check');
    expect(lines()).toEqual([
      expect.stringMatching(/^You started this prep/),
      expect.stringMatching(/^You noted it was “A reference check”/),
    ]);
    // A noted line is changed with the list above, never removed on its own.
    expect(within(afterCall()).queryByRole('button', { name: /^Remove “You noted/ })).toBeNull();

    await user.click(
      within(afterCall()).getByRole('button', { name: 'Open the prep for “A reference check”' }),
    );
    const prepHeading = screen.getByRole('heading', { level: 2, name: /^How to get ready/ });
    expect(prepHeading).toHaveTextContent('A reference check');
    expect(prepHeading).toHaveFocus();
    expect(currentQuery()).toContain('reason=reference-check');
    expect(
      screen.getAllByText(
        'The prep below is for “A reference check”, what you noted the call turned out to be.',
        {
          exact: false,
        },
      ),
    ).toHaveLength(2);
    expect(within(afterCall()).queryByRole('button', { name: /^Open the prep/ })).toBeNull();
  });

  it('keeps "something else" without opening another prep, and can clear it again', async () => {
    const { user } = await openApp(offerLink);
    await user.selectOptions(whatWasIt(), 'Something else');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    expect(currentQuery()).not.toContain('reason=');
    expect(saved()[0]?.outcome).toBe('other');

    await user.selectOptions(whatWasIt(), 'Not noted yet');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    expect(saved()[0]).not.toHaveProperty('outcome');
    expect(within(afterCall()).getByText(/nothing is noted for this call now/)).toBeInTheDocument();
  });

  it('shows the outcome saved before when the call is opened again', async () => {
    const first = await openApp(offerLink);
    await first.user.selectOptions(whatWasIt(), 'Another interview');
    await first.user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    const link = window.location.search.slice(1);
    first.unmount();

    await openApp(link.replace(/&?reason=[a-z-]+/, ''));
    expect(whatWasIt()).toHaveValue('next-interview');
  });
});

describe("after the call: the call's timeline", () => {
  it('adds "I called them back" with its time, and a line tapped by mistake can be removed', async () => {
    const { user } = await openApp(offerLink);
    await user.click(within(afterCall()).getByRole('button', { name: 'I called them back' }));
    vi.setSystemTime(new Date(2026, 10, 27, 14, 5));
    await user.click(within(afterCall()).getByRole('button', { name: 'They called again' }));

    expect(lines()).toEqual([
      expect.stringMatching(/^You started this prep/),
      expect.stringMatching(/^You called them back.*10:30/),
      expect.stringMatching(/^They called.*2:05/),
    ]);
    expect(saved()[0]?.timeline.map((entry) => entry.kind)).toEqual(['called-back', 'called']);

    await user.click(
      within(afterCall()).getByRole('button', { name: /^Remove “They called, .*2:05/ }),
    );
    expect(lines()).toHaveLength(2);
    expect(within(afterCall()).getByRole('heading', { name: 'What happened' })).toHaveFocus();
    expect(saved()[0]?.timeline.map((entry) => entry.kind)).toEqual(['called-back']);
    expect(within(afterCall()).getByText(/^Removed: They called/)).toBeInTheDocument();
  });
});

describe('after the call, on a link no call was saved from yet', () => {
  it('says nothing is noted yet, and the first line makes it a saved call', async () => {
    const { user } = await openApp(offerLink);
    expect(within(afterCall()).getByText(/^Nothing noted yet/)).toBeInTheDocument();
    expect(currentCall()).toBeUndefined();
    await user.click(within(afterCall()).getByRole('button', { name: 'I called them back' }));
    expect(currentCall()).toBeDefined();
    expect(within(afterCall()).queryByText(/^Nothing noted yet/)).toBeNull();
  });
});

describe('a call whose outcome was noted, opened again from the list', () => {
  it('opens at the prep of what it turned out to be', async () => {
    const first = await openApp(offerLink);
    await first.user.type(screen.getByLabelText('Company'), 'Acme');
    await first.user.selectOptions(whatWasIt(), 'A reference check');
    await first.user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    first.unmount();

    const again = await openApp('view=calls');
    await again.user.click(screen.getByRole('link', { name: 'Acme' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'How to get ready: A reference check' }),
    ).toBeInTheDocument();
    expect(currentQuery()).toContain('reason=reference-check');
  });
});

describe('once what it was is noted, the top of the results says so', () => {
  const heading = () => screen.getByRole('heading', { level: 1 });

  it('heads the page with what it was, no longer a guess, and keeps the list as what the answers suggested', async () => {
    const { user } = await openApp(offerLink);
    expect(heading()).toHaveTextContent('Most likely: A job offer');
    await user.selectOptions(whatWasIt(), 'A reference check');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));

    expect(heading()).toHaveTextContent('It was: A reference check');
    expect(heading()).not.toHaveTextContent(/likely|guess/i);
    const top = document.querySelector('[data-confidence]')!;
    expect(top).toHaveTextContent('You noted this after the call.');
    expect(top).not.toHaveTextContent(/How sure/);
    // The ranking stays, in rank order, named as what the answers had suggested.
    const list = screen.getByRole('region', { name: 'What your answers had suggested' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('data-reason', 'offer');

    // The prep of what it was is one tap away from the top.
    await user.click(
      within(top as HTMLElement).getByRole('button', { name: 'Show how to get ready for it' }),
    );
    expect(screen.getByRole('heading', { level: 2, name: /^How to get ready/ })).toHaveTextContent(
      'A reference check',
    );
    expect(
      within(top as HTMLElement).queryByRole('button', { name: 'Show how to get ready for it' }),
    ).toBeNull();
    // The way back no longer calls the suggestion "the most likely": the call was something else.
    expect(screen.queryByRole('button', { name: /most likely/i })).toBeNull();
    // Said at the top and again at the prep.
    const back = screen.getAllByRole('button', {
      name: 'Show the prep for what your answers had suggested: a job offer',
    });
    expect(back).toHaveLength(2);
    await user.click(back[0]!);
    expect(screen.getByRole('heading', { level: 2, name: /^How to get ready/ })).toHaveTextContent(
      'A job offer',
    );
  });

  it('names the company, says "something else" plainly, and guesses again once cleared', async () => {
    const { user } = await openApp(offerLink);
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.selectOptions(whatWasIt(), 'A job offer');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    expect(heading()).toHaveTextContent('Acme: it was a job offer');

    await user.selectOptions(whatWasIt(), 'Something else');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    expect(heading()).toHaveTextContent('Acme: it was something else');

    await user.selectOptions(whatWasIt(), 'Not noted yet');
    await user.click(within(afterCall()).getByRole('button', { name: 'Save what it was' }));
    expect(heading()).toHaveTextContent('Acme: most likely a job offer');
    expect(screen.getByRole('region', { name: 'What the call could mean' })).toBeInTheDocument();
  });
});
