import { act, screen, within } from '@testing-library/react';
import { STORAGE_KEY } from '../../src/state/storage.ts';
import { currentQuery, openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('saving on this device', () => {
  it('keeps ticks and notes across a reload, and offers to continue from the bare app', async () => {
    const first = await openApp(offerLink);
    await first.user.click(screen.getByLabelText(/Decide the lowest salary/));
    await first.user.type(
      screen.getByLabelText('My notes for the call'),
      'Ask Dana about the bonus',
    );
    first.unmount();

    const again = await openApp();
    expect(
      screen.getByRole('heading', { name: 'Continue where you left off?' }),
    ).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A job offer');
    expect(screen.getByLabelText(/Decide the lowest salary/)).toBeChecked();
    expect(screen.getByLabelText('My notes for the call')).toHaveValue('Ask Dana about the bonus');
  });

  it('Start a new call puts the offer away and starts at the first question', async () => {
    const first = await openApp(offerLink);
    await first.user.click(screen.getByLabelText(/Decide the lowest salary/));
    first.unmount();
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: 'Start a new call' }));
    expect(screen.queryByRole('heading', { name: 'Continue where you left off?' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who called you?');
  });

  it('keeps deleted notes deleted after a reload, also with no question answered', async () => {
    const first = await openApp('view=results');
    const notes = screen.getByLabelText('My notes for the call');
    await first.user.type(notes, 'Dana, 555 0100');
    await first.user.clear(notes);
    first.unmount();

    // Its answers were never given, so Continue would go on at the first question: open the
    // call from the list instead, at its results, where the notes are.
    const again = await openApp('view=calls');
    await again.user.click(screen.getByRole('link', { name: 'Unnamed call' }));
    expect(await screen.findByLabelText('My notes for the call')).toHaveValue('');
  });

  it('shows the results with a name saved earlier that cannot be encoded', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        query: offerLink.replace('&view=results', ''),
        notes: 'half an emoji \ud83d',
        names: { theirName: 'Dana\ud800' },
        savedAt: '2026-11-26T09:00:00.000Z',
      }),
    );
    const { user } = await openApp();
    // The session of an earlier version becomes a call a moment after the page opens.
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /A job offer/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('My notes for the call')).toHaveValue('half an emoji \ufffd');
  });

  it('does not replace the saved session just because a link was opened', async () => {
    const mine = await openApp(offerLink);
    await mine.user.type(screen.getByLabelText('My notes for the call'), 'mine');
    mine.unmount();
    (await openApp('caller=agency&round=screen&view=results')).unmount();
    const again = await openApp();
    await again.user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /A job offer/ }),
    ).toBeInTheDocument();
  });

  it('never puts the notes into the link', async () => {
    const { user } = await openApp(offerLink);
    await user.type(screen.getByLabelText('My notes for the call'), 'Salary 85000, Dana Smith');
    expect(decodeURIComponent(window.location.href)).not.toMatch(/85000|Dana/);
    expect(currentQuery()).toBe(offerLink);
  });

  it('keeps working from the link and says once that it cannot save when storage is full', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    const { user } = await openApp(offerLink);
    await user.click(screen.getByLabelText(/Decide the lowest salary/));
    await user.click(screen.getByLabelText(/Look up what similar roles pay/));
    expect(setItem).toHaveBeenCalled();
    expect(screen.getAllByText(/storage is full/)).toHaveLength(1);
    // Honest about what the link cannot carry.
    expect(screen.getByText(/storage is full/)).toHaveTextContent(
      'Your notes and the call’s details are never in the link, so changes to them will be gone when you close or reload this page.',
    );
    expect(screen.getByText(/^2 of \d+ done$/)).toBeInTheDocument();
    expect(currentQuery()).toMatch(/done=offer-know-your-number,offer-research-pay/);
    await user.click(screen.getAllByRole('button', { name: 'Hide this message' })[0]!);
    // The button is gone; keyboard focus goes to the page's heading, not to nowhere.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.click(screen.getByLabelText(/Write down the three things/));
    expect(screen.queryByText(/storage is full/)).toBeNull();
  });

  it('works when the browser blocks storage entirely', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });
    const { user } = await openApp();
    const notice = screen.getByText(/not letting Callback save anything/);
    // It promises only what the link keeps: answers and ticks, never the notes.
    expect(notice).toHaveTextContent('Your answers and ticks are in the link');
    expect(notice).toHaveTextContent(/notes .* are never in the link, so they will be gone/);
    await user.click(screen.getByLabelText('The hiring manager or an interviewer'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How did they get in touch?',
    );
    expect(screen.getAllByText(/not letting Callback save anything/)).toHaveLength(1);
  });

  it.each([
    '{not json',
    '{"version":1,"query":42}',
    '{"version":99,"query":"","notes":"","savedAt":""}',
    'null',
    '"a string"',
  ])('leaves saved data it cannot read (%s) as it is, and says so', async (raw) => {
    window.localStorage.setItem(STORAGE_KEY, raw);
    const { user } = await openApp();
    const notice = screen.getByText(/could not be read/);
    expect(notice).toHaveTextContent('We have left them exactly as they are');
    // Perhaps damaged, not only newer: no promise that a later version opens them.
    expect(notice).toHaveTextContent('a newer version may be able to open them');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who called you?');
    await user.click(screen.getByLabelText('The hiring manager or an interviewer'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('lists the calls saved here, from the link in every page’s footer', async () => {
    const first = await openApp(offerLink);
    await first.user.type(screen.getByLabelText('Company'), 'Acme');
    await first.user.click(screen.getByRole('link', { name: 'Your saved calls' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your saved calls' }),
    ).toHaveFocus();
    const list = screen.getByRole('list', { name: 'Saved calls, newest first' });
    expect(within(list).getByRole('link', { name: 'Acme' })).toBeInTheDocument();
    expect(list).toHaveTextContent('Most likely: A job offer');
  });
});

describe('a new version', () => {
  it('is offered quietly, and reloads only when asked', async () => {
    const { user, store } = await openApp('step=round');
    const reload = vi.fn();
    act(() => store.getState().offerUpdate(reload));
    expect(screen.getByText(/A new version of Callback is ready/)).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says what a reload keeps: the link’s answers, and notes only when this device saves them', async () => {
    const { store } = await openApp(offerLink);
    act(() => store.getState().offerUpdate(() => undefined));
    expect(screen.getByText(/A new version of Callback is ready/)).toHaveTextContent(
      'with your answers and ticks from the link and your notes from this device',
    );
  });

  it('warns before a reload that loses the notes, when this browser is not saving', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    const { user, store } = await openApp(offerLink);
    await user.type(screen.getByLabelText('My notes for the call'), 'Dana');
    act(() => store.getState().offerUpdate(() => undefined));
    const notice = screen.getByText(/A new version of Callback is ready/);
    expect(notice).toHaveTextContent('your answers and ticks are in the link');
    expect(notice).toHaveTextContent(
      'Your notes and the call’s details are not in the link and this browser is not saving them, so copy anything you need first.',
    );
    expect(notice).not.toHaveTextContent(/notes from this device/);
  });
});
