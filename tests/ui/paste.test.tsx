import { screen, within } from '@testing-library/react';
import { currentQuery, openApp } from './render-app.tsx';

const voicemail =
  "Hi Alex, it's Sam from the talent team at Northwind. Great news! I'd love to talk about the package and your start date. Give me a call back.";

describe('paste what they said', () => {
  it('suggests answers with the words behind them, and applies them only when asked', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    await user.type(
      screen.getByLabelText('Paste the voicemail, email or your notes of the call'),
      voicemail,
    );
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));

    const found = await screen.findByRole('region', { name: 'What we found' });
    // Keyboard focus goes to what was found, not lost with the busy button.
    await vi.waitFor(() =>
      expect(within(found).getByRole('heading', { name: 'What we found' })).toHaveFocus(),
    );
    expect(within(found).getByText(/Salary or pay/)).toBeInTheDocument();
    expect(within(found).getByText(/“package”/)).toBeInTheDocument();
    expect(within(found).getByText('package', { selector: 'mark' })).toBeInTheDocument();
    // Nothing is applied yet.
    expect(currentQuery()).toBe('');

    await user.click(within(found).getByRole('button', { name: 'Use these answers' }));
    // Who called and how were found, so the next open question is the interview round.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Which interview');
    expect(currentQuery()).toMatch(/caller=recruiter&contact=voicemail/);
    expect(currentQuery()).toMatch(/topics=salary,start-date/);
    expect(currentQuery()).toMatch(/tone=warm/);

    // Back returns to the first question with the answers that were used, not an empty one.
    window.history.back();
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who called'),
    );
    expect(screen.getByRole('radio', { name: /HR or an in-house recruiter/ })).toBeChecked();
  });

  it('never puts the pasted text into the link or storage', async () => {
    const { user } = await openApp('caller=agency&round=middle&view=check');
    await user.click(screen.getByText(/Paste them to fill in answers/));
    await user.type(
      screen.getByLabelText('Paste the voicemail, email or your notes of the call'),
      'Secret phrase Zebra: please send two referees',
    );
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));
    await user.click(await screen.findByRole('button', { name: 'Use these answers' }));
    expect(decodeURIComponent(window.location.href)).not.toMatch(/Zebra/);
    expect(JSON.stringify({ ...window.localStorage })).not.toMatch(/Zebra/);
    expect(currentQuery()).toMatch(/topics=references/);
  });

  it('says so plainly when it finds nothing', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    await user.type(
      screen.getByLabelText('Paste the voicemail, email or your notes of the call'),
      'asdf qwerty',
    );
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));
    expect(await screen.findByText(/did not find anything we could use/)).toBeInTheDocument();
  });

  it('says the reader could not load, not that it found nothing, when its code cannot be fetched', async () => {
    // As when the person went offline before the app was saved on this device.
    vi.doMock('../../src/domain/paste/suggest.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { user } = await openApp();
      await user.click(screen.getByText(/Paste them to fill in answers/));
      const box = screen.getByLabelText('Paste the voicemail, email or your notes of the call');
      await user.type(box, voicemail);
      await user.click(screen.getByRole('button', { name: 'Suggest answers' }));

      expect(
        await screen.findByText(/could not load the part of Callback that reads pasted text/),
      ).toBeInTheDocument();
      expect(screen.getByText(/answer the questions yourself/)).toBeInTheDocument();
      expect(screen.queryByText(/did not find anything/)).not.toBeInTheDocument();
      // The text is kept for another try, and the questions still work by hand.
      expect(box).toHaveValue(voicemail);
      await user.click(screen.getByLabelText('HR or an in-house recruiter'));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(currentQuery()).toMatch(/caller=recruiter/);
    } finally {
      vi.doUnmock('../../src/domain/paste/suggest.ts');
    }
  });
});
