import { screen, waitFor, within } from '@testing-library/react';
import { MAX_TEXT } from '../../src/domain/paste/suggest.ts';
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

describe('a number in the pasted text', () => {
  const withNumber = `${voicemail} My direct line is 555-010-0200, any time before five.`;

  /** Opens the paste box, pastes the text and asks for suggestions. */
  async function pasteAndSuggest(user: Awaited<ReturnType<typeof openApp>>['user'], text: string) {
    const box = screen.getByLabelText('Paste the voicemail, email or your notes of the call');
    await user.clear(box);
    await user.click(box);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));
    const found = await screen.findByRole('region', { name: 'What we found' });
    // Focus goes to what was found a frame later, as it would before a person could click.
    await waitFor(() =>
      expect(within(found).getByRole('heading', { name: 'What we found' })).toHaveFocus(),
    );
    return found;
  }

  /** The link with its escapes undone and only its digits left, to look for a number in it. */
  const digitsInLink = () => decodeURIComponent(window.location.href).replace(/\D/g, '');

  it('is offered as the call-back number, saved on this device, and shows on the results', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const found = await pasteAndSuggest(user, withNumber);

    const offer = within(found).getByRole('region', { name: 'A number to call them back' });
    expect(offer).toHaveTextContent(
      'We found a number: 555-010-0200. Use it as the call-back number?',
    );
    await user.click(within(offer).getByRole('button', { name: 'Use 555-010-0200' }));

    // Said plainly where the button was, and keyboard focus goes there rather than to nowhere.
    const saved = within(offer).getByText(/^Saved\./);
    expect(saved).toHaveTextContent(
      'Saved. 555-010-0200 is now the call-back number. It stays on this device and never goes into the link.',
    );
    expect(saved).toHaveFocus();
    expect(within(offer).queryByRole('button')).toBeNull();
    // The answers are still waiting for their own button, and nothing went into the link.
    expect(currentQuery()).toBe('');
    expect(digitsInLink()).not.toContain('5550100200');

    await user.click(within(found).getByRole('button', { name: 'Use these answers' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Which interview');
    while (!/Check your answers/.test(screen.getByRole('heading', { level: 1 }).textContent ?? ''))
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'See what the call likely means' }));
    const phone = await screen.findByLabelText('Number to call back');
    expect(phone).toHaveValue('555-010-0200');
    expect(phone).toHaveAttribute('data-field', 'phone');
    expect(screen.getByRole('link', { name: 'Call 555-010-0200' })).toHaveAttribute(
      'href',
      'tel:5550100200',
    );
    expect(digitsInLink()).not.toContain('5550100200');
  });

  it('says which number it replaces, and says so when the call already has it', async () => {
    const { user } = await openApp('caller=agency&round=middle&view=check');
    await user.click(screen.getByText(/Paste them to fill in answers/));
    let found = await pasteAndSuggest(user, withNumber);
    await user.click(within(found).getByRole('button', { name: 'Use 555-010-0200' }));

    found = await pasteAndSuggest(user, 'Sorry, wrong number before. Please try 555 010 0300.');
    const replace = within(found).getByRole('button', {
      name: 'Use 555 010 0300 instead of 555-010-0200',
    });
    await user.click(replace);
    expect(within(found).getByText(/^Saved\./)).toHaveTextContent(
      'Saved. 555 010 0300 is now the call-back number.',
    );

    // The same number again, written another way: nothing to offer, and it says why.
    found = await pasteAndSuggest(user, 'As I said, call (555) 010-0300 when you can.');
    expect(within(found).queryByRole('button', { name: /^Use 555/ })).toBeNull();
    expect(
      within(found).getByText('(555) 010-0300 is already saved as the call-back number.'),
    ).toBeInTheDocument();
    expect(within(found).queryByText(/We found a number/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'See what the call likely means' }));
    expect(await screen.findByLabelText('Number to call back')).toHaveValue('555 010 0300');
    expect(digitsInLink()).not.toMatch(/5550100[23]00/);
  });

  it('offers each of several numbers, at most three, as a choice', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const found = await pasteAndSuggest(
      user,
      'Reception 555-010-0100, my desk 555-010-0200, mobile 555-010-0300, fax 555-010-0400.',
    );
    const offer = within(found).getByRole('region', { name: 'A number to call them back' });
    expect(offer).toHaveTextContent(
      'We found 3 numbers. Which one should we keep as the call-back number?',
    );
    expect(within(offer).getAllByRole('button')).toHaveLength(3);
    expect(within(offer).queryByRole('button', { name: /0400/ })).toBeNull();

    await user.click(within(offer).getByRole('button', { name: 'Use 555-010-0200' }));
    expect(within(offer).getByText(/^Saved\./)).toHaveFocus();
    // The others now say what they would replace.
    expect(
      within(offer).getByRole('button', { name: 'Use 555-010-0100 instead of 555-010-0200' }),
    ).toBeInTheDocument();
    expect(
      within(offer).getByRole('button', { name: 'Use 555-010-0300 instead of 555-010-0200' }),
    ).toBeInTheDocument();
  });

  it('offers nothing when the text has no number, dates and amounts included', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const found = await pasteAndSuggest(
      user,
      `${voicemail} The package is 95000 a year, starting 2026-11-28.`,
    );
    expect(within(found).getByText(/Salary or pay/)).toBeInTheDocument();
    expect(within(found).queryByRole('region', { name: 'A number to call them back' })).toBeNull();
    expect(within(found).queryByRole('button', { name: /^Use \d/ })).toBeNull();
  });

  it('offers a number found on its own, rather than saying it found nothing', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const found = await pasteAndSuggest(user, 'asdf 555-010-0200 qwerty');
    await vi.waitFor(() =>
      expect(within(found).getByRole('heading', { name: 'What we found' })).toHaveFocus(),
    );
    expect(screen.queryByText(/did not find anything/)).toBeNull();
    expect(within(found).queryByRole('button', { name: 'Use these answers' })).toBeNull();
    await user.click(within(found).getByRole('button', { name: 'Use 555-010-0200' }));
    expect(within(found).getByText(/^Saved\./)).toBeInTheDocument();
  });

  it('does not promise to keep the number when this browser will not let it be saved', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const found = await pasteAndSuggest(user, withNumber);
    await user.click(within(found).getByRole('button', { name: 'Use 555-010-0200' }));
    const note = within(found).getByText(/555-010-0200 is now the call-back number/);
    expect(note).toHaveTextContent(
      '555-010-0200 is now the call-back number, for as long as this page stays open: this browser is not letting Callback save it. It never goes into the link.',
    );
    expect(note).not.toHaveTextContent(/stays on this device/);
    expect(note).toHaveFocus();
  });
});

describe('choosing which suggestions to use', () => {
  /** Opens the paste box, pastes the text and asks for suggestions. */
  async function readText(text: string) {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    await user.click(screen.getByLabelText('Paste the voicemail, email or your notes of the call'));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));
    const found = await screen.findByRole('region', { name: 'What we found' });
    return { user, found };
  }

  it('shows the words behind each suggestion, and leaves out one that is unticked', async () => {
    const { user, found } = await readText(voicemail);
    const answers = within(found).getByRole('group', { name: 'Answers we suggest' });
    const salary = within(answers).getByRole('checkbox', { name: /Salary or pay/ });
    const start = within(answers).getByRole('checkbox', { name: /When you could start/ });
    const tone = within(answers).getByRole('checkbox', { name: /How they sounded/ });
    // All ticked at first, each with the words that led to it.
    for (const box of within(answers).getAllByRole('checkbox')) expect(box).toBeChecked();
    expect(salary).toHaveAccessibleDescription('From “package”');
    expect(start).toHaveAccessibleDescription('From “start date”');

    await user.click(start);
    await user.click(tone);
    expect(start).not.toBeChecked();
    await user.click(within(found).getByRole('button', { name: 'Use these answers' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Which interview');
    expect(currentQuery()).toMatch(/topics=salary(&|$)/);
    expect(currentQuery()).not.toMatch(/start-date/);
    expect(currentQuery()).not.toMatch(/tone=/);
    expect(currentQuery()).toMatch(/caller=recruiter&contact=voicemail/);
  });

  it('says so when every suggestion is unticked, and applies nothing', async () => {
    const { user, found } = await readText('Could you send over two referees?');
    await user.click(within(found).getByRole('checkbox', { name: /References/ }));
    await user.click(within(found).getByRole('button', { name: 'Use these answers' }));
    expect(within(found).getByRole('status')).toHaveTextContent(/No answers are ticked/);
    expect(currentQuery()).toBe('');
  });

  it('says what the recruiter’s phrases usually mean, quoting their words', async () => {
    const { found } = await readText(
      'Hi Alex, thanks again for Tuesday. We had a lot of strong applicants, and the role has since been put on hold, but we’ll keep your CV on file.',
    );
    const phrases = within(found).getByRole('region', { name: 'What their words usually mean' });
    const lines = within(phrases).getAllByRole('listitem');
    expect(lines.map((line) => line.querySelector('strong')?.textContent)).toEqual([
      '“a lot of strong applicants”',
      '“role has since been put on hold”',
      '“keep your CV on file”',
    ]);
    expect(lines[1]).toHaveTextContent(/paused hiring for now/);
    expect(lines[2]).toHaveTextContent(/Usually a polite no for this role/);
    for (const line of lines) expect(line).not.toHaveTextContent(/\balways\b/i);
  });

  it('shows the phrases even when no answer is suggested, rather than saying it found nothing', async () => {
    const { found } = await readText('Just so you know, we will circle back.');
    expect(within(found).getByText('“circle back”')).toBeInTheDocument();
    expect(screen.queryByText(/did not find anything/)).toBeNull();
    expect(within(found).queryByRole('button', { name: 'Use these answers' })).toBeNull();
  });
});

describe('a very long paste', () => {
  it('is cut to what the reader reads, and the box says so', async () => {
    const { user } = await openApp();
    await user.click(screen.getByText(/Paste them to fill in answers/));
    const box = screen.getByLabelText('Paste the voicemail, email or your notes of the call');
    expect(screen.queryByText(/we kept only the first/)).toBeNull();
    await user.click(box);
    const line = 'Could you send over two referees? ';
    await user.paste(line.repeat(Math.ceil((MAX_TEXT + 5000) / line.length)));

    expect((box as HTMLTextAreaElement).value).toHaveLength(MAX_TEXT);
    expect(
      screen.getByText(
        'That is a lot of text, so we kept only the first 100,000 characters. That is far more than any message needs. Anything after that was left out.',
      ),
    ).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription(/we kept only the first 100,000 characters/);

    // What was kept is still read.
    await user.click(screen.getByRole('button', { name: 'Suggest answers' }));
    const found = await screen.findByRole('region', { name: 'What we found' });
    expect(within(found).getByRole('checkbox', { name: /References/ })).toBeChecked();
  });
});
