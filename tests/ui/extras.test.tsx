import { screen, waitFor, within } from '@testing-library/react';
import { currentQuery, openApp } from './render-app.tsx';

const referenceLink =
  'caller=recruiter&contact=spoke&round=final&days=3&topics=references,salary&tone=warm&view=results';

describe('beyond the ranking', () => {
  it('says what would change the picture and what to ask, from the model', async () => {
    await openApp(referenceLink);
    const section = screen.getByRole('region', { name: 'What could tip the balance' });
    expect(
      within(section).getByText(/What would change the picture:/).parentElement,
    ).toHaveTextContent(/If .* would (lead|move ahead)/);
    expect(within(section).getByText(/Ask this on the call:/).parentElement).toHaveTextContent(
      /“.+\?”/,
    );
    expect(within(section).getByText(/A yes points to/)).toBeInTheDocument();
  });

  it('copies the checklist as plain text and as Markdown, ticks included', async () => {
    const { user } = await openApp(`${referenceLink}&done=offer-pen-and-paper`);
    await user.click(screen.getByRole('button', { name: 'Copy checklist' }));
    const plain = await navigator.clipboard.readText();
    expect(plain).toMatch(/^Prep checklist: A job offer\n/);
    expect(plain).toMatch(/\[x\] Keep a pen and paper/);
    expect(plain).toMatch(/\[ \] Decide the lowest salary/);
    expect(screen.getByText('Checklist copied.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toMatch(/^## Prep checklist: A job offer\n\n### Do this first\n\n- \[ \] /);
    expect(markdown).toMatch(/- \[x\] Keep a pen and paper/);
  });

  it('fills the follow-up email with the names typed, kept on this device only', async () => {
    const { user } = await openApp(referenceLink);
    const section = screen.getByRole('region', { name: 'A short email to send them' });
    expect(section).not.toHaveTextContent(/Hi there/);
    await user.type(within(section).getByLabelText('Their name'), 'Dana');
    await user.type(screen.getByLabelText('Company'), 'Northwind');
    await user.type(within(section).getByLabelText('Your name'), 'Sam Lee');
    expect(within(section).getByText(/^Hi Dana,/)).toBeInTheDocument();
    expect(within(section).getAllByText(/Northwind/, { selector: 'p' }).length).toBeGreaterThan(0);
    const mail = within(section).getByRole('link', { name: 'Open in email' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=.*Dana.*Sam%20Lee/);
    expect(decodeURIComponent(window.location.href)).not.toMatch(/Dana|Northwind|Sam Lee/);
    expect(currentQuery()).toBe(referenceLink);
    await user.click(within(section).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toMatch(/^Subject: .+\n\nHi Dana,/);
  });

  it('downloads a calendar event with the prep link and a 15-minute alarm', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:calendar';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = await openApp(referenceLink);
    const section = screen.getByRole('region', { name: 'Add to calendar' });
    const date = within(section).getAllByLabelText('Date')[0] as HTMLInputElement;
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(date.value).toBe(tomorrow.toLocaleDateString('en-CA'));
    expect((within(section).getAllByLabelText('Time')[0] as HTMLInputElement).value).toBe('09:00');
    await user.click(within(section).getByRole('button', { name: 'Download .ics' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const ics = await blobs[0]!.text();
    expect(ics).toMatch(/BEGIN:VCALENDAR/);
    expect(ics).toMatch(/BEGIN:VALARM/);
    expect(ics).toMatch(/TRIGGER:-PT15M/);
    expect(ics.replace(/\r\n /g, '')).toContain('view=results');
    expect(within(section).getByText(/Calendar file downloaded/)).toBeInTheDocument();
  });

  it('offers a follow-up reminder when the call looks like an update', async () => {
    await openApp(
      'caller=recruiter&contact=email&round=final&days=10&topics=timeline&tone=neutral&view=results',
    );
    expect(screen.getByRole('button', { name: 'Download follow-up reminder' })).toBeInTheDocument();
  });

  it('does not offer it when the call is clearly about something else', async () => {
    await openApp(referenceLink);
    expect(screen.queryByRole('button', { name: 'Download follow-up reminder' })).toBeNull();
  });
});
