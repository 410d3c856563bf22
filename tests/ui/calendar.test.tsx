import { screen, within } from '@testing-library/react';
import { openApp } from './render-app.tsx';

const updateLink =
  'caller=recruiter&contact=email&round=final&days=10&topics=timeline&tone=neutral&view=results';

// Friday, November 27, 2026, mid-morning, where the person is.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 10, 30));
  URL.createObjectURL = vi.fn(() => 'blob:calendar');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function callBackForm() {
  const opened = await openApp(updateLink);
  const form = screen.getByRole('form', { name: 'Call them back' });
  return {
    ...opened,
    form,
    date: within(form).getByLabelText('Date'),
    time: within(form).getByLabelText('Time'),
    download: within(form).getByRole('button', { name: 'Download .ics' }),
  };
}

describe('the dates of calendar reminders', () => {
  it.each([
    [
      'a year typed as 26',
      '0026-11-30',
      'Enter the year in full, with all four digits, like 2026.',
    ],
    ['a year typed with five digits', '20261-11-30', 'Choose a date within the next 365 days.'],
    ['a date years away', '2031-11-30', 'Choose a date within the next 365 days.'],
    ['a date already gone', '2026-11-20', 'That date has passed. Choose today or a later date.'],
  ])('explain %s next to the date, and make no file', async (_, typed, message) => {
    const { user, date, download } = await callBackForm();
    await user.clear(date);
    await user.type(date, typed);
    await user.click(download);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(`Error: ${message}`);
    expect(date).toHaveFocus();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('explain an empty time next to the time, and make no file', async () => {
    const { user, time, download } = await callBackForm();
    await user.clear(time);
    await user.click(download);
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveAccessibleDescription('Error: Choose a time for the reminder.');
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('take the message away once the field is changed, and then make the file', async () => {
    const { user, form, date, download } = await callBackForm();
    await user.clear(date);
    await user.type(date, '0026-11-30');
    await user.click(download);
    expect(within(form).getByText(/Enter the year in full/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2026-11-30');
    expect(within(form).queryByText(/Enter the year in full/)).not.toBeInTheDocument();
    expect(date).not.toHaveAttribute('aria-invalid');
    await user.click(download);
    expect(await within(form).findByText(/Calendar file downloaded/)).toBeInTheDocument();
    expect(URL.createObjectURL).toHaveBeenCalledOnce();
  });

  it('say on which day the follow-up falls, not only in how many days', async () => {
    await openApp(updateLink);
    const form = screen.getByRole('form', { name: 'Remind me to follow up' });
    // A final round 10 days ago: follow up soon, but not the same day.
    expect(form).toHaveTextContent('We suggest Sunday, November 29, 2 days from today.');
    expect(within(form).getByLabelText('Date')).toHaveValue('2026-11-29');
  });

  it('name each downloaded file for what it reminds of', async () => {
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user, download } = await callBackForm();
    await user.click(download);
    await screen.findByText(/Calendar file downloaded/);
    const followUp = screen.getByRole('form', { name: 'Remind me to follow up' });
    await user.click(within(followUp).getByRole('button', { name: 'Download follow-up reminder' }));
    await within(followUp).findByText(/Calendar file downloaded/);
    expect(saved).toEqual(['callback-call-back.ics', 'callback-follow-up.ics']);
  });

  it('start the call-back reminder tomorrow', async () => {
    const { date } = await callBackForm();
    expect(date).toHaveValue('2026-11-28');
  });
});
