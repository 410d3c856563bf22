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
    // "An email or text asking for a call": a text or a WhatsApp too, so never "your email".
    [
      'email',
      'Thank you for your message',
      'Thank you for your message. I am still very interested',
    ],
    ['', 'Getting back to you', 'Thank you for getting in touch.'],
  ])('after contact=%s, replies to that and claims no call', async (contact, subject, opener) => {
    await openApp(linkWith(contact));
    expect(within(email()).getByText('Subject:').parentElement).toHaveTextContent(
      `Subject: ${subject}`,
    );
    expect(email()).toHaveTextContent(opener);
    expect(email().textContent).not.toMatch(claimsATalk);
    expect(email()).not.toHaveTextContent(/your email/);
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

describe('the names the email uses are asked for above it', () => {
  const names = () => within(emailSection()).getByRole('group', { name: 'Names in the email' });

  it('asks in a small form above the email, shows a marked gap while blank, and fills the email as typed', async () => {
    const { user } = await openApp(linkWith('spoke'));
    // No field sits inside the email's sentences, which broke them on a narrow screen.
    expect(email().querySelector('input')).toBeNull();
    expect(email()).not.toHaveTextContent(/Hi there|(?<!\[)the company/);
    expect(within(email()).getByText('Subject:').parentElement).toHaveTextContent(
      'Subject: Thank you: offer for the role at [the company]',
    );
    expect(email()).toHaveTextContent('Hi [their name],');
    expect(email()).toHaveTextContent(/Best wishes,\s*\[your name\]/);
    const their = within(names()).getByLabelText('Their name');
    expect(within(names()).getByLabelText('Your name')).toHaveValue('');
    // The company's own field, with its hook, is in "About this call"; this one is a second way in.
    expect(within(names()).getByLabelText('Company name')).not.toHaveAttribute('data-field');
    expect(document.querySelectorAll('[data-field="company"]')).toHaveLength(1);

    await user.click(within(emailSection()).getByRole('button', { name: 'Copy' }));
    // The copy reads as the screen does: every blank name is the same marked gap.
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(
      /^Subject: Thank you: offer for the role at \[the company\]\n\nHi \[their name\],\n\n/,
    );
    expect(copied).toMatch(/\nBest wishes,\n\[your name\]$/);
    expect(copied).not.toMatch(/Hi,|,$/);
    expect(within(emailSection()).getByRole('status')).toHaveTextContent(
      'Email copied, with 3 gaps still to fill in: the company, their name, your name. Add them here',
    );
    // The link to an email program carries the same text.
    const mailto = within(emailSection()).getByRole('link', { name: 'Open in email' });
    const body = new URL(mailto.getAttribute('href') ?? '').searchParams.get('body');
    expect(body).toBe(copied.replace(/^Subject: .*\n\n/, ''));

    await user.type(their, 'Dana');
    expect(email()).toHaveTextContent('Hi Dana,');
    await user.type(screen.getByLabelText('Company'), 'Northwind');
    await user.click(within(emailSection()).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toMatch(/\nBest wishes,\n\[your name\]$/);
    expect(within(emailSection()).getByRole('status')).toHaveTextContent(
      /^Email copied, with a gap still to fill in: your name\. Add it here or in your email before you send it\.$/,
    );
    await user.clear(screen.getByLabelText('Company'));
    // Still there to change, and still holding what was typed.
    expect(their).toHaveValue('Dana');
    await user.type(screen.getByLabelText('Company'), 'Northwind');
    expect(within(names()).getByLabelText('Company name')).toHaveValue('Northwind');
    expect(email()).toHaveTextContent('that Northwind would like to offer me the job');
    await user.type(within(names()).getByLabelText('Your name'), 'Sam Lee');
    expect(email()).not.toHaveTextContent('[');

    await user.click(within(emailSection()).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Subject: Thank you: offer for the role at Northwind\n\nHi Dana,\n\n[^[]*Best wishes,\nSam Lee$/,
    );
    expect(within(emailSection()).getByRole('status')).toHaveTextContent(/^Email copied\.$/);
    const mail = within(emailSection()).getByRole('link', { name: 'Open in email' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=.*Hi%20Dana%2C/);
    // The names stay on this device: never in the page's link.
    expect(window.location.search).not.toMatch(/Dana|Northwind|Sam/);
  });

  it('lets a name be changed at any time, and says the email greets the contact by first name until one is typed', async () => {
    const { user } = await openApp(linkWith('email'));
    const their = within(names()).getByLabelText('Their name');
    expect(their).not.toHaveAccessibleDescription();
    await user.type(screen.getByLabelText('Who called'), 'Dana Reyes');
    expect(their).toHaveValue('');
    // Said in words beside the field, not as grey text inside it that reads as typed or as empty.
    expect(their).not.toHaveAttribute('placeholder');
    expect(their).toHaveAccessibleDescription(
      'The email uses Dana, from “Who called”. Type here to use another name.',
    );
    expect(email()).toHaveTextContent('Hi Dana,');
    await user.type(their, 'Jo');
    expect(email()).toHaveTextContent('Hi Jo,');
    expect(their).not.toHaveAccessibleDescription();
    expect(within(names()).queryByText(/Who called/)).toBeNull();
    await user.clear(their);
    await user.type(their, 'Joanna');
    expect(email()).toHaveTextContent('Hi Joanna,');
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
    await user.type(within(emailSection()).getByLabelText('Your name'), 'Sam');
    const script = screen.getByRole('region', { name: 'If you get their voicemail' });
    expect(script).toHaveTextContent(
      'Hi Dana, this is Sam. Thank you for your message about the data analyst job at Acme.',
    );
    expect(script).not.toHaveTextContent('[your name]');
  });
});
