import { screen, within, act } from '@testing-library/react';
import { currentQuery, openApp } from './render-app.tsx';

function heading() {
  return screen.getByRole('heading', { level: 1 });
}

describe('the wizard', () => {
  it('walks through all six questions by keyboard alone, then shows the check page', async () => {
    const { user } = await openApp();
    expect(heading()).toHaveTextContent('Who called you?');
    expect(screen.getByText('Question 1 of 6')).toBeInTheDocument();

    // Radios: arrows move the choice within the group, Enter submits the form.
    screen.getByLabelText('HR or an in-house recruiter').focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByLabelText('The hiring manager or an interviewer')).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByLabelText('HR or an in-house recruiter')).toBeChecked();
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('How did they get in touch?');
    expect(heading()).toHaveFocus();
    expect(currentQuery()).toBe('caller=recruiter&step=contact');
    expect(document.title).toMatch(/How did they get in touch\? \(question 2 of 6\)/);

    await user.click(screen.getByLabelText('We spoke on the phone'));
    await user.keyboard('{Enter}');
    await user.click(screen.getByLabelText('The final round'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('How many days ago was that interview?');

    await user.type(screen.getByLabelText('Days since the interview'), '2{Enter}');
    expect(heading()).toHaveTextContent('What did they mention or ask about?');

    // Checkboxes: Space ticks the focused one.
    screen.getByLabelText('Salary or pay').focus();
    await user.keyboard(' ');
    await user.click(screen.getByLabelText('When you could start, or your notice period'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('How did they sound?');

    await user.click(screen.getByLabelText('Upbeat and friendly'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Check your answers');
    expect(currentQuery()).toBe(
      'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=check',
    );

    await user.click(screen.getByRole('button', { name: 'See what the call likely means' }));
    expect(await screen.findByRole('heading', { level: 1, name: /A job offer/ })).toHaveFocus();
    expect(currentQuery()).toMatch(/view=results$/);
  });

  it('lets every question be skipped: Continue with nothing chosen means "Not sure"', async () => {
    const { user } = await openApp();
    for (let i = 0; i < 6; i += 1)
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Check your answers');
    expect(currentQuery()).toBe(
      'caller=unknown&contact=unknown&round=unknown&days=unknown&tone=unknown&view=check',
    );
  });

  it('keeps answers when going Back, and the browser Back button follows the link', async () => {
    const { user } = await openApp();
    await user.click(screen.getByLabelText('An outside recruiter or agency'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Who called you?');
    expect(screen.getByLabelText('An outside recruiter or agency')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByLabelText('They left a voicemail'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Which interview');
    act(() => {
      window.history.back();
    });
    await screen.findByRole('heading', { level: 1, name: 'How did they get in touch?' });
    expect(screen.getByLabelText('They left a voicemail')).toBeChecked();
  });

  it('Change on the check page returns to the question, then back, keeping every other answer', async () => {
    const { user } = await openApp(
      'caller=recruiter&contact=spoke&round=middle&days=3&topics=onsite&tone=neutral&view=check',
    );
    const row = screen.getByText('Latest interview').closest('div')!;
    await user.click(within(row).getByRole('link', { name: /Change/ }));
    expect(heading()).toHaveTextContent('Which interview was your most recent one?');
    expect(screen.getByLabelText('A middle round')).toBeChecked();
    await user.click(screen.getByLabelText('The final round'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Check your answers');
    expect(currentQuery()).toBe(
      'caller=recruiter&contact=spoke&round=final&days=3&topics=onsite&tone=neutral&view=check',
    );
  });

  it('makes "Nothing specific" and the topics exclude each other', async () => {
    const { user } = await openApp('step=topics');
    await user.click(screen.getByLabelText('Salary or pay'));
    await user.click(screen.getByLabelText('Nothing specific'));
    expect(screen.getByLabelText('Salary or pay')).not.toBeChecked();
    await user.click(screen.getByLabelText('References'));
    expect(screen.getByLabelText('Nothing specific')).not.toBeChecked();
  });

  it('explains days it cannot read and keeps the person on the question', async () => {
    const { user } = await openApp('step=days');
    await user.type(screen.getByLabelText('Days since the interview'), 'soon');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the number of days, like 2 or “a week ago”',
    );
    expect(heading()).toHaveTextContent('How many days ago');
    expect(currentQuery()).toBe('step=days');
  });

  it('Start again clears the answers and goes to the first question', async () => {
    const { user } = await openApp('caller=agency&round=final&view=check');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(heading()).toHaveTextContent('Who called you?');
    expect(screen.getByLabelText('An outside recruiter or agency')).not.toBeChecked();
    expect(currentQuery()).toBe('step=caller');
  });
});

describe('history', () => {
  it('Back from the second question returns to the first, with its answer, not the results', async () => {
    const { user } = await openApp();
    await user.click(screen.getByLabelText('An outside recruiter or agency'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    act(() => {
      window.history.back();
    });
    await screen.findByRole('heading', { level: 1, name: 'Who called you?' });
    expect(screen.getByLabelText('An outside recruiter or agency')).toBeChecked();
  });
});

describe('the page title while an error shows', () => {
  const daysTitle = 'How many days ago was that interview? (question 4 of 6) – Callback';

  it('starts with "Error:" while the error shows, and goes back once it is fixed', async () => {
    const { user } = await openApp('step=days');
    expect(document.title).toBe(daysTitle);
    await user.type(screen.getByLabelText('Days since the interview'), 'soon');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(document.title).toBe(`Error: ${daysTitle}`);

    await user.clear(screen.getByLabelText('Days since the interview'));
    await user.type(screen.getByLabelText('Days since the interview'), '3');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe(daysTitle);

    // A second mistake says so again; a good answer moves on with a plain title.
    await user.clear(screen.getByLabelText('Days since the interview'));
    await user.type(screen.getByLabelText('Days since the interview'), '999');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.title).toBe(`Error: ${daysTitle}`);
    await user.clear(screen.getByLabelText('Days since the interview'));
    await user.type(screen.getByLabelText('Days since the interview'), 'two days{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What did they mention or ask about?' });
    expect(document.title).toBe('What did they mention or ask about? (question 5 of 6) – Callback');
  });

  it('says "Error:" for a date that cannot be used, and not after going Back', async () => {
    const { user } = await openApp('round=final&step=days');
    await user.type(screen.getByLabelText('Pick the date of the interview'), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.title).toBe(`Error: ${daysTitle}`);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Which interview was your most recent one?');
    expect(document.title).toMatch(
      /^Which interview was your most recent one\? \(question 3 of 6\)/,
    );
  });
});
