import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findQuestion } from '../../src/domain/core.ts';
import { createAppStore } from '../../src/state/store.ts';
import { answerText } from '../../src/ui/answer-text.ts';
import { StoreProvider } from '../../src/ui/store-context.tsx';
import { QuestionPage } from '../../src/ui/wizard/question-page.tsx';
import { currentQuery, openApp } from './render-app.tsx';

// The days are counted from the person's own today: Friday, November 27, 2026, mid-morning.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 10, 30));
});
afterEach(() => {
  vi.useRealTimers();
});

function dateField() {
  return screen.getByLabelText('Pick the date of the interview');
}

function daysField() {
  return screen.getByLabelText('Days since the interview');
}

describe('the interview date, on the days question', () => {
  it('fills in the days from a date picked, and the link carries the days', async () => {
    const { user } = await openApp('caller=recruiter&step=days');
    await user.type(dateField(), '2026-11-24');
    expect(daysField()).toHaveValue('3');
    expect(dateField()).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What did they mention or ask about?',
    );
    expect(currentQuery()).toBe('caller=recruiter&days=3&step=topics');
  });

  it('shows the date the days typed stand for, and the date of days already answered', async () => {
    const { user } = await openApp('days=10&step=days');
    expect(dateField()).toHaveValue('2026-11-17');
    await user.clear(daysField());
    await user.type(daysField(), '1');
    expect(dateField()).toHaveValue('2026-11-26');
  });

  it.each([
    ['a year typed as 26', '0026-11-24', 'Enter the year in full, with all four digits, like 2026'],
    ['a date after today', '2026-11-28', 'The date of the interview must be today or earlier'],
    [
      'a date more than a year ago',
      '2025-11-01',
      'The date must be within the last 365 days. For an older interview, tick “Not sure”',
    ],
    ['a year typed with five digits', '20261-11-24', 'must be today or earlier'],
  ])('explains %s next to the field, and leaves the days alone', async (_, typed, message) => {
    const { user } = await openApp('days=2&step=days');
    await user.clear(dateField());
    await user.type(dateField(), typed);
    expect(dateField()).toHaveAttribute('aria-invalid', 'true');
    expect(dateField()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(daysField()).toHaveValue('2');

    // Continue does not move on from a date that cannot be used: the summary links to it.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: new RegExp(message.slice(0, 20)) })).toHaveAttribute(
      'href',
      '#days-date',
    );
    expect(currentQuery()).toBe('days=2&step=days');
  });

  it('clears the message once a good date is picked', async () => {
    const { user } = await openApp('step=days');
    await user.type(dateField(), '2026-11-28');
    expect(screen.getByText(/must be today or earlier/)).toBeInTheDocument();
    await user.clear(dateField());
    await user.type(dateField(), '2026-11-20');
    expect(screen.queryByText(/must be today or earlier/)).not.toBeInTheDocument();
    expect(dateField()).not.toHaveAttribute('aria-invalid');
    expect(daysField()).toHaveValue('7');
  });

  it('"Not sure" empties and turns off both the days and the date', async () => {
    const { user } = await openApp('days=4&step=days');
    await user.click(screen.getByLabelText('Not sure'));
    expect(daysField()).toHaveValue('');
    expect(dateField()).toHaveValue('');
    expect(dateField()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentQuery()).toBe('days=unknown&step=topics');
  });
});

describe('"Not sure" on the days question', () => {
  it('is a checkbox that the keyboard can take back, bringing the fields back', async () => {
    const { user } = await openApp('step=days');
    const notSure = screen.getByRole('checkbox', { name: 'Not sure' });
    await user.click(dateField());
    await user.tab();
    expect(notSure).toHaveFocus();
    await user.keyboard(' ');
    expect(notSure).toBeChecked();
    expect(daysField()).toBeDisabled();
    await user.keyboard(' ');
    expect(notSure).not.toBeChecked();
    expect(daysField()).toBeEnabled();
    expect(dateField()).toBeEnabled();
    await user.type(daysField(), '2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentQuery()).toBe('days=2&step=topics');
  });
});

describe('days typed in words', () => {
  /**
   * What the page says it understood: under the days field, and heard with it. The reader of
   * words loads when the question opens, so a test waits for what it says.
   */
  function understood() {
    const said = daysField().getAttribute('aria-describedby') ?? '';
    const region = screen.getAllByRole('status').find((status) => status.id === said);
    expect(daysField()).toHaveAccessibleDescription(region?.textContent ?? '');
    return region;
  }

  it.each([
    ['2 days', 2, 'We read that as 2 days ago, Wednesday, November 25.'],
    ['two days', 2, 'We read that as 2 days ago, Wednesday, November 25.'],
    ['A week ago.', 7, 'We read that as 7 days ago, Friday, November 20.'],
    ['yesterday', 1, 'We read that as 1 day ago, Thursday, November 26.'],
    ['today', 0, 'We read that as today, Friday, November 27.'],
  ])(
    'reads %j as it is typed, says what it understood, and the link holds the number',
    async (typed, days, said) => {
      const { user } = await openApp('caller=recruiter&step=days');
      expect(understood()).toBeEmptyDOMElement();
      await user.type(daysField(), typed);
      await waitFor(() => expect(understood()).toHaveTextContent(said));
      // The date field follows, as it does for digits.
      expect(dateField()).toHaveValue(`2026-11-${String(27 - days)}`);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'What did they mention or ask about?',
      );
      expect(currentQuery()).toBe(`caller=recruiter&days=${String(days)}&step=topics`);
    },
  );

  it('says when what it understood is a guess', async () => {
    const { user } = await openApp('step=days');
    await user.type(daysField(), 'last week');
    await waitFor(() =>
      expect(understood()).toHaveTextContent(
        'We took that as 7 days ago, Friday, November 20, as a guess. If you know the day, type the number of days or pick the date.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentQuery()).toBe('days=7&step=topics');
  });

  it('names the year of a day in another year', async () => {
    const { user } = await openApp('step=days');
    await user.type(daysField(), 'a year ago');
    await waitFor(() =>
      expect(understood()).toHaveTextContent(
        'We took that as 365 days ago, Thursday, November 27, 2025, as a guess.',
      ),
    );
  });

  it('says nothing more for plain digits: the date field already shows the day', async () => {
    const { user } = await openApp('step=days');
    await user.type(daysField(), '14');
    expect(understood()).toBeEmptyDOMElement();
    expect(dateField()).toHaveValue('2026-11-13');
  });

  it('takes "not sure" typed in the field as Not sure', async () => {
    const { user } = await openApp('step=days');
    await user.type(daysField(), 'not sure');
    await waitFor(() => expect(understood()).toHaveTextContent('We read that as “Not sure”.'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentQuery()).toBe('days=unknown&step=topics');
  });

  it.each([
    ['soon', 'Enter the number of days, like 2 or “a week ago”, or tick “Not sure”'],
    [
      '400 days',
      'The interview must be within the last 365 days. For an older interview, tick “Not sure”',
    ],
    ['1.5', 'Enter a whole number of days, like 2'],
  ])(
    'explains why %j cannot be used, and keeps the person on the question',
    async (typed, message) => {
      const { user } = await openApp('step=days');
      await user.type(daysField(), typed);
      expect(understood()).toBeEmptyDOMElement();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#days-input');
      expect(daysField()).toHaveAttribute('aria-invalid', 'true');
      expect(currentQuery()).toBe('step=days');
    },
  );
});

describe('the interview date, heard by the page around the question', () => {
  function renderDays(onInterviewDate: (date: string | null) => void) {
    window.history.replaceState(null, '', '/?step=days');
    render(
      <StoreProvider store={createAppStore()}>
        <QuestionPage question={findQuestion('days')} onInterviewDate={onInterviewDate} />
      </StoreProvider>,
    );
    return userEvent.setup();
  }

  it('hears the date picked when the question is answered', async () => {
    const onInterviewDate = vi.fn();
    const user = renderDays(onInterviewDate);
    await user.type(dateField(), '2026-11-02');
    expect(onInterviewDate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onInterviewDate).toHaveBeenCalledExactlyOnceWith('2026-11-02');
  });

  it('hears the date the days typed stand for', async () => {
    const onInterviewDate = vi.fn();
    const user = renderDays(onInterviewDate);
    await user.type(daysField(), '5');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onInterviewDate).toHaveBeenLastCalledWith('2026-11-22');
  });

  it('hears nothing chosen as no date', async () => {
    const onInterviewDate = vi.fn();
    const user = renderDays(onInterviewDate);
    await user.click(screen.getByLabelText('Not sure'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onInterviewDate).toHaveBeenCalledExactlyOnceWith(null);
  });
});

describe('the interview date, on the check page and the printed sheet', () => {
  const answered =
    'caller=recruiter&contact=spoke&round=final&days=1&topics=salary&tone=warm&view=check';

  /** Changes the days answer from the check page by picking a date, and comes back. */
  async function pickFromCheck(user: ReturnType<typeof userEvent.setup>, date: string) {
    await user.click(screen.getByRole('link', { name: /Change.*the days since the interview/ }));
    await user.clear(dateField());
    await user.type(dateField(), date);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
  }

  /** The answers on the printed sheet, once the results page is there. */
  async function printedAnswers() {
    return within(await screen.findByRole('region', { name: 'Your answers' }));
  }

  it('shows the day itself beside the days, once a date is picked', async () => {
    const { user } = await openApp(answered);
    expect(screen.getByText('1 day ago')).toBeInTheDocument();
    await pickFromCheck(user, '2026-11-24');
    expect(screen.getByText('Tuesday, November 24, 2026 (3 days ago)')).toBeInTheDocument();
    expect(currentQuery()).toContain('days=3');
  });

  it('on the printed sheet too', async () => {
    const { user } = await openApp(answered);
    await pickFromCheck(user, '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'See what the call likely means' }));
    expect(
      await (await printedAnswers()).findByText('Tuesday, November 24, 2026 (3 days ago)'),
    ).toBeInTheDocument();
  });

  it('keeps counting the days from the date on a later day, so the sheet stays true', async () => {
    const { user } = await openApp(answered);
    await pickFromCheck(user, '2026-11-24');
    vi.setSystemTime(new Date(2026, 11, 1, 9, 0));
    await user.click(screen.getByRole('button', { name: 'See what the call likely means' }));
    expect(
      await (await printedAnswers()).findByText('Tuesday, November 24, 2026 (7 days ago)'),
    ).toBeInTheDocument();
  });

  it('keeps the plain days when only the link gives them', async () => {
    await openApp(answered.replace('days=1', 'days=3').replace('view=check', 'view=results'));
    expect((await printedAnswers()).getByText('3 days ago')).toBeInTheDocument();
  });

  it('forgets the date when the answer becomes "Not sure"', async () => {
    const { user } = await openApp(answered);
    await pickFromCheck(user, '2026-11-24');
    await user.click(screen.getByRole('link', { name: /Change.*the days since the interview/ }));
    await user.click(screen.getByLabelText('Not sure'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByText(/November 24/)).not.toBeInTheDocument();
    expect(screen.getByText('Not sure')).toBeInTheDocument();
  });

  it.each([
    ['the date with the days', 3, '2026-11-24', 'Tuesday, November 24, 2026 (3 days ago)'],
    ['today', 0, '2026-11-27', 'Friday, November 27, 2026 (Today)'],
    [
      'a date last year, with its year',
      361,
      '2025-12-01',
      'Monday, December 1, 2025 (361 days ago)',
    ],
    ['the days alone without a date', 3, undefined, '3 days ago'],
    // Saved for an older answer: the interview cannot be nearer than the days answered.
    ['the days alone when the date is nearer than they say', 5, '2026-11-25', '5 days ago'],
    ['the days alone when the date is after today', 0, '2026-11-28', 'Today'],
  ])('answerText gives %s', (_, days, date, words) => {
    expect(answerText({ days }, 'days', date)).toBe(words);
  });
});
