import { screen, within } from '@testing-library/react';
import { reasons } from '../../src/domain/index.ts';
import { draftReply, replyText } from '../../src/ui/results/reply-draft.ts';
import { openApp } from './render-app.tsx';

const linkWith = (contact: string) =>
  `caller=recruiter${contact ? `&contact=${contact}` : ''}&round=final&days=3&topics=references,salary&tone=warm&view=results`;

const emailSection = () => screen.getByRole('region', { name: 'A short email to send them' });
const email = () => screen.getByRole('group', { name: 'The email' });
const replyElement = () => document.querySelector('[data-reply]');

/** Words that would claim a conversation, or a day, that nobody said happened. */
const claimsATalk = /calling me|talk(ed|ing) (with|through)|spoke|agreed|today/i;

describe('the follow-up email fits how they got in touch', () => {
  it('after a call they took, thanks them for calling, without "today" unless a call today is noted', async () => {
    const { user } = await openApp(linkWith('spoke'));
    expect(replyElement()).toBe(email());
    expect(email()).toHaveTextContent('Thank you for calling me. I was really glad to hear');
    expect(email()).not.toHaveTextContent(/today/);
    // They talked on that call, so there is nothing to ask.
    expect(within(emailSection()).queryByRole('radio')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'They called again' }));
    expect(email()).toHaveTextContent('Thank you for calling me today.');
  });

  it.each([
    [
      'voicemail',
      'Returning your call',
      'Thank you for your message. I am sorry I could not pick up.',
    ],
    ['missed', 'Sorry I missed your call', 'I saw I missed your call.'],
    ['email', 'Thank you for your email', 'Thank you for your email. I am still very interested'],
    ['', 'Getting back to you', 'Thank you for getting in touch.'],
  ])('after contact=%s, replies to that and claims no call', async (contact, subject, opener) => {
    await openApp(linkWith(contact));
    expect(within(email()).getByText('Subject:').parentElement).toHaveTextContent(
      `Subject: ${subject}`,
    );
    expect(email()).toHaveTextContent(opener);
    expect(email().textContent).not.toMatch(claimsATalk);
    expect(within(emailSection()).getByRole('radio', { name: 'Not yet' })).toBeChecked();
  });

  it('once they have talked, becomes the meaning’s own email, still true to how it began', async () => {
    const { user } = await openApp(linkWith('voicemail'));
    await user.click(within(emailSection()).getByRole('radio', { name: 'Yes, we have talked' }));
    expect(email()).toHaveTextContent(
      'Thank you for your message, and for taking the time to talk with me.',
    );
    expect(email()).not.toHaveTextContent(/calling me|today/);
    await user.click(within(emailSection()).getByRole('radio', { name: 'Not yet' }));
    expect(email()).toHaveTextContent(
      'Thank you for your message. I am sorry I could not pick up.',
    );
  });

  it('noting what the call was counts as having talked', async () => {
    const { user } = await openApp(linkWith('missed'));
    await user.selectOptions(screen.getByLabelText('What was it?'), 'A job offer');
    await user.click(screen.getByRole('button', { name: 'Save what it was' }));
    expect(
      within(emailSection()).getByRole('radio', { name: 'Yes, we have talked' }),
    ).toBeChecked();
    expect(email()).toHaveTextContent('Thank you for taking the time to talk with me.');
  });
});

describe('names left blank are asked for in place', () => {
  it('shows a labelled field where a name is missing, never "Hi there" or "the company"', async () => {
    const { user } = await openApp(linkWith('spoke'));
    expect(email()).not.toHaveTextContent(/Hi there|(?<!\[)the company/);
    // The company is asked for in the email's first sentence that needs it; the subject shows the gap.
    expect(within(email()).getByText('Subject:').parentElement).toHaveTextContent(
      'Subject: Thank you: offer for the role at [the company]',
    );
    const their = within(email()).getByLabelText('Their name');
    expect(within(email()).getByLabelText('Your name')).toHaveValue('');
    // The company's own field, with its hook, is in "About this call"; this one asks in place.
    expect(within(email()).getByLabelText('Company name')).not.toHaveAttribute('data-field');
    expect(document.querySelectorAll('[data-field="company"]')).toHaveLength(1);

    await user.click(within(emailSection()).getByRole('button', { name: 'Copy' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/\n\nHi,\n\n/);
    expect(copied).toMatch(/\[the company\]/);
    expect(copied).toMatch(/Best wishes,$/);
    expect(within(emailSection()).getByRole('status')).toHaveTextContent(
      'Email copied, with a gap still to fill in: the company, their name, your name.',
    );

    await user.type(their, 'Dana');
    await user.tab();
    expect(within(email()).queryByLabelText('Their name')).toBeNull();
    expect(email()).toHaveTextContent('Hi Dana,');
    await user.type(screen.getByLabelText('Company'), 'Northwind');
    expect(within(email()).queryByLabelText('Company name')).toBeNull();
    expect(email()).toHaveTextContent('that Northwind would like to offer me the job');
    await user.type(within(email()).getByLabelText('Your name'), 'Sam Lee');
    await user.tab();

    await user.click(within(emailSection()).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Subject: Thank you: offer for the role at Northwind\n\nHi Dana,\n\n[^[]*Best wishes,\nSam Lee$/,
    );
    expect(within(emailSection()).getByRole('status')).toHaveTextContent(/^Email copied\.$/);
  });

  it('lets a filled name be changed again', async () => {
    const { user } = await openApp(linkWith('email'));
    await user.type(within(email()).getByLabelText('Their name'), 'Dana');
    await user.tab();
    await user.click(within(emailSection()).getByRole('button', { name: 'Change the names' }));
    const their = within(email()).getByLabelText('Their name');
    await user.clear(their);
    await user.type(their, 'Jo');
    await user.click(within(emailSection()).getByRole('button', { name: 'Done' }));
    expect(email()).toHaveTextContent('Hi Jo,');
    expect(email().querySelector('input')).not.toBeNull(); // "Your name" is still blank
  });
});

describe('the email templates', () => {
  const names = { theirName: 'Dana', company: 'Acme', role: 'Data analyst', myName: 'Sam' };
  it.each(reasons.map((reason) => [reason.id, reason] as const))(
    '%s claims no call and no "today" unless they spoke',
    (_id, reason) => {
      for (const contact of ['voicemail', 'missed', 'email', 'unknown', undefined] as const) {
        for (const talked of [false, true]) {
          const draft = draftReply(reason.reply, { contact, talked, calledToday: true });
          const { subject, body } = replyText(draft, names);
          expect(`${subject}\n${body}`, `${contact} ${talked}`).not.toMatch(/calling me|today/i);
          if (!talked) expect(body).not.toMatch(claimsATalk);
          // One thank-you to open with, never two in a row.
          expect(body).not.toMatch(/Thank you[^.]*\. Thank you/);
        }
      }
      const spoke = replyText(
        draftReply(reason.reply, { contact: 'spoke', talked: true, calledToday: false }),
        names,
      );
      expect(spoke.body).toMatch(/^Hi Dana,\n\nThank you for calling me\. [A-Z]/);
      expect(spoke.body).not.toMatch(/today|Thank you[^.]*\. Thank you/);
    },
  );
});

describe('the voicemail script', () => {
  it('reads well with nothing typed, saying what to fill in aloud', async () => {
    const { user } = await openApp(linkWith('voicemail'));
    const script = screen.getByRole('region', { name: 'If you get their voicemail' });
    expect(script).toHaveTextContent(
      'Hi, this is [your name]. I am returning your call. You can reach me at [your number].',
    );
    await user.click(within(script).getByRole('button', { name: 'Copy the script' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Hi, this is \[your name\]\. I am returning your call\. /,
    );
    expect(within(script).getByRole('status')).toHaveTextContent('Script copied.');
  });

  it('uses the call’s details once they are typed', async () => {
    const { user } = await openApp(linkWith('email'));
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.type(screen.getByLabelText('Job title'), 'data analyst');
    await user.type(screen.getByLabelText('Who called'), 'Dana Reyes');
    await user.type(within(email()).getByLabelText('Your name'), 'Sam');
    const script = screen.getByRole('region', { name: 'If you get their voicemail' });
    expect(script).toHaveTextContent(
      'Hi Dana, this is Sam. Thank you for your email about the data analyst job at Acme.',
    );
    expect(script).not.toHaveTextContent('[your name]');
  });
});
